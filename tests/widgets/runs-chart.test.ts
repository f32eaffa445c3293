import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import { optimalLossOf, parametricLaw } from '$lib/scaling';
import { COMPUTE_DOMAIN, dataEnd, envelope, lossDomain, runPoints, sizeBin } from '$lib/widgets/runs-chart/model';

const law = parametricLaw('besiroglu2024');

describe('the runs figure', () => {
	it.each([
		[7e7, 0],
		[1e8, 1],
		[5e8, 2],
		[2e9, 3],
		[5e9, 4],
		[1.6e10, 5]
	])('puts a %d-parameter model in size bin %d', (N, bin) => expect(sizeBin(N)).toBe(bin));

	it('orders the points by compute, so the arrow keys walk along the budget axis', () => {
		const points = runPoints(chinchillaRuns);
		expect(points).toHaveLength(245);
		for (let i = 1; i < points.length; i++)
			expect(points[i].run.compute).toBeGreaterThanOrEqual(points[i - 1].run.compute);
		expect(points[0].at).toEqual([points[0].run.compute, points[0].run.loss]);
	});

	it('draws the envelope L*(C) across the whole compute axis, falling', () => {
		const curve = envelope(law);
		expect(curve[0][0]).toBeCloseTo(COMPUTE_DOMAIN[0], -10);
		expect(curve.at(-1)![0] / COMPUTE_DOMAIN[1]).toBeCloseTo(1, 9);
		for (let i = 1; i < curve.length; i++) expect(curve[i][1]).toBeLessThan(curve[i - 1][1]);
		expect(curve[10][1]).toBeCloseTo(optimalLossOf(law).at(curve[10][0]), 12);
	});

	it('keeps every run and the envelope inside the loss axis', () => {
		const [low, high] = lossDomain(chinchillaRuns, law);
		for (const r of chinchillaRuns) expect(r.loss > low && r.loss < high).toBe(true);
		expect(envelope(law).every(([, L]) => L > low)).toBe(true);
	});

	it('marks extrapolation from the largest run on', () => {
		expect(dataEnd(chinchillaRuns)).toBe(Math.max(...chinchillaRuns.map((r) => r.compute)));
	});
});
