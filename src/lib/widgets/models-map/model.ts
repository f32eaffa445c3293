// The models map's numbers: each published model against the compute-optimal model of its own compute, under one fit,
// the reader's filter (dense or mixture-of-experts, year of release) and the lines drawn for reference. Pure.
import { architecture, models, type Architecture, type PublishedModel } from '$lib/data/models';
import { allocate, compareToOptimum, isoFlopTokens, type Comparison, type ParametricLawId } from '$lib/scaling';

export type Point = [number, number];

export const domain = { params: [1e9, 2e12] as Point, tokens: [1e11, 4e13] as Point };
/** Budgets decades apart that span the map, for the straight reference lines. */
export const budgetsAcross = [1e18, 1e20, 1e22, 1e24, 1e26, 1e28];

export type ModelRow = PublishedModel & Comparison & { architecture: Architecture };

/** Each model against the compute-optimal model of its compute (for a mixture of experts, its active parameters). */
export function modelRows(lawId: ParametricLawId): ModelRow[] {
	return models.map((m) => ({ ...m, architecture: architecture(m), ...compareToOptimum(lawId, m.params, m.tokens) }));
}

/** The years the models were released in, oldest first: the choices of the year filter. */
export const years: readonly number[] = [...new Set(models.map((m) => m.year))].sort((a, b) => a - b);

export interface ModelFilter {
	dense: boolean;
	moe: boolean;
	/** Released in this year or later. */
	from: number;
}

export const allModels: ModelFilter = { dense: true, moe: true, from: years[0] };

export function matches(row: Pick<ModelRow, 'architecture' | 'year'>, filter: ModelFilter): boolean {
	return (row.architecture === 'moe' ? filter.moe : filter.dense) && row.year >= filter.from;
}

/** Twenty tokens per parameter across the map. */
export const tokens20Line: Point[] = budgetsAcross.map((C) => {
	const split = allocate('tokens20', C);
	return [split.params, split.tokens];
});

/** Every model `computeBudget` could have trained, across the map's width. */
export function isoFlopAcross(computeBudget: number): Point[] {
	return domain.params.map((N) => [N, isoFlopTokens(computeBudget, N)]);
}
