import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import { allocate, lossOf, parametricPresets, runFromTokens } from '$lib/scaling';
import {
	DEFAULT_SETTINGS,
	MIN_RUNS,
	TRUSTED,
	UNKNOWNS,
	approach2Of,
	budgetCount,
	fitSupport,
	hasInterval,
	FRONTIER_COMPUTE,
	REFERENCES,
	SUBSET_SPLIT,
	bandRows,
	defaultFit,
	frontierPoints,
	intervals,
	paramsOf,
	selectRuns,
	summariseBootstrap,
	toRows,
	usedLaw
} from '$lib/widgets/fit-explorer/model';
import { expectRelative } from '../scaling/helpers';

const epoch = parametricPresets.besiroglu2024.law;

describe('the fit figure', () => {
	it('starts from Epoch’s way on Epoch’s 240 runs, which gives their published law', () => {
		expect(selectRuns(chinchillaRuns, DEFAULT_SETTINGS)).toHaveLength(240);
		const { law } = defaultFit();
		for (const key of ['E', 'A', 'B', 'alpha', 'beta'] as const) expectRelative(law[key], epoch[key], 2e-3);
	});

	it.each([
		['all', true, 240],
		['all', false, 245]
	] as const)('subset %s with outliers dropped = %s keeps %d runs', (subset, dropOutliers, count) => {
		expect(selectRuns(chinchillaRuns, { ...DEFAULT_SETTINGS, subset, dropOutliers })).toHaveLength(count);
	});

	it('splits the runs at 1e20 FLOP into small and large, together all of them', () => {
		const small = selectRuns(chinchillaRuns, { ...DEFAULT_SETTINGS, subset: 'small' });
		const large = selectRuns(chinchillaRuns, { ...DEFAULT_SETTINGS, subset: 'large' });
		expect(small.every((r) => r.compute < SUBSET_SPLIT)).toBe(true);
		expect(large.every((r) => r.compute >= SUBSET_SPLIT)).toBe(true);
		expect(small.length + large.length).toBe(240);
	});

	it('adds the same noise for the same setting, and none at zero', () => {
		const noisy = { ...DEFAULT_SETTINGS, noise: 0.01 };
		expect(selectRuns(chinchillaRuns, noisy)).toEqual(selectRuns(chinchillaRuns, noisy));
		expect(selectRuns(chinchillaRuns, noisy)[0].loss).not.toBe(selectRuns(chinchillaRuns, DEFAULT_SETTINGS)[0].loss);
	});

	it('sends runs to the worker as [N, D, loss] rows', () => {
		const [first] = toRows(chinchillaRuns);
		expect(first).toEqual([chinchillaRuns[0].params, chinchillaRuns[0].tokens, chinchillaRuns[0].loss]);
	});

	it('rounds the exponents only when asked, as the paper printed them', () => {
		const unrounded = parametricPresets['hoffmann2022-unrounded'].law;
		expect(usedLaw(unrounded, 0)).toBe(unrounded);
		expect(usedLaw(unrounded, 2).alpha).toBe(0.34);
		expect(usedLaw(unrounded, 2).beta).toBe(0.28);
	});

	it('reports a and b beside the five constants, for the fit and both references', () => {
		expect(paramsOf(epoch).a).toBeCloseTo(0.513, 3);
		expect(REFERENCES.printed.a).toBeCloseTo(0.28 / 0.62, 12);
		expect(REFERENCES.epoch.b).toBeCloseTo(1 - REFERENCES.epoch.a, 12);
	});

	it('gives intervals that contain every refit’s middle and collapse for one law', () => {
		const laws = [0.3, 0.34, 0.38].map((alpha) => ({ ...epoch, alpha }));
		const spread = intervals(laws);
		expect(spread.alpha[0]).toBeLessThan(0.34);
		expect(spread.alpha[1]).toBeGreaterThan(0.34);
		expect(intervals([epoch]).beta).toEqual([epoch.beta, epoch.beta]);
	});

	it('draws the frontier over 1e18–1e28 and its band around it', () => {
		const points = frontierPoints(epoch, 'params');
		expect(points).toHaveLength(FRONTIER_COMPUTE.length);
		expect(points[0][0]).toBeCloseTo(1e18, -5);
		const laws = [0.33, 0.35, 0.37].map((alpha) => ({ ...epoch, alpha }));
		for (const [, low, high] of bandRows(laws, 'tokensPerParam')) expect(low).toBeLessThanOrEqual(high);
	});
});

describe('the bootstrap summary the worker sends', () => {
	const laws = [0.33, 0.34, 0.35, 0.36, 0.37].map((alpha) => ({ ...epoch, alpha }));

	it('holds intervals, both bands and the range at Gopher’s budget, from the same laws', () => {
		const summary = summariseBootstrap(laws, 0);
		expect(summary.count).toBe(5);
		expect(summary.intervals.alpha[0]).toBeCloseTo(0.331, 3);
		expect(summary.bands.params).toEqual(bandRows(laws, 'params'));
		expect(summary.bands.tokensPerParam).toHaveLength(FRONTIER_COMPUTE.length);
		expect(summary.gopher[0]).toBeLessThan(summary.gopher[1]);
	});

	it('rounds the refits’ exponents like the fit’s when asked', () => {
		expect(summariseBootstrap(laws, 1).intervals.alpha).toEqual([0.3, 0.4]);
	});
});

describe('when the runs can carry a fit one can trust', () => {
	const loss = lossOf(parametricPresets.hoffmann2022.law);
	/** `each` runs per budget C (FLOP), sizes a factor 3 apart about the optimum, losses from the printed law. */
	const sweep = (budgets: number[], each: number) =>
		budgets.flatMap((C) => {
			const middle = allocate('hoffmann2022', C).params;
			return Array.from({ length: each }, (_, i) => {
				const N = middle * 3 ** (i - (each - 1) / 2);
				return runFromTokens(N, C / (6 * N), loss(N, C / (6 * N)));
			});
		});

	it.each([
		['5 runs on 1 budget', sweep([1e19], 5), 5, 1, false],
		['9 runs on 3 budgets (the issue’s case)', sweep([1e19, 1e20, 1e21], 3), 9, 3, false],
		['9 runs on 2 budgets', [...sweep([1e19], 5), ...sweep([1e20], 4)], 9, 2, false],
		['15 runs on 3 budgets (the pasted example)', sweep([1e19, 1e20, 1e21], 5), 15, 3, true],
		['20 runs on 2 budgets', sweep([1e19, 1e20], 10), 20, 2, false]
	])('%s: %d runs on %d budgets, trusted = %s', (_, runs, count, budgets, trusted) => {
		expect(fitSupport(runs)).toEqual({ runs: count, budgets, trusted });
	});

	it('trusts Epoch’s 240 read-off runs, which spread over at least the paper’s nine budgets', () => {
		const runs = selectRuns(chinchillaRuns, DEFAULT_SETTINGS);
		// Read off a plot, their compute scatters about the nine budgets, so the count comes out higher.
		expect(budgetCount(runs)).toBeGreaterThanOrEqual(9);
		expect(fitSupport(runs).trusted).toBe(true);
		for (const subset of ['small', 'large'] as const) {
			expect(fitSupport(selectRuns(chinchillaRuns, { ...DEFAULT_SETTINGS, subset })).trusted).toBe(true);
		}
	});

	it('counts runs scattered within a tenth of a decade of a budget as on it, and runs a fifth apart as two', () => {
		const at = (C: number) => runFromTokens(1e9, C / 6e9, 3);
		expect(budgetCount([at(1e20), at(1.2e20), at(0.9e20)])).toBe(1);
		expect(budgetCount([at(1e20), at(1.7e20)])).toBe(2);
	});

	it('needs three runs per unknown on at least three budgets', () => {
		expect(TRUSTED).toEqual({ runs: 3 * UNKNOWNS, budgets: 3 });
		expect(MIN_RUNS).toBe(UNKNOWNS + 1);
	});

	it.each([
		[[0.1, 0.5], true],
		[[-Infinity, Infinity], false],
		[[Number.NaN, 0.5], false],
		[undefined, false]
	] as const)('prints the interval %j: %s (else says there is none)', (interval, shown) => {
		expect(hasInterval(interval as [number, number] | undefined)).toBe(shown);
	});

	it('gives no interval for Approach 2 through two minima, which the figure says in words', () => {
		const fit = approach2Of([...sweep([1e19], 5), ...sweep([1e20], 4)]);
		expect(fit.params?.points).toBe(2);
		expect(hasInterval(fit.params?.interval)).toBe(false);
	});
});
