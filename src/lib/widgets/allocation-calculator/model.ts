// The calculator's two tables, computed: every law's compute-optimal split of a budget, scored with one fit; and every
// law's model and budget for a given token count. Pure.
import {
	acceleratorHours,
	allocate,
	budgetForTokens,
	lawIds,
	loss,
	type LawId,
	type ParametricLawId
} from '$lib/scaling';

/** The token counts the "start from your data" input accepts. */
export const TOKENS_RANGE = [1e6, 1e16] as const;

export interface SplitRow {
	lawId: LawId;
	params: number;
	tokens: number;
	tokensPerParam: number;
	/** The loss `fitId` predicts for this law's split. */
	loss: number;
}

export function splitRows(computeBudget: number, fitId: ParametricLawId): SplitRow[] {
	return lawIds.map((lawId) => {
		const split = allocate(lawId, computeBudget);
		return {
			lawId,
			...split,
			tokensPerParam: split.tokens / split.params,
			loss: loss(fitId, split.params, split.tokens)
		};
	});
}

export interface FromTokensRow {
	lawId: LawId;
	/** The budget at which the law trains on exactly the given tokens, and its model there. */
	budget: number;
	params: number;
	/** Accelerator-hours for that budget. */
	hours: number;
}

export function fromTokensRows(tokens: number, peakFlops: number, mfu: number): FromTokensRow[] {
	return lawIds.map((lawId) => {
		const budget = budgetForTokens(lawId, tokens);
		return { lawId, budget, params: allocate(lawId, budget).params, hours: acceleratorHours(budget, peakFlops, mfu) };
	});
}
