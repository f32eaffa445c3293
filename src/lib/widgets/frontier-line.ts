// The compute-optimal frontier as a polyline in the N–D plane, for the figures that draw it. On log axes it is a
// straight line, so a few budgets decades apart suffice.
import { frontier, type ParametricLawId } from '$lib/scaling';

export function frontierLine(lawId: ParametricLawId, budgets: readonly number[]): [number, number][] {
	const f = frontier(lawId);
	return budgets.map((C) => [f.params(C), f.tokens(C)]);
}
