import {
	PAPER_ISOFLOP_BUDGETS,
	frontierOf,
	lossOf,
	runFromCompute,
	seededRandom,
	withNoise,
	type ParametricLaw,
	type Run
} from '$lib/scaling';

/** A known law, close to Epoch's refit but not equal to any preset, for fitters to recover. */
export const KNOWN_LAW: ParametricLaw = { E: 1.8, A: 450, B: 1800, alpha: 0.34, beta: 0.36 };

/**
 * IsoFLOP runs from a law: at each budget, `sizes` models log-spaced from 1/8 to 8 times the optimal size, as in the
 * paper's Figure 3, with optional relative noise on the losses.
 */
export function isoFlopRuns(
	law: ParametricLaw,
	{
		budgets = PAPER_ISOFLOP_BUDGETS as readonly number[],
		sizes = 9,
		noise = 0,
		seed = 1
	}: { budgets?: readonly number[]; sizes?: number; noise?: number; seed?: number } = {}
): Run[] {
	const L = lossOf(law);
	const frontier = frontierOf(law);
	const runs = budgets.flatMap((C) =>
		Array.from({ length: sizes }, (_, i) => {
			const N = frontier.params(C) * 8 ** ((2 * i) / (sizes - 1) - 1);
			return runFromCompute(N, C, L(N, C / (6 * N)));
		})
	);
	return withNoise(runs, noise, seededRandom(seed));
}
