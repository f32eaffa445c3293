// The iso-loss map's picture, computed: contour lines (once per law), the iso-FLOP line of a budget, and the table of
// contour levels with the cheapest model that reaches each. Pure.
import { contourCache, contourLevels, lossContours, type ContourLine } from '$lib/chart/contours';
import {
	FLOP_PER_PARAM_TOKEN,
	frontier,
	isoFlopTokens,
	isoLossCurve,
	lossOf,
	minParamsForLoss,
	optimalLoss,
	parametricLaw,
	type ParametricLawId
} from '$lib/scaling';
import { MODEL_DOMAIN } from '$lib/state/params';

export type Point = [number, number];

export const domain = { params: [...MODEL_DOMAIN.params], tokens: [...MODEL_DOMAIN.tokens] } as {
	params: Point;
	tokens: Point;
};

// Contours depend only on the law: traced once per law for every map on the page, never per slider step.
export const contoursFor: (lawId: ParametricLawId) => ContourLine[] = contourCache((id) => {
	const law = parametricLaw(id as ParametricLawId);
	return lossContours(law, domain, contourLevels(law, domain));
});

/** Every model `computeBudget` can train, across the map (a straight line on log axes: three points suffice). */
export function isoFlopLine(computeBudget: number): Point[] {
	const [nMin, nMax] = domain.params;
	return [nMin, Math.sqrt(nMin * nMax), nMax].map((N) => [N, isoFlopTokens(computeBudget, N)]);
}

export interface ContourRow {
	level: number;
	/** The smallest model that can reach this loss with unlimited data. */
	minParams: number;
	/** The cheapest budget that reaches it, and the compute-optimal model there. */
	cheapest: number;
	params: number;
	tokens: number;
}

export function contourRows(lawId: ParametricLawId, contours: readonly ContourLine[]): ContourRow[] {
	const law = parametricLaw(lawId);
	const f = frontier(lawId);
	return contours.map((c) => {
		// Every drawn level lies above E, so both exist.
		const cheapest = optimalLoss(lawId).budgetFor(c.level)!;
		return {
			level: c.level,
			minParams: minParamsForLoss(law, c.level)!,
			cheapest,
			params: f.params(cheapest),
			tokens: f.tokens(cheapest)
		};
	});
}

/** The contour of one loss level across the map: exact points of the iso-loss curve. */
export function contourAt(lawId: ParametricLawId, level: number): Point[] {
	return isoLossCurve(parametricLaw(lawId), level, domain.params, domain.tokens);
}

/**
 * The contour through a point (the optimum, or the reader's model): its level is the point's loss, and the point itself
 * is one of its vertices, so the drawn line passes exactly through the marker, not near it between two samples.
 */
export function contourThrough(lawId: ParametricLawId, [params, tokens]: Point): { level: number; points: Point[] } {
	const level = lossOf(parametricLaw(lawId))(params, tokens);
	const points = contourAt(lawId, level);
	const inside = params >= domain.params[0] && params <= domain.params[1];
	if (inside && tokens >= domain.tokens[0] && tokens <= domain.tokens[1]) {
		points.push([params, tokens]);
		points.sort((a, b) => a[0] - b[0]);
	}
	return { level, points };
}

/**
 * "Stay on my budget": the model of `params` parameters that spends exactly `computeBudget`, with the size kept where
 * both its parameters and its tokens fit on the map.
 */
export function onBudget(computeBudget: number, params: number): { params: number; tokens: number } {
	const perToken = computeBudget / FLOP_PER_PARAM_TOKEN;
	const lo = Math.max(domain.params[0], perToken / domain.tokens[1]);
	const hi = Math.min(domain.params[1], perToken / domain.tokens[0]);
	const N = Math.min(hi, Math.max(lo, params));
	return { params: N, tokens: perToken / N };
}

/** The loss of every model along the iso-FLOP line (the valley): `points` sizes log-spaced across `params`. */
export function valley(lawId: ParametricLawId, computeBudget: number, params: Point, points = 61): Point[] {
	const L = lossOf(parametricLaw(lawId));
	const [lo, hi] = params.map(Math.log10);
	return Array.from({ length: points }, (_, i) => {
		const N = 10 ** (lo + ((hi - lo) * i) / (points - 1));
		return [N, L(N, computeBudget / (FLOP_PER_PARAM_TOKEN * N))];
	});
}

/** The valley's window: a decade and a half either side of the optimum, inside the map. */
export function valleyRange(lawId: ParametricLawId, computeBudget: number): Point {
	const { params } = onBudget(computeBudget, frontier(lawId).params(computeBudget));
	const [lo, hi] = [params / 10 ** 1.5, params * 10 ** 1.5];
	const limits = onBudgetLimits(computeBudget);
	return [Math.max(lo, limits[0]), Math.min(hi, limits[1])];
}

/** The smallest and largest model the map can show on a budget's iso-FLOP line. */
export function onBudgetLimits(computeBudget: number): Point {
	return [onBudget(computeBudget, 0).params, onBudget(computeBudget, Infinity).params];
}

/**
 * What ten times the compute buys under a fit: the optimum moves by 10^a in parameters and 10^b in tokens (a + b = 1,
 * so the two factors multiply to ten); with a ≈ b ≈ 0.5 both grow about √10 ≈ 3.2 times.
 */
export function tenfold(lawId: ParametricLawId): { params: number; tokens: number; a: number; b: number } {
	const { a, b } = frontier(lawId);
	return { params: 10 ** a, tokens: 10 ** b, a, b };
}

/** The line of constant tokens per parameter through the optimum (slope 1 on the map), across the map. */
export function constantRatioLine(ratio: number): Point[] {
	const [n0, n1] = domain.params;
	return [n0, n1].map((N) => [N, N * ratio]);
}
