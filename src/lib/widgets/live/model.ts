// What a live number in the prose says: the quantity, computed by the core for a law and a budget (or a model), and
// formatted for people. Pure: the scenario's values in, text and value out.
import { fmt, ui } from '$lib/i18n';
import { MISSING } from '$lib/format/numbers';
import { quantities } from '$lib/quantities';
import {
	acceleratorHours,
	allocate,
	breakEvenInferenceTokens,
	budgetForTokens,
	clusterDays,
	computeOverhead,
	devriesCriticalSizeFactor,
	exponentsOf,
	flopToPfDays,
	frontier,
	isParametricLawId,
	loss as lossOf,
	optimalLoss,
	parametricLaw,
	planRun,
	sizeFactorOverhead,
	smallestSizeFactor,
	tokenFactorForSizeFactor,
	trainingCompute,
	WORKED_PLANS,
	workedPlanRequest,
	type Accelerator,
	type LawId,
	type ParametricLawId,
	type Plan,
	type PlanAlternativeId,
	type WorkedPlanId
} from '$lib/scaling';

export const liveQuantities = [
	'budget',
	'pfDays',
	'gpuHours',
	'params',
	'tokens',
	'tokensPerParam',
	'loss',
	'overhead',
	'a',
	'b',
	'gamma',
	'G',
	'devriesTokens',
	'devriesOverhead',
	'devriesCriticalSize',
	'smallestSize',
	'breakEvenTokens',
	...(['epochs', 'trainingDays', 'lifetimeCompute', 'lossLow', 'lossHigh', 'lifetimeRatio', 'inferenceShare'] as const)
] as const;

/** Quantities only a worked plan has (`plan="startup"`): its passes over the data, days, lifetime and interval. */
export const planQuantities = [
	'epochs',
	'trainingDays',
	'lifetimeCompute',
	'lossLow',
	'lossHigh',
	'lifetimeRatio',
	'inferenceShare'
] as const satisfies readonly LiveQuantity[];

export type LiveQuantity = (typeof liveQuantities)[number];

export interface LiveProps {
	quantity: LiveQuantity;
	/** The law whose optimum is quoted; the scenario's fit when omitted. */
	law?: LawId;
	/** A fixed budget in FLOP; the scenario's budget when omitted. */
	budget?: number;
	/** With `params`: a given model; alone: the optimum that trains on this many tokens. */
	tokens?: number;
	/** A given model's parameters (with `tokens`). */
	params?: number;
	/** de Vries's k_N: the model's size as a multiple of the compute-optimal size. */
	sizeFactor?: number;
	/** One of the planner's worked plans (chapter 10): the quantity is that plan's, computed by `planRun`. */
	plan?: WorkedPlanId;
	/** With `plan`: one of the rules a reader might use instead, on the same budget (default: the plan itself). */
	option?: 'plan' | PlanAlternativeId;
	/** With `plan`: the same plan allowing at most this many epochs over its unique data. */
	maxEpochs?: number;
}

/** What of the scenario a live number reads. */
export interface LiveContext {
	computeBudget: number;
	lawId: ParametricLawId;
	accelerator: Accelerator;
	mfu: number;
}

/** The colour each quantity keeps (the quantities registry's class). */
const colour: Record<LiveQuantity, string> = {
	budget: quantities.compute.colour,
	pfDays: quantities.compute.colour,
	gpuHours: quantities.compute.colour,
	overhead: quantities.compute.colour,
	devriesOverhead: quantities.compute.colour,
	params: quantities.params.colour,
	tokens: quantities.tokens.colour,
	tokensPerParam: quantities.tokensPerParam.colour,
	devriesTokens: quantities.tokens.colour,
	devriesCriticalSize: quantities.params.colour,
	smallestSize: quantities.params.colour,
	breakEvenTokens: quantities.tokens.colour,
	epochs: quantities.tokens.colour,
	trainingDays: quantities.compute.colour,
	lifetimeCompute: quantities.compute.colour,
	lossLow: quantities.loss.colour,
	lossHigh: quantities.loss.colour,
	lifetimeRatio: quantities.compute.colour,
	inferenceShare: quantities.compute.colour,
	loss: quantities.loss.colour,
	a: quantities.params.colour,
	b: quantities.tokens.colour,
	gamma: quantities.loss.colour,
	G: ''
};

const needsFit: readonly LiveQuantity[] = [
	'loss',
	'overhead',
	'devriesTokens',
	'devriesOverhead',
	'devriesCriticalSize',
	'smallestSize',
	'breakEvenTokens'
];
const lawOnly: readonly LiveQuantity[] = [
	'a',
	'b',
	'G',
	'gamma',
	'devriesTokens',
	'devriesOverhead',
	'devriesCriticalSize',
	'smallestSize'
];

/** Overheads smaller than this print as "essentially none": a figure like 0.0022% claims a precision the fits lack. */
export const NEGLIGIBLE_OVERHEAD = 1e-3;

/** An overhead for a sentence: a percentage, or the edition's "essentially none" below `NEGLIGIBLE_OVERHEAD`. */
export function formatOverhead(overhead: number): string {
	return Number.isFinite(overhead) && Math.abs(overhead) < NEGLIGIBLE_OVERHEAD
		? ui.live.negligible
		: fmt.formatPercent(overhead);
}

/**
 * Whether the number follows the reader (their budget, fit or hardware) and so must be an island; a number pinned
 * in every respect is the same for every reader and ships as plain text.
 */
export function followsScenario({ quantity, law, budget, tokens, plan }: LiveProps): boolean {
	// A worked plan is pinned in every respect: its cluster, data, demand and fit.
	if (plan !== undefined) return false;
	if (law === undefined || quantity === 'gpuHours') return true;
	if (needsFit.includes(quantity) && !isParametricLawId(law)) return true;
	if (lawOnly.includes(quantity)) return false;
	return budget === undefined && tokens === undefined;
}

export interface LiveValue {
	text: string;
	/** The unformatted number, for tests and screen readers' own formatting. */
	value: number;
	colour: string;
}

// planRun with its interval takes a few milliseconds: a chapter quotes each worked plan many times.
const workedPlans = new Map<string, Plan>();
function workedPlan(id: WorkedPlanId, maxEpochs?: number): Plan {
	const key = `${id} ${maxEpochs}`;
	const request = workedPlanRequest(id);
	if (!workedPlans.has(key)) workedPlans.set(key, planRun({ ...request, maxEpochs: maxEpochs ?? request.maxEpochs }));
	return workedPlans.get(key)!;
}

/** A quantity of a worked plan, or of an alternative on its budget. */
function planValue(
	quantity: LiveQuantity,
	id: WorkedPlanId,
	option: LiveProps['option'] = 'plan',
	maxEpochs?: number
): [number, string] {
	const plan = workedPlan(id, maxEpochs);
	const point = option === 'plan' ? plan : plan.alternatives[option];
	const band = option === 'plan' ? plan.uncertainty?.loss : undefined;
	switch (quantity) {
		case 'budget':
			return [point.trainCompute, fmt.formatFlop(point.trainCompute)];
		case 'params':
			return [point.params, fmt.formatCount(point.params)];
		case 'tokens':
			return [point.tokens, fmt.formatCount(point.tokens)];
		case 'tokensPerParam':
			return [point.tokensPerParam, quantities.tokensPerParam.format(point.tokensPerParam)];
		case 'loss':
			return [point.loss, fmt.formatLoss(point.loss)];
		case 'epochs':
			return [point.epochs, fmt.significant(point.epochs, 3)];
		case 'trainingDays': {
			const v = clusterDays(WORKED_PLANS[id].cluster, point.trainCompute);
			return [v, fmt.formatRounded(v, 3)];
		}
		case 'lifetimeCompute':
			return [point.lifetimeCompute, fmt.formatFlop(point.lifetimeCompute)];
		case 'lossLow':
		case 'lossHigh': {
			if (!band) throw new Error(`${quantity}: only the plan itself has an interval (option="${option}")`);
			const v = band[quantity === 'lossLow' ? 0 : 2];
			return [v, fmt.formatLoss(v)];
		}
		case 'lifetimeRatio': {
			const v = point.lifetimeCompute / plan.lifetimeCompute;
			return [v, fmt.significant(v, 3)];
		}
		case 'inferenceShare': {
			const v = point.inferenceCompute / point.lifetimeCompute;
			return [v, fmt.formatPercent(v)];
		}
		default:
			throw new Error(`<Live quantity="${quantity}"> has no value for a worked plan (plan="${id}")`);
	}
}

export function liveValue(props: LiveProps, context: LiveContext): LiveValue {
	const { quantity, law, budget, tokens, params, sizeFactor = 1, plan } = props;
	if (plan !== undefined) {
		const [value, text] = planValue(quantity, plan, props.option, props.maxEpochs);
		return { value, text, colour: colour[quantity] };
	}
	if ((planQuantities as readonly string[]).includes(quantity)) {
		throw new Error(`<Live quantity="${quantity}"> needs a worked plan: add plan="university", "startup" or "serving"`);
	}
	const lawId = law ?? context.lawId;
	// Losses, fit constants and overheads need a loss function: allocation rules borrow the scenario's fit.
	const fitId = isParametricLawId(lawId) ? lawId : context.lawId;
	const fit = parametricLaw(fitId);
	const model =
		params !== undefined && tokens !== undefined
			? { params, tokens }
			: allocate(lawId, tokens !== undefined ? budgetForTokens(lawId, tokens) : (budget ?? context.computeBudget));
	const C = trainingCompute(model.params, model.tokens);

	const value = ((): [number, string] => {
		switch (quantity) {
			case 'budget':
				return [C, fmt.formatFlop(C)];
			case 'pfDays': {
				const v = flopToPfDays(C);
				return [v, fmt.formatRounded(v)];
			}
			case 'gpuHours': {
				const v = acceleratorHours(C, context.accelerator.peakFlops, context.mfu);
				return [v, fmt.formatRounded(v)];
			}
			case 'params':
				return [model.params, fmt.formatCount(model.params)];
			case 'tokens':
				return [model.tokens, fmt.formatCount(model.tokens)];
			case 'tokensPerParam': {
				const v = model.tokens / model.params;
				return [v, quantities.tokensPerParam.format(v)];
			}
			case 'loss': {
				const v = lossOf(fitId, model.params, model.tokens);
				return [v, fmt.formatLoss(v)];
			}
			case 'overhead': {
				const v = computeOverhead(fit, model.params, model.tokens);
				return [v, formatOverhead(v)];
			}
			case 'a': {
				const v = exponentsOf(lawId).a;
				return [v, fmt.formatFixed(v, 3)];
			}
			case 'b': {
				const v = exponentsOf(lawId).b;
				return [v, fmt.formatFixed(v, 3)];
			}
			// G and γ exist only for a loss function: asking an allocation rule for them is a mistake in the chapter.
			case 'G': {
				const v = frontier(lawId).G;
				return [v, fmt.significant(v, 3)];
			}
			case 'gamma': {
				const v = optimalLoss(lawId).gamma;
				return [v, fmt.formatFixed(v, 3)];
			}
			case 'devriesTokens': {
				const v = tokenFactorForSizeFactor(fit, sizeFactor);
				return v === undefined ? [NaN, MISSING] : [v, fmt.significant(v, 3)];
			}
			case 'devriesOverhead': {
				const v = sizeFactorOverhead(fit, sizeFactor);
				return v === undefined ? [NaN, MISSING] : [v, formatOverhead(v)];
			}
			// Sizes as a share of the compute-optimal size: de Vries's critical size (100% overhead), and the asymptote
			// below which no amount of data reaches the optimum's loss.
			case 'devriesCriticalSize': {
				const v = devriesCriticalSizeFactor(fit);
				return [v, fmt.formatPercent(v)];
			}
			case 'smallestSize': {
				const v = smallestSizeFactor(fit);
				return [v, fmt.formatPercent(v)];
			}
			// Inference tokens before a model k_N times the optimal size repays its extra training (the optimum here).
			case 'breakEvenTokens': {
				const v = breakEvenInferenceTokens(fit, model.tokens, sizeFactor);
				return v === undefined ? [NaN, MISSING] : [v, fmt.formatCount(v)];
			}
			// The worked plans' own quantities, refused above without a plan.
			default:
				throw new Error(`<Live quantity="${quantity}"> needs a worked plan`);
		}
	})();
	return { value: value[0], text: value[1], colour: colour[quantity] };
}
