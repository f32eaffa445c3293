import { frontierOf } from './frontier';
import type { ParametricLaw } from './parametric';
import type { Run } from './runs';

/**
 * Resampling for uncertainty: a seeded generator (so a bootstrap can be repeated exactly), resampling with replacement,
 * quantile bands of the frontier over many refitted laws, and noise added to measured losses.
 */

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** As many items as given, drawn with replacement. */
export function resample<T>(items: readonly T[], random: () => number): T[] {
	return Array.from(items, () => items[Math.floor(random() * items.length)]);
}

/** A standard normal draw (Box–Muller). */
export function normalDraw(random: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** The runs with each loss multiplied by e^(σ·z), z standard normal: measurement noise of about σ relative. */
export function withNoise<T extends Run>(runs: readonly T[], sigma: number, random: () => number): T[] {
	if (!(sigma >= 0)) throw new RangeError(`noise must be zero or positive, got ${sigma}`);
	if (sigma === 0) return [...runs];
	return runs.map((r) => ({ ...r, loss: r.loss * Math.exp(sigma * normalDraw(random)) }));
}

/** The q-quantile of an ascending array, by linear interpolation (NumPy's default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
	if (sorted.length === 0) throw new RangeError('quantile of no values');
	const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
	const low = Math.floor(position);
	const high = Math.ceil(position);
	return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Refits `fit` on `count` resamples of the runs; the same seed gives the same estimates. */
export function bootstrap<R>(
	runs: readonly Run[],
	fit: (sample: Run[]) => R | undefined,
	{ count, seed, onProgress }: { count: number; seed: number; onProgress?: (done: number, total: number) => void }
): R[] {
	const random = seededRandom(seed);
	const results: R[] = [];
	for (let i = 0; i < count; i++) {
		const result = fit(resample(runs, random));
		if (result !== undefined) results.push(result);
		onProgress?.(i + 1, count);
	}
	return results;
}

/** Lower, middle and upper quantiles of a quantity at one budget. */
export type Band = [low: number, median: number, high: number];

export interface FrontierBands {
	compute: number[];
	params: Band[];
	tokens: Band[];
	tokensPerParam: Band[];
}

/** The spread of N_opt, D_opt and D/N at each budget over a set of laws (e.g. bootstrap refits); 95% by default. */
export function frontierBands(laws: readonly ParametricLaw[], compute: readonly number[], level = 0.95): FrontierBands {
	if (laws.length === 0) throw new RangeError('frontierBands needs at least one law');
	const frontiers = laws.map(frontierOf);
	const tail = (1 - level) / 2;
	// Typed arrays sort numerically without a comparator: a bootstrap of thousands of laws stays quick.
	const values = new Float64Array(laws.length);
	const band = (of: (f: (typeof frontiers)[number], C: number) => number, C: number): Band => {
		frontiers.forEach((f, i) => (values[i] = of(f, C)));
		const sorted = values.slice().sort() as unknown as number[];
		return [quantile(sorted, tail), quantile(sorted, 0.5), quantile(sorted, 1 - tail)];
	};
	return {
		compute: [...compute],
		params: compute.map((C) => band((f) => f.params(C), C)),
		tokens: compute.map((C) => band((f) => f.tokens(C), C)),
		tokensPerParam: compute.map((C) => band((f) => f.tokens(C) / f.params(C), C))
	};
}
