// The chapter-1 hook: the reader picks a model size for a fixed budget before being told anything. Every model on the
// budget's iso-FLOP line is a choice; once committed, the choice is compared with the compute-optimal model of each fit,
// and with what Gopher and Chinchilla chose. Pure.
import { models } from '$lib/data/models';
import { FLOP_PER_PARAM_TOKEN, allocate, compareToOptimum, loss, type ParametricLawId } from '$lib/scaling';

export type Point = [number, number];

/**
 * The sizes the reader may choose among: from 1 B parameters to 10^12.5 ≈ 3.2 T, wide enough not to hint at the answer
 * (whole hundredths of a decade, so the slider's steps reach both ends).
 */
export const sizeRange: Point = [1e9, 10 ** 12.5];
/** Where the slider starts: the smallest size, so that its position suggests nothing. */
export const startSize = 1e10;

/** The fits the answer compares. */
export const answerFits: readonly ParametricLawId[] = ['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'];

/** The model of `params` parameters that spends exactly `budget`. */
export function onLine(budget: number, params: number): { params: number; tokens: number } {
	return { params, tokens: budget / (FLOP_PER_PARAM_TOKEN * params) };
}

export interface Outcome {
	params: number;
	tokens: number;
	tokensPerParam: number;
	loss: number;
	/** The loss of the compute-optimal model of the same budget. */
	optimalLoss: number;
	optimalParams: number;
	/** The budget of the cheapest model reaching the same loss as the reader's. */
	cheapestBudget: number;
	/** The share of the budget the choice wastes: 1 − cheapest / budget (0 at the optimum). */
	wasted: number;
}

export function outcome(lawId: ParametricLawId, budget: number, params: number): Outcome {
	const model = onLine(budget, params);
	const c = compareToOptimum(lawId, model.params, model.tokens);
	return {
		...model,
		tokensPerParam: model.tokens / model.params,
		loss: c.loss,
		optimalLoss: c.optimal.loss,
		optimalParams: c.optimal.params,
		cheapestBudget: c.cheapestBudget,
		wasted: Math.max(0, 1 - c.cheapestBudget / c.computeBudget)
	};
}

/** The compute-optimal model of each fit at `budget`. */
export function optima(budget: number): { lawId: ParametricLawId; params: number; tokens: number; loss: number }[] {
	return answerFits.map((lawId) => {
		const { params, tokens } = allocate(lawId, budget);
		return { lawId, params, tokens, loss: loss(lawId, params, tokens) };
	});
}

/** The sizes Gopher and Chinchilla chose (drawn on the budget's line), with the tokens they were trained on. */
export const landmarks = ['gopher', 'chinchilla'].map((id) => {
	const m = models.find((model) => model.id === id)!;
	return { id, name: m.name, params: m.params, tokens: m.tokens };
});

/** The loss along the line across the sizes the reader may choose: the valley. */
export function valleyLine(lawId: ParametricLawId, budget: number, points = 81): Point[] {
	const [lo, hi] = sizeRange.map(Math.log10);
	return Array.from({ length: points }, (_, i) => {
		const N = 10 ** (lo + ((hi - lo) * i) / (points - 1));
		const { tokens } = onLine(budget, N);
		return [N, loss(lawId, N, tokens)];
	});
}
