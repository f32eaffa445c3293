import { FLOP_PER_PARAM_TOKEN } from './compute';
import { requirePositive } from './errors';
import { frontierOf } from './frontier';
import { INFERENCE_FLOP_PER_PARAM_TOKEN } from './lifetime';
import { checkLaw, type ParametricLaw } from './parametric';
import { REPETITION_HALF_LIFE } from './repetition';

/**
 * The planner's answer to "this cluster, this much data, this much serving: which model?", as one formulation in which
 * every promise of the plan holds by construction.
 *
 * The budget C is the TRAINING budget, the cluster's time: the plan spends all of it, 6·N·D = C (idle cluster time is
 * waste; a plan that needs more is not a plan). On that line, which N?
 * - Nothing to serve and data to spare: the N of lowest loss, the fit's compute-optimal point (hoffmann2022 eq. 4).
 * - Tokens to serve (sardana2024): every model between a smaller one and the compute-optimal one trades loss for
 *   serving cost, and no single point is right without a price for loss. The plan takes the one point that is efficient
 *   over the model's whole life: the model that, for its lifetime compute 6·N·D + 2·N·D_inf, has the lowest loss —
 *   equivalently (the same tangency), the cheapest model over its life that reaches its loss, Sardana's own question.
 *   It is Chinchilla's question asked of lifetime compute, at the one lifetime budget whose training share is C.
 *   A larger model on the line reaches its lower loss at a serving price a bigger cluster would avoid; a smaller one
 *   loses to a model that trains in less time than you have and is cheaper over its life at the same loss.
 * The tangency of the loss's iso-curve and the lifetime cost's, in one line of algebra (D = C/(6N), I = D_inf):
 *   α·A·N^−α / (β·B·D'^−β·η) = 1 + 2·N·I / C   ( = lifetime compute / training compute ),
 * where D' is the data the loss sees and η = d ln D'/d ln D. The left side falls as N grows and the right side rises,
 * so there is one root; with I = 0 and D ≤ U it is the frontier exactly. More demand raises the right side only, so it
 * moves the root to a smaller model: a property of the formula, which a bisection with a bracket independent of I keeps
 * exactly in floating point.
 *
 * Repeated data (muennighoff2023): past one epoch the loss sees D' = U + U·R*·(1 − e^(−(D/U − 1)/R*)) instead of D.
 * This is an approximation twice over: R* ≈ 15.4 was fitted with Muennighoff et al.'s own constants, not this fit's,
 * and their fit also discounts parameters in excess of what the unique data supports (R*_N ≈ 5.31), which we do not;
 * so where data binds, the loss is if anything optimistic.
 * The epoch limit: if the root needs more than U·E_max tokens, data binds: D = U·E_max and N = C/(6D), a larger model.
 */

/** What the reader brings. Budgets in FLOP, tokens as counts. */
export interface PlanInputs {
	/** C: the training budget in FLOP (from a cluster: `clusterCompute`). */
	computeBudget: number;
	/** U: unique tokens available; Infinity when there is more than any plan here could use. */
	uniqueTokens: number;
	/** E_max ≥ 1: the most epochs over the unique data you would train for; Infinity for no limit. */
	maxEpochs: number;
	/** D_inf ≥ 0: tokens the model is expected to serve over its life. */
	inferenceTokens: number;
}

/** muennighoff2023: up to about four epochs, repeated tokens are worth almost as much as fresh ones. */
export const DEFAULT_MAX_EPOCHS = 4;

/** Under a 1% change in N, inference demand is reported as not binding: the fit's own uncertainty is far larger. */
export const BINDING_TOLERANCE = 0.01;

/**
 * The bisection's floor, as a fraction of its ceiling. Under the published fits, at budgets of 1e17–1e28 FLOP, only a
 * demand above 10^33 tokens would put the root below it; a plan there sits on the floor, finite.
 */
const SEARCH_FLOOR = 1e-15;
/** Geometric bisection steps: enough to shrink 15 decades to adjacent floats, fixed so results stay monotone. */
const SEARCH_STEPS = 100;

/** One model and what it costs and buys: the plan, or an alternative a reader might pick instead. */
export interface PlanPoint {
	/** N: parameters. */
	params: number;
	/** D: training tokens. */
	tokens: number;
	/** D/U: passes over the unique data (0 when U is unlimited). */
	epochs: number;
	/** D/N. */
	tokensPerParam: number;
	/** D': what the tokens are worth to the loss once repeats are discounted (D itself up to one epoch). */
	effectiveTokens: number;
	/** L(N, D'): the loss the fit expects. */
	loss: number;
	/** 6·N·D FLOP. */
	trainCompute: number;
	/** 2·N·D_inf FLOP. */
	inferenceCompute: number;
	/** Training plus serving. */
	lifetimeCompute: number;
	/** D > U·E_max: the model needs more passes over the data than allowed. */
	exceedsDataLimit: boolean;
}

/** What limits the plan: the budget alone, the serving demand, or the data. */
export type PlanBinding = 'compute' | 'data' | 'inference';

/**
 * Why the plan is where it is, for the words:
 * - 'compute-optimal': only the budget binds; the plan is the fit's compute-optimal point.
 * - 'repeated-data': only the budget binds, but the plan repeats the unique data (within the limit); repeats are worth
 *   less than fresh tokens, so the model is a little larger than compute-optimal.
 * - 'inference': serving demand makes a smaller model trained on more tokens cheaper over its life.
 * - 'inference-repeated-data': the same, and those extra tokens repeat the unique data (within the limit).
 * - 'data-limit': the best model for the budget would need more than U·E_max tokens; a larger model spends the rest.
 * - 'data-limit-inference': the data would suffice with nothing to serve, but the smaller, longer-trained model that
 *   serving asks for would need more tokens than the limit allows.
 */
export type PlanReason =
	'compute-optimal' | 'repeated-data' | 'inference' | 'inference-repeated-data' | 'data-limit' | 'data-limit-inference';

export interface PlanSolution extends PlanPoint {
	binding: PlanBinding;
	reason: PlanReason;
}

/** Throws a RangeError naming the bad input and what it must be. */
export function checkPlanInputs(inputs: PlanInputs): PlanInputs {
	const { computeBudget, uniqueTokens, maxEpochs, inferenceTokens } = inputs;
	requirePositive('computeBudget', computeBudget);
	if (!(uniqueTokens > 0)) {
		throw new RangeError(`uniqueTokens must be greater than 0 (Infinity for unlimited), got ${uniqueTokens}`);
	}
	if (!(maxEpochs >= 1)) throw new RangeError(`maxEpochs must be at least 1 (Infinity for no limit), got ${maxEpochs}`);
	if (!(inferenceTokens >= 0) || !Number.isFinite(inferenceTokens)) {
		throw new RangeError(`inferenceTokens must be zero or a positive finite number, got ${inferenceTokens}`);
	}
	return inputs;
}

/** D' for D training tokens over U unique ones: D up to one epoch, Muennighoff's discount beyond. */
export function effectiveTrainingTokens(tokens: number, uniqueTokens: number, rStar = REPETITION_HALF_LIFE): number {
	if (!(tokens > uniqueTokens)) return tokens;
	return uniqueTokens + uniqueTokens * rStar * -Math.expm1(-(tokens / uniqueTokens - 1) / rStar);
}

/** ln η = ln(d ln D'/d ln D): 0 up to one epoch; D'_D = e^(−(D/U − 1)/R*) beyond, so ln η = ln D − (D/U − 1)/R* − ln D'. */
function logElasticity(tokens: number, uniqueTokens: number, effective: number): number {
	if (!(tokens > uniqueTokens)) return 0;
	return Math.log(tokens) - (tokens / uniqueTokens - 1) / REPETITION_HALF_LIFE - Math.log(effective);
}

/** A model of `params` parameters trained on `tokens` tokens, priced and scored under `law` for these inputs. */
export function planPoint(law: ParametricLaw, inputs: PlanInputs, params: number, tokens: number): PlanPoint {
	const { E, A, B, alpha, beta } = checkLaw(law);
	const { uniqueTokens: U, maxEpochs, inferenceTokens } = checkPlanInputs(inputs);
	requirePositive('params', params);
	requirePositive('tokens', tokens);
	const effectiveTokens = effectiveTrainingTokens(tokens, U);
	const trainCompute = FLOP_PER_PARAM_TOKEN * params * tokens;
	const inferenceCompute = INFERENCE_FLOP_PER_PARAM_TOKEN * params * inferenceTokens;
	return {
		params,
		tokens,
		epochs: tokens / U,
		tokensPerParam: tokens / params,
		effectiveTokens,
		loss: E + A / params ** alpha + B / effectiveTokens ** beta,
		trainCompute,
		inferenceCompute,
		lifetimeCompute: trainCompute + inferenceCompute,
		exceedsDataLimit: tokens > U * maxEpochs
	};
}

/** The plan's N and whether the epoch limit set it, before scoring. */
function solveParams(law: ParametricLaw, inputs: PlanInputs): { params: number; capped: boolean } {
	const { alpha, beta, A, B } = law;
	const { computeBudget: C, uniqueTokens: U, maxEpochs, inferenceTokens: I } = inputs;
	const f = frontierOf(law);
	const optimal = f.params(C);
	const fits = f.tokens(C) <= U;
	// With nothing to serve and no repeats the root is the closed form: return it exactly.
	if (I === 0 && fits) return { params: optimal, capped: false };
	const tokensAt = (N: number) => C / (FLOP_PER_PARAM_TOKEN * N);
	const logRatio = Math.log((alpha * A) / (beta * B));
	// Positive while the root lies above N: the tangency's left side over its right, in logs.
	const excess = (N: number) => {
		const D = tokensAt(N);
		const effective = effectiveTrainingTokens(D, U);
		const lhs = logRatio - alpha * Math.log(N) + beta * Math.log(effective) - logElasticity(D, U, effective);
		return lhs - Math.log1p((INFERENCE_FLOP_PER_PARAM_TOKEN * I * N) / C);
	};
	// The root never lies above the frontier's N, nor, once the optimum would repeat data, above the N that trains on
	// exactly one epoch (there the left side ≤ 1). Below the closed form, so more demand cannot come out larger.
	const ceiling = fits ? optimal : Math.max(optimal, tokensAt(U));
	const capParams = tokensAt(U * maxEpochs);
	let lo = Math.max(capParams, ceiling * SEARCH_FLOOR);
	let hi = ceiling;
	if (!(excess(lo) > 0)) return { params: lo, capped: lo === capParams };
	for (let i = 0; i < SEARCH_STEPS; i++) {
		const mid = Math.sqrt(lo * hi);
		if (excess(mid) > 0) lo = mid;
		else hi = mid;
	}
	return { params: hi, capped: false };
}

/** The plan under one law: N and D on the budget line, scored, with what binds and why. */
export function solvePlan(law: ParametricLaw, inputs: PlanInputs): PlanSolution {
	checkLaw(law);
	const { computeBudget: C, uniqueTokens: U, maxEpochs, inferenceTokens } = checkPlanInputs(inputs);
	const limit = U * maxEpochs;
	let { params, capped } = solveParams(law, inputs);
	let tokens = C / (FLOP_PER_PARAM_TOKEN * params);
	// At the limit, D is the limit itself, so "D ≤ U·E_max" holds exactly, not to rounding.
	if (capped || tokens > limit) [capped, tokens, params] = [true, limit, C / (FLOP_PER_PARAM_TOKEN * limit)];
	const point = planPoint(law, inputs, params, tokens);
	const repeats = tokens > U;
	// Whether serving moved the plan: against the same inputs with nothing to serve.
	const unserved = inferenceTokens === 0 ? { params, capped } : solveParams(law, { ...inputs, inferenceTokens: 0 });
	const unservedCapped = unserved.capped || C / (FLOP_PER_PARAM_TOKEN * unserved.params) > limit;
	const shrunk = params < unserved.params * (1 - BINDING_TOLERANCE);
	const [binding, reason]: [PlanBinding, PlanReason] = capped
		? ['data', unservedCapped ? 'data-limit' : 'data-limit-inference']
		: shrunk
			? ['inference', repeats ? 'inference-repeated-data' : 'inference']
			: ['compute', repeats ? 'repeated-data' : 'compute-optimal'];
	return { ...point, binding, reason };
}
