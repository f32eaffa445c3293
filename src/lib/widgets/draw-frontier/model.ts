// "Draw the frontier": the reader sets two points of the line they expect, on a log–log plot of compute against the
// optimal model size (or against tokens per parameter), then the fit's frontier and the measured optima are revealed
// and the gap is measured: the slopes, and the factor between their line and the fit's at each point. Pure.
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import { allocate, exponentsOf, fitBudget, groupByBudget, type ParametricLawId } from '$lib/scaling';

export type Point = [number, number];
export type DrawQuantity = 'params' | 'ratio';

export const xDomain: Point = [1e18, 1e26];
/** The two budgets whose values the reader sets: eight decades apart, the runs' range and far beyond it. */
export const handleBudgets: Point = [1e19, 1e25];
export const yDomains: Record<DrawQuantity, Point> = { params: [1e7, 1e13], ratio: [1, 1e4] };
/** Where both points start: a flat line across the middle, which suggests nothing. */
export const startValue: Record<DrawQuantity, number> = { params: 1e10, ratio: 100 };

/** The fit's value of the quantity at a budget. */
export function fitValue(lawId: ParametricLawId, quantity: DrawQuantity, budget: number): number {
	const { params, tokens } = allocate(lawId, budget);
	return quantity === 'params' ? params : tokens / params;
}

/** The fit's line across the plot. */
export function fitLine(lawId: ParametricLawId, quantity: DrawQuantity): Point[] {
	const [lo, hi] = xDomain.map(Math.log10);
	return Array.from({ length: 17 }, (_, i) => {
		const C = 10 ** (lo + ((hi - lo) * i) / 16);
		return [C, fitValue(lawId, quantity, C)];
	});
}

/** The optimum measured at each of the paper's IsoFLOP budgets (Approach 2 on Epoch's read-off runs). */
export const measuredOptima: { budget: number; params: number; ratio: number }[] = groupByBudget(chinchillaRuns)
	.map(fitBudget)
	.flatMap((fit) =>
		fit.optimum
			? [{ budget: fit.budget, params: fit.optimum.params, ratio: fit.optimum.tokens / fit.optimum.params }]
			: []
	);

/** The slope of a line on log–log axes through two points. */
export function slope([c1, y1]: Point, [c2, y2]: Point): number {
	return Math.log(y2 / y1) / Math.log(c2 / c1);
}

export interface Gap {
	/** The exponent of the reader's line. */
	yours: number;
	/** The fit's exponent: a for the model size, b − a for tokens per parameter. */
	fit: number;
	/** Reader's value / fit's value at each handle. */
	factors: Point;
}

export function gap(lawId: ParametricLawId, quantity: DrawQuantity, guess: Point): Gap {
	const { a, b } = exponentsOf(lawId);
	const [c1, c2] = handleBudgets;
	return {
		yours: slope([c1, guess[0]], [c2, guess[1]]),
		fit: quantity === 'params' ? a : b - a,
		factors: [guess[0] / fitValue(lawId, quantity, c1), guess[1] / fitValue(lawId, quantity, c2)]
	};
}
