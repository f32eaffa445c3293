// The lifetime-cost figure's numbers: the inference demand on a log slider with "none" at its left end, the target
// loss from the reader's budget, and a sweep of demands for the data table.
import { lifetimeOptimum, optimalLossOf, type LifetimeOptimum, type ParametricLaw } from '$lib/scaling';

/** The slider runs over log10 of the tokens served, 9 (a billion) to 15 (a quadrillion); its first step is "none". */
export const DEMAND_RANGE = [8, 15] as const;

export function demandAt(position: number): number {
	return position <= DEMAND_RANGE[0] ? 0 : 10 ** Math.min(DEMAND_RANGE[1], position);
}

export function positionOf(tokens: number): number {
	return tokens <= 0 ? DEMAND_RANGE[0] : Math.min(DEMAND_RANGE[1], Math.max(DEMAND_RANGE[0] + 1, Math.log10(tokens)));
}

/** The demand the figure starts on: 2 × 10¹² tokens served, a modest deployment. */
export const DEFAULT_POSITION = Math.log10(2e12);

/** sardana2024 trained models on up to 10,000 tokens per parameter (FACTS): beyond that the fits are extrapolated. */
export const SARDANA_MAX_TOKENS_PER_PARAM = 10_000;

/** The loss the figure targets: what Chinchilla-optimal training reaches on the reader's budget. */
export function targetLoss(law: ParametricLaw, computeBudget: number): number {
	return optimalLossOf(law).at(computeBudget);
}

export const SWEEP = [0, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15] as const;

export function sweep(law: ParametricLaw, loss: number): { demand: number; optimum: LifetimeOptimum }[] {
	return SWEEP.map((demand) => ({ demand, optimum: lifetimeOptimum(law, loss, demand) }));
}
