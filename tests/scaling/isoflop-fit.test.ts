import { describe, expect, it } from 'vitest';
import { PORIAN_CONFIG_KEYS, PORIAN_PATHS, authorsFit, porianBudgetGroups } from '$lib/data/porian-runs';
import {
	NEAR_MINIMUM_LOSS_WINDOW,
	bootstrapIsoFlopExponent,
	fitBudget,
	fitIsoFlops,
	fitNearMinimum,
	nearMinimum,
	runFromCompute,
	tokensPerParamAtOptima,
	type BudgetGroup,
	type Run
} from '$lib/scaling';

/** A budget whose losses lie exactly on a parabola in ln N with its vertex at `best`, sizes 1.5× apart. */
function parabolicBudget(budget: number, best: number, sizes = 9, curvature = 0.08): BudgetGroup {
	const runs = Array.from({ length: sizes }, (_, i) => {
		const n = best * 1.5 ** (i - (sizes - 1) / 2 + 0.3);
		return runFromCompute(n, budget, 3 + curvature * Math.log(n / best) ** 2);
	});
	return { budget, runs };
}

/** Budgets 1e17 · 2^i whose optima follow N_opt = 0.1·C^a exactly. */
function sweep(a: number, count = 8): BudgetGroup[] {
	return Array.from({ length: count }, (_, i) => {
		const C = 1e17 * 2 ** i;
		return parabolicBudget(C, 0.1 * C ** a);
	});
}

const run = (params: number, loss: number): Run => runFromCompute(params, 1e18, loss);

describe('nearMinimum: the runs a budget’s parabola sees', () => {
	it('keeps the runs within 3% of the lowest loss, wherever they lie', () => {
		const runs = [run(1e6, 4.25), run(2e6, 4.05), run(4e6, 4.0), run(8e6, 4.1), run(16e6, 4.15), run(32e6, 9.9)];
		expect(NEAR_MINIMUM_LOSS_WINDOW).toBe(0.03);
		expect(nearMinimum(runs).map((r) => r.params)).toEqual([2e6, 4e6, 8e6]);
		expect(nearMinimum(runs, 0.05).map((r) => r.params)).toEqual([2e6, 4e6, 8e6, 16e6]);
	});

	it.each([
		['in the middle', [5, 4.5, 4.0, 4.5, 5], [2e6, 4e6, 8e6]],
		['at the small end', [4.0, 4.5, 5, 6, 7], [1e6, 2e6, 4e6]],
		['at the large end', [7, 6, 5, 4.5, 4.0], [4e6, 8e6, 16e6]]
	])('falls back to the three sizes around a lone minimum %s', (_, losses, expected) => {
		const runs = losses.map((l, i) => run(1e6 * 2 ** i, l));
		expect(nearMinimum(runs).map((r) => r.params)).toEqual(expected);
	});

	it('counts sizes, not runs: repeated sizes (as in a resample) come along together', () => {
		const runs = [run(1e6, 5), run(2e6, 4.5), run(2e6, 4.5), run(4e6, 4.0), run(8e6, 4.5), run(16e6, 5)];
		expect(nearMinimum(runs).map((r) => r.params)).toEqual([2e6, 2e6, 4e6, 8e6]);
	});

	it('is empty for fewer than three sizes, and refuses a negative window', () => {
		expect(nearMinimum([run(1e6, 4), run(2e6, 3.9), run(2e6, 3.8)])).toEqual([]);
		expect(() => nearMinimum([run(1e6, 4)], -0.1)).toThrow(/-0.1/);
	});
});

describe('fitNearMinimum: one budget', () => {
	it('puts the vertex exactly on a parabolic budget’s optimum, with D = C/(6N)', () => {
		const fit = fitNearMinimum(parabolicBudget(1e18, 3e7));
		expect(fit.optimum!.params / 3e7).toBeCloseTo(1, 9);
		expect(fit.optimum!.tokens).toBeCloseTo(1e18 / (6 * fit.optimum!.params), 0);
		expect(fit.optimum!.loss).toBeCloseTo(3, 9);
		expect(fit.problem).toBeUndefined();
	});

	it('is not bent by a run at loss 10 past the largest size, where a parabola through every run is', () => {
		const group = parabolicBudget(1e18, 3e7);
		const wild = { budget: 1e18, runs: [...group.runs, run(3e8, 10)] };
		expect(fitNearMinimum(wild).optimum!.params).toBeCloseTo(fitNearMinimum(group).optimum!.params, 3);
		const naive = fitBudget(wild).optimum?.params;
		expect(naive === undefined || Math.abs(Math.log(naive / 3e7)) > 0.1).toBe(true);
	});

	it.each([
		['the lowest loss at the smallest size', [4.0, 4.3, 4.9, 6], 'outside'],
		['the lowest losses at both ends', [4.0, 4.1, 4.0, 5], 'no-minimum'],
		['two sizes', [4.0, 4.1], 'too-few']
	])('gives no optimum for %s, and says why', (_, losses, problem) => {
		const fit = fitNearMinimum({ budget: 1e18, runs: (losses as number[]).map((l, i) => run(1e6 * 2 ** i, l)) });
		expect(fit.optimum).toBeUndefined();
		expect(fit.problem).toBe(problem);
	});
});

describe('fitIsoFlops: the power law across budgets', () => {
	it.each([0.5, 0.73, 0.83])('recovers N_opt ∝ C^%s exactly, and D_opt ∝ C^(1−a)', (a) => {
		const fit = fitIsoFlops(sweep(a));
		expect(fit.params!.exponent).toBeCloseTo(a, 9);
		expect(fit.params!.k).toBeCloseTo(0.1, 6);
		expect(fit.tokens!.exponent).toBeCloseTo(1 - a, 9);
	});

	it('gives tokens per parameter at each optimum as C/(6 N_opt²)', () => {
		const fit = fitIsoFlops(sweep(0.5));
		const ratios = tokensPerParamAtOptima(fit);
		expect(ratios).toHaveLength(8);
		ratios.forEach(({ budget, tokensPerParam }, i) => {
			const N = fit.budgets[i].optimum!.params;
			expect(tokensPerParam / (budget / (6 * N * N))).toBeCloseTo(1, 12);
		});
		// With a = 0.5, D/N is the same at every budget: C/(6·0.01·C) = 16.7.
		for (const { tokensPerParam } of ratios) expect(tokensPerParam).toBeCloseTo(1 / 0.06, 6);
	});

	it('has no exponent, and no NaN, with fewer than two minima', () => {
		const fit = fitIsoFlops([parabolicBudget(1e18, 3e7), { budget: 2e18, runs: [] }]);
		expect(fit.params).toBeUndefined();
		expect(fit.budgets[1].problem).toBe('too-few');
	});
});

describe('on Porian et al.’s runs', () => {
	const exponent = (key: string) => fitIsoFlops(porianBudgetGroups(key)).params!.exponent;

	it.each([...PORIAN_CONFIG_KEYS])('%s: our exponent lies within 0.04 of the authors’', (key) => {
		const ours = exponent(key);
		expect(Number.isFinite(ours)).toBe(true);
		expect(Math.abs(ours - authorsFit(key).nExponent)).toBeLessThanOrEqual(0.04);
	});

	it('comes closer on all 15 than a naive five-point parabola (0.031 at worst): within 0.03, RefinedWeb’s Kaplan setup the farthest', () => {
		const gaps = PORIAN_CONFIG_KEYS.map((key) => Math.abs(exponent(key) - authorsFit(key).nExponent));
		expect(Math.max(...gaps)).toBeLessThanOrEqual(0.03);
		expect(gaps.indexOf(Math.max(...gaps))).toBe(0);
		// Every other configuration within 0.02.
		expect(Math.max(...gaps.slice(1))).toBeLessThanOrEqual(0.02);
	});

	it('walks RefinedWeb’s path ≈ 0.83 → 0.70 → 0.60 → 0.57 → 0.50, falling at every step', () => {
		const path = PORIAN_PATHS.rw.map((s) => exponent(s.key));
		[0.83, 0.7, 0.6, 0.57, 0.5].forEach((a, i) => expect(Math.abs(path[i] - a)).toBeLessThanOrEqual(0.04));
		for (let i = 1; i < path.length; i++) expect(path[i]).toBeLessThan(path[i - 1]);
		// Counting the head is the largest single step.
		const steps = path.slice(1).map((a, i) => path[i] - a);
		expect(steps.indexOf(Math.max(...steps))).toBe(0);
	});

	it.each([...PORIAN_CONFIG_KEYS])('%s: finds no optimum exactly where the authors found none', (key) => {
		const ours = fitIsoFlops(porianBudgetGroups(key)).budgets;
		const theirs = authorsFit(key).budgets;
		for (const b of ours) {
			if (b.count === 0) {
				expect(b.problem).toBe('too-few'); // Kaplan's counting has no runs at 2.56e19.
				continue;
			}
			const authors = theirs.find((t) => t.compute === b.budget)!;
			expect(b.optimum === undefined, `${b.budget}`).toBe(authors.optimum === undefined);
			if (b.optimum) expect(Number.isFinite(b.optimum.params) && Number.isFinite(b.optimum.loss)).toBe(true);
		}
	});

	it('is not bent by a wild loss-10 run at ten times the largest size in every budget', () => {
		const groups = porianBudgetGroups(PORIAN_PATHS.rw[4].key);
		const wild = groups.map((g) => ({
			budget: g.budget,
			runs: [...g.runs, runFromCompute(10 * Math.max(...g.runs.map((r) => r.params)), g.budget, 10)]
		}));
		expect(fitIsoFlops(wild).params!.exponent).toBeCloseTo(fitIsoFlops(groups).params!.exponent, 12);
	});
});

describe('bootstrapIsoFlopExponent: an interval for a from resampled runs', () => {
	const groups = porianBudgetGroups(PORIAN_PATHS.rw[0].key);

	it('brackets the point estimate, over 200 resamples that all give an exponent', () => {
		const b = bootstrapIsoFlopExponent(groups, { count: 200, seed: 7 })!;
		expect(b.exponent).toBeCloseTo(fitIsoFlops(groups).params!.exponent, 12);
		expect(b.interval![0]).toBeLessThan(b.exponent);
		expect(b.interval![1]).toBeGreaterThan(b.exponent);
		expect([b.count, b.usable, b.level]).toEqual([200, 200, 0.95]);
	});

	it('repeats exactly with the same seed and moves with another', () => {
		const once = bootstrapIsoFlopExponent(groups, { count: 50, seed: 3 });
		expect(bootstrapIsoFlopExponent(groups, { count: 50, seed: 3 })).toEqual(once);
		expect(bootstrapIsoFlopExponent(groups, { count: 50, seed: 4 })!.interval).not.toEqual(once!.interval);
	});

	it('narrows for a lower level (80% inside 95%)', () => {
		const wide = bootstrapIsoFlopExponent(groups, { count: 200, seed: 1 })!.interval!;
		const narrow = bootstrapIsoFlopExponent(groups, { count: 200, seed: 1, level: 0.8 })!.interval!;
		expect(narrow[0]).toBeGreaterThanOrEqual(wide[0]);
		expect(narrow[1]).toBeLessThanOrEqual(wide[1]);
		expect(narrow[1] - narrow[0]).toBeLessThan(wide[1] - wide[0]);
	});

	it.each([...PORIAN_CONFIG_KEYS])('%s: gives a finite interval around a finite exponent', (key) => {
		const b = bootstrapIsoFlopExponent(porianBudgetGroups(key), { count: 40, seed: 1 })!;
		expect([b.exponent, ...b.interval!].every(Number.isFinite)).toBe(true);
		expect(b.interval![0]).toBeLessThanOrEqual(b.exponent);
		expect(b.interval![1]).toBeGreaterThanOrEqual(b.exponent);
	});

	it('has nothing to say without an exponent, and refuses a bad count or level by value', () => {
		expect(bootstrapIsoFlopExponent([parabolicBudget(1e18, 3e7)])).toBeUndefined();
		expect(() => bootstrapIsoFlopExponent(groups, { count: 0 })).toThrow(/0/);
		expect(() => bootstrapIsoFlopExponent(groups, { level: 1.5 })).toThrow(/1.5/);
	});

	it('runs 200 resamples of a configuration within a slow phone’s budget (300 ms here; ≈ 10 ms measured)', () => {
		const start = performance.now();
		bootstrapIsoFlopExponent(groups, { count: 200, seed: 1 });
		expect(performance.now() - start).toBeLessThan(300);
	});
});
