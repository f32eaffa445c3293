// The models map's numbers: each published model against the compute-optimal model of its own compute, under one fit,
// and the lines drawn for reference. Pure.
import { models, type PublishedModel } from '$lib/data/models';
import { allocate, compareToOptimum, isoFlopTokens, type Comparison, type ParametricLawId } from '$lib/scaling';

export type Point = [number, number];

export const domain = { params: [3e9, 2e12] as Point, tokens: [1e11, 4e13] as Point };
/** Budgets decades apart that span the map, for the straight reference lines. */
export const budgetsAcross = [1e20, 1e22, 1e24, 1e26, 1e28];

export type ModelRow = PublishedModel & Comparison;

export function modelRows(lawId: ParametricLawId): ModelRow[] {
	return models.map((m) => ({ ...m, ...compareToOptimum(lawId, m.params, m.tokens) }));
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
