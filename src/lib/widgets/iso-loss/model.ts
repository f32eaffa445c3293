// The iso-loss map's picture, computed: contour lines (once per law), the iso-FLOP line of a budget, and the table of
// contour levels with the cheapest model that reaches each. Pure.
import { contourCache, contourLevels, lossContours, type ContourLine } from '$lib/chart/contours';
import {
	frontier,
	isoFlopTokens,
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
