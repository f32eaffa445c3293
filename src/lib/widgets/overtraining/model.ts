// de Vries's price of a model off the optimal size (devries2023): the compute overhead against the size as a multiple of
// the compute-optimal one, from the asymptote below which no data suffices, through de Vries's critical size (100%
// overhead), to models several times too large (Gopher's side of the story), and where the reader's model sits.
import {
	chinchillaForLoss,
	computeOverhead,
	devriesCriticalSizeFactor,
	lossOf,
	sizeFactorOverhead,
	smallestSizeFactor,
	tokenFactorForSizeFactor,
	type ParametricLaw
} from '$lib/scaling';

/**
 * The size factors the chart spans, on a log axis: from a tenth of the optimal size to twenty times it, so that a model
 * built by Kaplan's rule shows too (Gopher is 5.9× the optimum of its own loss under Epoch's fit, 17× under the printed
 * one).
 */
export const SIZE_RANGE: [number, number] = [0.1, 20];
/** The size axis's ticks: 1, 2 and 5 times each power of ten (decades alone would leave two). */
export const SIZE_TICKS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20] as const;
/** Overheads above this are off the chart (the curve climbs for ever near the smallest size that can reach the loss). */
export const OVERHEAD_CAP = 3;
/** The sizes of the data table, small to large. */
export const TABLE_SIZES = [0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 0.9, 1, 1.5, 2, 3, 5, 10, 20] as const;

/** The size slider runs over log10 of k_N, so that 0.1–1 and 1–20 each get room. */
export const SIZE_POSITIONS: [number, number] = [Math.log10(SIZE_RANGE[0]), Math.log10(SIZE_RANGE[1])];
export const sizeAt = (position: number): number => Number((10 ** position).toPrecision(3));
export const positionOf = (sizeFactor: number): number => Math.log10(sizeFactor);

/**
 * The curve k_N → overhead, log-spaced from just right of the smallest size that can reach the loss to the end of the
 * range, cut a little above the chart's top: near that size the overhead runs to millions of per cent, and a path
 * millions of pixels tall is costly for the browser (and for accessibility checkers) even when clipped.
 */
export function overheadCurve(law: ParametricLaw, points = 160): [number, number][] {
	const from = Math.max(SIZE_RANGE[0], smallestSizeFactor(law) * 1.0005);
	return Array.from({ length: points }, (_, i) => {
		const k = from * (SIZE_RANGE[1] / from) ** (i / (points - 1));
		return [k, sizeFactorOverhead(law, k)!] as [number, number];
	}).filter(([, o]) => Number.isFinite(o) && o <= OVERHEAD_CAP * 2);
}

export interface SizeReading {
	sizeFactor: number;
	/** Undefined below the smallest size that can reach the loss. */
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

/** Whether a reading falls inside the chart's box. */
export function onChart({ sizeFactor, overhead }: SizeReading): boolean {
	return (
		sizeFactor >= SIZE_RANGE[0] && sizeFactor <= SIZE_RANGE[1] && overhead !== undefined && overhead <= OVERHEAD_CAP
	);
}

/** The landmarks of one fit: the asymptote (hatched) and de Vries's critical size (marked, 100% overhead). */
export function landmarks(law: ParametricLaw): { smallest: number; critical: number } {
	return { smallest: smallestSizeFactor(law), critical: devriesCriticalSizeFactor(law) };
}

/** The chapter's question, committed before the chart shows: the guess runs over a tenth to the whole optimal size. */
export const GUESS_POSITIONS: [number, number] = [-1, 0];
export const GUESS_START = Math.log10(0.5);

/** How a committed guess of the critical size compares with the fit's answer (a ratio, so 1 is exact). */
export function guessVerdict(law: ParametricLaw, guess: number): { answer: number; ratio: number } {
	const answer = devriesCriticalSizeFactor(law);
	return { answer, ratio: guess / answer };
}
