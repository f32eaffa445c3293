import { describe, expect, it } from 'vitest';
import {
	bootstrap,
	fitApproach3,
	frontierBands,
	frontierOf,
	impliedExponents,
	logFromLaw,
	parametricPresets,
	quantile,
	resample,
	seededRandom,
	withNoise
} from '$lib/scaling';
import { KNOWN_LAW, isoFlopRuns } from './synthetic';

describe('seededRandom', () => {
	it('repeats itself for a seed and differs between seeds', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const c = seededRandom(43);
		const first = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(first);
		expect(Array.from({ length: 5 }, c)).not.toEqual(first);
		first.forEach((v) => expect(v >= 0 && v < 1).toBe(true));
	});

	it('is roughly uniform', () => {
		const random = seededRandom(7);
		const mean = Array.from({ length: 10000 }, random).reduce((s, v) => s + v, 0) / 10000;
		expect(mean).toBeCloseTo(0.5, 1);
	});
});

describe('resampling and noise', () => {
	it('resample draws as many items as given, each from the items', () => {
		const items = ['a', 'b', 'c', 'd'];
		const drawn = resample(items, seededRandom(1));
		expect(drawn).toHaveLength(4);
		drawn.forEach((d) => expect(items).toContain(d));
	});

	it('withNoise leaves the runs alone at σ = 0, perturbs them by about σ otherwise, and refuses σ < 0', () => {
		const runs = isoFlopRuns(KNOWN_LAW);
		expect(withNoise(runs, 0, seededRandom(1))).toEqual(runs);
		const noisy = withNoise(runs, 0.01, seededRandom(1));
		const spread = Math.sqrt(noisy.reduce((s, r, i) => s + Math.log(r.loss / runs[i].loss) ** 2, 0) / runs.length);
		expect(spread).toBeGreaterThan(0.007);
		expect(spread).toBeLessThan(0.013);
		expect(() => withNoise(runs, -1, seededRandom(1))).toThrow(/noise/);
	});
});

describe('quantile', () => {
	it.each([
		[0, 1],
		[0.5, 3],
		[1, 5],
		[0.25, 2],
		[0.1, 1.4]
	])('q = %d of 1…5 is %d (linear interpolation)', (q, expected) => {
		expect(quantile([1, 2, 3, 4, 5], q)).toBeCloseTo(expected, 12);
	});
	it('refuses an empty list', () => expect(() => quantile([], 0.5)).toThrow(/no values/));
});

describe('bootstrap', () => {
	const runs = isoFlopRuns(KNOWN_LAW, { noise: 0.01, sizes: 9, seed: 3 });
	const refit = (sample: typeof runs) =>
		fitApproach3(sample, { starts: [logFromLaw(KNOWN_LAW)], stopping: { ftol: 0 } }).law;

	it('is reproducible with a seed', () => {
		const first = bootstrap(runs, refit, { count: 5, seed: 11 });
		const again = bootstrap(runs, refit, { count: 5, seed: 11 });
		const other = bootstrap(runs, refit, { count: 5, seed: 12 });
		expect(again).toEqual(first);
		expect(other).not.toEqual(first);
	});

	it('skips resamples whose fit gives nothing, and reports progress', () => {
		const done: number[] = [];
		const kept = bootstrap(runs, () => (done.length % 2 ? undefined : 1), {
			count: 4,
			seed: 1,
			onProgress: (d) => done.push(d)
		});
		expect(done).toEqual([1, 2, 3, 4]);
		expect(kept).toHaveLength(2);
	});

	it('brackets the true exponent with the spread of its refits', () => {
		const laws = bootstrap(runs, refit, { count: 60, seed: 5 });
		const a = laws.map((l) => impliedExponents(l).a).sort((x, y) => x - y);
		const truth = impliedExponents(KNOWN_LAW).a;
		expect(quantile(a, 0.01)).toBeLessThan(truth);
		expect(quantile(a, 0.99)).toBeGreaterThan(truth);
	});
});

describe('frontierBands', () => {
	it('collapses to the frontier itself for one law', () => {
		const law = parametricPresets.besiroglu2024.law;
		const bands = frontierBands([law], [1e21, 5.76e23]);
		const f = frontierOf(law);
		bands.params.forEach(([lo, mid, hi], i) => {
			expect(lo).toBe(mid);
			expect(hi).toBe(mid);
			expect(mid).toBeCloseTo(f.params([1e21, 5.76e23][i]), 0);
		});
	});

	it('widens with the budget when the laws disagree on the exponent', () => {
		const laws = [0.33, 0.34, 0.35, 0.36, 0.37].map((alpha) => ({ ...KNOWN_LAW, alpha }));
		const bands = frontierBands(laws, [1e19, 1e28]);
		const width = (b: number[]) => Math.log(b[2] / b[0]);
		expect(width(bands.params[1])).toBeGreaterThan(width(bands.params[0]));
		bands.tokensPerParam.forEach(([lo, mid, hi]) => expect(lo <= mid && mid <= hi).toBe(true));
	});

	it('refuses no laws', () => expect(() => frontierBands([], [1e20])).toThrow(/at least one/));
});
