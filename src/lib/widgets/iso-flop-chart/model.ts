// The IsoFLOP figure's picture, computed: for each budget the profile (loss against model size with the rest of the
// budget in tokens), its true minimum, and the parabola Approach 2 would fit near the bottom; and the line through the
// minima. Pure: a law and budgets in, data-space points out.
import {
	evalParabola,
	fitParabola,
	isoFlopBudgets,
	isoFlopProfile,
	parabolaVertex,
	profileMinimum,
	type ParametricLaw,
	type ProfilePoint
} from '$lib/scaling';

export type Point = [number, number];

export interface ProfileCurve {
	budget: number;
	/** The scenario's own budget (drawn thick). */
	current: boolean;
	points: ProfilePoint[];
	minimum: ProfilePoint;
	/** The parabola in log N fitted to nine sizes near the bottom, drawn over those sizes. */
	parabola: Point[];
	/** The parabola's lowest point: Approach 2's estimate of the optimum. */
	vertex: Point;
}

/** The budgets drawn: a fan of ±1 and ±2 decades around the scenario's, or the paper's nine plus the scenario's. */
export function budgetsFor(computeBudget: number, paperBudgets: boolean): number[] {
	const others = paperBudgets ? [...isoFlopBudgets] : [-2, -1, 1, 2].map((k) => computeBudget * 10 ** k);
	return [...others, computeBudget];
}

export function profileCurve(law: ParametricLaw, budget: number, current: boolean): ProfileCurve {
	const points = isoFlopProfile(law, budget, { points: 41, spanDecades: 1.2 });
	// Approach 2 fitted a parabola to a handful of runs near the bottom of each profile.
	const near = isoFlopProfile(law, budget, { points: 9, spanDecades: 0.6 });
	const parabola = fitParabola(
		near.map((p) => Math.log10(p.params)),
		near.map((p) => p.loss)
	);
	const vertex = parabolaVertex(parabola);
	return {
		budget,
		current,
		points,
		minimum: profileMinimum(law, budget),
		parabola: near.map((p) => [p.params, evalParabola(parabola, Math.log10(p.params))]),
		vertex: [10 ** vertex, evalParabola(parabola, vertex)]
	};
}

/** The compute-optimal points between the smallest and largest budget drawn, for the line through the minima. */
export function minimaLine(law: ParametricLaw, budgets: readonly number[], samples = 25): ProfilePoint[] {
	const lo = Math.min(...budgets);
	const hi = Math.max(...budgets);
	return Array.from({ length: samples }, (_, i) => profileMinimum(law, lo * (hi / lo) ** (i / (samples - 1))));
}

/** What the x axis shows: the model's parameters, or its training tokens (the rest of the same budget). */
export type XQuantity = 'params' | 'tokens';

/** A profile point's place on the chart: (N or D, loss). */
export function plotted(point: ProfilePoint, x: XQuantity): Point {
	return [point[x], point.loss];
}

/** A parabola point (N, L) on the chart when the x axis shows tokens: D = C / (6N) for the same budget. */
export function onAxis([params, loss]: Point, budget: number, x: XQuantity): Point {
	return x === 'params' ? [params, loss] : [budget / (6 * params), loss];
}

/** The chart's x domain (every curve in full) and y domain (the minima, with room above for the curves' arms). */
export function domains(curves: readonly ProfileCurve[], x: XQuantity = 'params'): { x: Point; y: Point } {
	const lo = Math.min(...curves.map((c) => c.minimum.loss));
	const hi = Math.max(...curves.map((c) => c.minimum.loss));
	const pad = Math.max(0.05, (hi - lo) * 0.15);
	const xs = curves.flatMap((c) => [c.points[0][x], c.points.at(-1)![x]]);
	return { x: [Math.min(...xs), Math.max(...xs)], y: [lo - pad, hi + 3 * pad] };
}
