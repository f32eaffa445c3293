// The lifetime-cost figure's numbers: the inference demand on a log slider with "none" at its left end, the target
// loss from the reader's budget, a sweep of demands for the data table, the size axis's ticks, where the cheapest model
// leaves the ratios the fits were made on, and the chapter's question (a committed guess).
import { logTicks } from '$lib/chart/ticks';
import {
	isoLossTokens,
	lifetimeOptimum,
	minParamsForLoss,
	optimalLossOf,
	type LifetimeOptimum,
	type ParametricLaw
} from '$lib/scaling';

/** The slider runs over log10 of the tokens served, 9 (a billion) to 15 (a quadrillion); its first step is "none". */
export const DEMAND_RANGE = [8, 15] as const;

export function demandAt(position: number): number {
	return position <= DEMAND_RANGE[0] ? 0 : 10 ** Math.min(DEMAND_RANGE[1], position);
}

export function positionOf(tokens: number): number {
	return tokens <= 0 ? DEMAND_RANGE[0] : Math.min(DEMAND_RANGE[1], Math.max(DEMAND_RANGE[0] + 1, Math.log10(tokens)));
}

/** The demand the figure starts on: 2 × 10¹² tokens served, a modest deployment (and the chapter's question's). */
export const DEFAULT_POSITION = Math.log10(2e12);

/** sardana2024 trained models on up to 10,000 tokens per parameter (FACTS): beyond that the fits are extrapolated. */
export const SARDANA_MAX_TOKENS_PER_PARAM = 10_000;

/**
 * The most tokens per parameter any run behind the fits was trained on: the paper's Figure 4 runs as Epoch read them
 * (besiroglu2024; D = C/(6N), checked against the data in tests/widgets/lifetime.test.ts). Past it the fitted loss is
 * extrapolated, and Sardana et al. found Chinchilla-style fits overestimate what extra tokens buy at extreme ratios.
 */
export const RUNS_MAX_TOKENS_PER_PARAM = 341;

/** What the figure must say about a recommended ratio: nothing, that the fit is extrapolated, or past Sardana too. */
export function cautionFor(tokensPerParam: number): 'none' | 'pastRuns' | 'pastSardana' {
	if (tokensPerParam > SARDANA_MAX_TOKENS_PER_PARAM) return 'pastSardana';
	return tokensPerParam > RUNS_MAX_TOKENS_PER_PARAM ? 'pastRuns' : 'none';
}

/**
 * The model size on the iso-loss curve of `loss` that trains on `tokensPerParam` tokens per parameter: smaller models
 * train on more, so sizes left of it lie past that ratio. Bisection on log N, between the asymptote (where the ratio
 * runs to infinity) and a size large enough to train on fewer.
 */
export function sizeAtRatio(law: ParametricLaw, loss: number, tokensPerParam: number): number {
	const ratio = (logN: number) => (isoLossTokens(law, loss, Math.exp(logN)) ?? Infinity) / Math.exp(logN);
	let lo = Math.log(minParamsForLoss(law, loss)!) + 1e-12;
	let hi = lo + Math.LN10;
	while (ratio(hi) > tokensPerParam) hi += Math.LN10;
	for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
		const mid = (lo + hi) / 2;
		if (ratio(mid) > tokensPerParam) lo = mid;
		else hi = mid;
	}
	return Math.exp((lo + hi) / 2);
}

/** The size axis's ticks: 1, 2 and 5 times each power of ten, so an axis spanning a decade or two has several. */
export const sizeTicks = (domain: readonly [number, number]): number[] => logTicks(domain, 6);

/**
 * The chapter's question, committed before the chart shows: at the figure's starting demand, how large is the cheapest
 * model, as a share of the Chinchilla optimum of the same loss? The guess runs from a tenth to the whole optimum.
 */
export const GUESS_POSITIONS: [number, number] = [-1, 0];
export const GUESS_START = Math.log10(0.5);
export const GUESS_DEMAND = 2e12;

export function guessAnswer(law: ParametricLaw, computeBudget: number): { sizeFactor: number; saving: number } {
	const optimum = lifetimeOptimum(law, targetLoss(law, computeBudget), GUESS_DEMAND);
	return { sizeFactor: optimum.best.params / optimum.chinchilla.params, saving: optimum.saving };
}

/** The loss the figure targets: what Chinchilla-optimal training reaches on the reader's budget. */
export function targetLoss(law: ParametricLaw, computeBudget: number): number {
	return optimalLossOf(law).at(computeBudget);
}

export const SWEEP = [0, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15] as const;

export function sweep(law: ParametricLaw, loss: number): { demand: number; optimum: LifetimeOptimum }[] {
	return SWEEP.map((demand) => ({ demand, optimum: lifetimeOptimum(law, loss, demand) }));
}
