import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import { parametricPresets } from '$lib/scaling';
import {
	DEFAULT_SETTINGS,
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
