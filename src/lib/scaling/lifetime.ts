import { FLOP_PER_PARAM_TOKEN } from './compute';
import { sizeFactorOverhead } from './overhead';
import { requireFinite } from './errors';
import { frontierOf, optimalLossOf } from './frontier';
import { isoLossTokens, minParamsForLoss } from './isoloss';
import type { ParametricLaw } from './parametric';

/**
 * Training plus inference (sardana2024): a model that will serve `inferenceTokens` tokens costs
 * 6·N·D_train to train and about 2·N per token to serve. For a target loss, the cheapest model over its lifetime sits
 * on the iso-loss curve, and with any inference demand it is smaller, and trained longer, than the Chinchilla optimum.
 */

/** Forward-pass FLOP per parameter per token served. */
export const INFERENCE_FLOP_PER_PARAM_TOKEN = 2;

export interface LifetimePoint {
	params: number;
	tokens: number;
	trainCompute: number;
	inferenceCompute: number;
	total: number;
}

/** The lifetime cost of the model of `params` parameters that reaches `loss`; undefined if it cannot. */
export function lifetimeCost(
	law: ParametricLaw,
	loss: number,
	inferenceTokens: number,
	params: number
): LifetimePoint | undefined {
	const tokens = isoLossTokens(law, loss, params);
	if (tokens === undefined) return undefined;
	const trainCompute = FLOP_PER_PARAM_TOKEN * params * tokens;
	const inferenceCompute = INFERENCE_FLOP_PER_PARAM_TOKEN * params * inferenceTokens;
	return { params, tokens, trainCompute, inferenceCompute, total: trainCompute + inferenceCompute };
}

export interface LifetimeOptimum {
	/** The cheapest model over its lifetime. */
	best: LifetimePoint;
	/** The Chinchilla-optimal model of the same loss, with the same inference. */
	chinchilla: LifetimePoint;
	/** 1 − best.total / chinchilla.total. */
	saving: number;
}

function checkInputs(law: ParametricLaw, loss: number, inferenceTokens: number): void {
	requireFinite('loss', loss);
	if (!(inferenceTokens >= 0) || !Number.isFinite(inferenceTokens)) {
		throw new RangeError(`inferenceTokens must be zero or a positive number, got ${inferenceTokens}`);
	}
	if (!(loss > law.E)) throw new RangeError(`loss must be above the irreducible loss E = ${law.E}, got ${loss}`);
}

/** The Chinchilla-optimal model of a given loss: the frontier at the budget whose optimum reaches it. */
export function chinchillaForLoss(law: ParametricLaw, loss: number): { params: number; tokens: number } {
	const budget = optimalLossOf(law).budgetFor(loss)!;
	const f = frontierOf(law);
	const params = f.params(budget);
	return { params, tokens: budget / (FLOP_PER_PARAM_TOKEN * params) };
}

/**
 * Minimises the lifetime cost along the iso-loss curve by golden-section search in log N, between the smallest model
 * that can reach the loss and the Chinchilla optimum (with inference the optimum is never larger).
 */
export function lifetimeOptimum(law: ParametricLaw, loss: number, inferenceTokens: number): LifetimeOptimum {
	checkInputs(law, loss, inferenceTokens);
	const reference = chinchillaForLoss(law, loss);
	const chinchilla = lifetimeCost(law, loss, inferenceTokens, reference.params)!;
	const floor = minParamsForLoss(law, loss)!;
	const cost = (x: number) => lifetimeCost(law, loss, inferenceTokens, Math.exp(x))?.total ?? Infinity;
	// Just above the asymptote the training data needed is astronomically large; start a hair inside the curve.
	let [lo, hi] = [Math.log(floor) + 1e-9, Math.log(reference.params)];
	const g = (Math.sqrt(5) - 1) / 2;
	let x1 = hi - g * (hi - lo);
	let x2 = lo + g * (hi - lo);
	let [f1, f2] = [cost(x1), cost(x2)];
	for (let i = 0; i < 200 && hi - lo > 1e-10; i++) {
		if (f1 <= f2) {
			[hi, x2, f2] = [x2, x1, f1];
			x1 = hi - g * (hi - lo);
			f1 = cost(x1);
		} else {
			[lo, x1, f1] = [x1, x2, f2];
			x2 = lo + g * (hi - lo);
			f2 = cost(x2);
		}
	}
	const candidate = lifetimeCost(law, loss, inferenceTokens, Math.exp((lo + hi) / 2))!;
	// At zero inference the optimum is the Chinchilla point itself, the upper end of the search.
	const best = candidate.total < chinchilla.total ? candidate : chinchilla;
	return { best, chinchilla, saving: 1 - best.total / chinchilla.total };
}

/** Lifetime cost across model sizes on the iso-loss curve, for a chart: from near the asymptote to 4× Chinchilla. */
export function lifetimeCurve(law: ParametricLaw, loss: number, inferenceTokens: number, points = 80): LifetimePoint[] {
	checkInputs(law, loss, inferenceTokens);
	const floor = minParamsForLoss(law, loss)!;
	const top = chinchillaForLoss(law, loss).params * 4;
	const from = floor * 1.02;
	return Array.from({ length: points }, (_, i) => from * (top / from) ** (i / (points - 1)))
		.map((N) => lifetimeCost(law, loss, inferenceTokens, N))
		.filter((p): p is LifetimePoint => p !== undefined);
}

/**
 * How many tokens a model `sizeFactor` times the compute-optimal size (de Vries's k_N, trained to the same loss) must
 * serve before its cheaper inference repays its extra training. The optimum trains on `optimalTokens`; with overhead
 * o = k_N·k_D − 1, the extra training o·6·N_opt·D_opt equals the saving 2·(1 − k_N)·N_opt per token after
 * 3·o·D_opt / (1 − k_N) tokens. Undefined where no such model exists (below `smallestSizeFactor`, where no data
 * reaches the loss) or k_N ≥ 1.
 */
export function breakEvenInferenceTokens(
	law: ParametricLaw,
	optimalTokens: number,
	sizeFactor: number
): number | undefined {
	requireFinite('optimalTokens', optimalTokens);
	const overhead = sizeFactorOverhead(law, sizeFactor);
	if (overhead === undefined || !(sizeFactor < 1)) return undefined;
	return ((FLOP_PER_PARAM_TOKEN / INFERENCE_FLOP_PER_PARAM_TOKEN) * overhead * optimalTokens) / (1 - sizeFactor);
}
