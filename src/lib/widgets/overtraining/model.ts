// de Vries's price of a smaller model (devries2023): the compute overhead against the size as a fraction of the
// compute-optimal one, the critical size below which no data suffices, and where the reader's model sits.
import {
	chinchillaForLoss,
	computeOverhead,
	criticalSizeFactor,
	lossOf,
	sizeFactorOverhead,
	tokenFactorForSizeFactor,
	type ParametricLaw
} from '$lib/scaling';

/** The size factors the chart spans (k_N from about 0.1 to 1.5). */
export const SIZE_RANGE: [number, number] = [0.1, 1.5];
/** Overheads above this are off the chart (the curve climbs for ever near the critical size). */
export const OVERHEAD_CAP = 3;

/**
 * The curve k_N → overhead, from just right of the critical size to the end of the range, cut a little above the
 * chart's top: near the critical size the overhead runs to millions of per cent, and a path millions of pixels tall is
 * costly for the browser (and for accessibility checkers) even when clipped.
 */
export function overheadCurve(law: ParametricLaw, points = 120): [number, number][] {
	const from = Math.max(SIZE_RANGE[0], criticalSizeFactor(law) * 1.0005);
	return Array.from({ length: points }, (_, i) => {
		const k = from * (SIZE_RANGE[1] / from) ** (i / (points - 1));
		return [k, sizeFactorOverhead(law, k)!] as [number, number];
	}).filter(([, o]) => Number.isFinite(o) && o <= OVERHEAD_CAP * 2);
}

export interface SizeReading {
	sizeFactor: number;
	/** Undefined below the critical size. */
	tokenFactor?: number;
	overhead?: number;
}

export function readAt(law: ParametricLaw, sizeFactor: number): SizeReading {
	return {
		sizeFactor,
		tokenFactor: tokenFactorForSizeFactor(law, sizeFactor),
		overhead: sizeFactorOverhead(law, sizeFactor)
	};
}

/** Where a model (N, D) sits: its size against the compute-optimal model of its own loss, and its overhead. */
export function youAreHere(law: ParametricLaw, params: number, tokens: number): SizeReading {
	const optimal = chinchillaForLoss(law, lossOf(law)(params, tokens));
	return {
		sizeFactor: params / optimal.params,
		tokenFactor: tokens / optimal.tokens,
		overhead: computeOverhead(law, params, tokens)
	};
}
