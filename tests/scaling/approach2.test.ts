import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import {
	PAPER_ISOFLOP_BUDGETS,
	estimatePowerLaw,
	fitApproach2,
	fitBudget,
	groupByBudget,
	impliedExponents,
	runFromCompute,
	t95
} from '$lib/scaling';
import { expectRelative } from './helpers';
import { KNOWN_LAW, isoFlopRuns } from './synthetic';

describe('groupByBudget', () => {
	it('puts each run on the nearest budget within the tolerance and leaves the rest out', () => {
		const runs = [6.2e18, 9e18, 2e19, 2.9e19].map((C) => runFromCompute(1e8, C, 3));
		const groups = groupByBudget(runs, [1e19, 3e19], 0.1);
		expect(groups[0].runs.map((r) => r.compute)).toEqual([9e18]);
		expect(groups[1].runs.map((r) => r.compute)).toEqual([2.9e19]);
	});

	it('places most of the read-off Chinchilla runs on the paper’s nine budgets', () => {
		const placed = groupByBudget(chinchillaRuns).reduce((n, g) => n + g.runs.length, 0);
		expect(placed).toBeGreaterThan(150);
		expect(placed).toBeLessThan(245);
	});
});

describe('fitBudget', () => {
	const C = 1e20;
	const at = (N: number, loss: number) => runFromCompute(N, C, loss);

	it('finds the minimum of a parabola in ln N, and D = C/(6N) there', () => {
		const runs = [1e8, 3e8, 1e9, 3e9, 1e10].map((N) => at(N, 2.5 + 0.1 * Math.log(N / 1e9) ** 2));
		const fit = fitBudget({ budget: C, runs });
		expectRelative(fit.optimum!.params, 1e9, 1e-9);
		expectRelative(fit.optimum!.tokens, C / 6e9, 1e-9);
		expect(fit.optimum!.loss).toBeCloseTo(2.5, 9);
	});

	it.each([
		['too-few', [at(1e8, 3), at(1e9, 2.9)]],
		['too-few', [at(1e8, 3), at(1e8, 2.9), at(1e9, 2.8)]],
		['no-minimum', [1e8, 1e9, 1e10].map((N, i) => at(N, [2, 2.5, 2.1][i]))],
		['outside', [1e8, 1e9, 1e10].map((N, i) => at(N, [3, 2.6, 2.4][i]))]
	])('says %s instead of inventing a minimum', (problem, runs) => {
		const fit = fitBudget({ budget: C, runs });
		expect(fit.problem).toBe(problem);
		expect(fit.optimum).toBeUndefined();
	});
});

describe('estimatePowerLaw', () => {
	it('recovers an exact power law with zero standard error', () => {
		const xs = [1e19, 1e20, 1e21, 1e22];
		const fit = estimatePowerLaw(
			xs,
			xs.map((x) => 0.1 * x ** 0.5)
		);
		expect(fit.exponent).toBeCloseTo(0.5, 12);
		expectRelative(fit.k, 0.1, 1e-9);
		expect(fit.standardError).toBeLessThan(1e-12);
	});

	it('gives the textbook 95% interval: slope ± t(n−2)·SE', () => {
		const fit = estimatePowerLaw([1, 10, 100, 1000], [1, 12, 90, 1100]);
		expect(fit.interval[1] - fit.exponent).toBeCloseTo(t95(2) * fit.standardError, 12);
		expect(fit.interval[0]).toBeLessThan(fit.exponent);
	});

	it('has no interval from two points, and refuses fewer', () => {
		expect(estimatePowerLaw([1, 10], [1, 3]).standardError).toBe(Infinity);
		expect(() => estimatePowerLaw([1], [1])).toThrow(/at least 2/);
	});

	it.each([
		[1, 12.706],
		[7, 2.365],
		[30, 2.042],
		[200, 1.96]
	])('t95(%d) = %d', (dof, t) => expect(t95(dof)).toBe(t));
});

describe('fitApproach2', () => {
	it('recovers a = β/(α+β) from noiseless IsoFLOP grids of a known law', () => {
		const fit = fitApproach2(isoFlopRuns(KNOWN_LAW));
		expect(fit.budgets.every((b) => b.optimum)).toBe(true);
		expect(Math.abs(fit.params!.exponent - impliedExponents(KNOWN_LAW).a)).toBeLessThan(0.01);
		// D = C/(6N) at every minimum, so b = 1 − a exactly.
		expect(fit.params!.exponent + fit.tokens!.exponent).toBeCloseTo(1, 12);
	});

	it('gives no power law from fewer than two minima', () => {
		const fit = fitApproach2(isoFlopRuns(KNOWN_LAW, { budgets: [1e20] }), [1e20]);
		expect(fit.budgets).toHaveLength(1);
		expect(fit.params).toBeUndefined();
	});

	it('on the read-off runs gives a ≈ 0.5 with an interval that contains the paper’s 0.49', () => {
		const fit = fitApproach2(chinchillaRuns);
		expect(fit.budgets.filter((b) => b.optimum).length).toBeGreaterThanOrEqual(7);
		expect(fit.params!.exponent).toBeCloseTo(0.5, 1);
		expect(fit.params!.interval[0]).toBeLessThan(0.49);
		expect(fit.params!.interval[1]).toBeGreaterThan(0.49);
		expect(fit.budgets.map((b) => b.budget)).toEqual([...PAPER_ISOFLOP_BUDGETS]);
	});
});
