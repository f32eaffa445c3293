import { describe, expect, it } from 'vitest';
import { allocate, compareToOptimum, computeOverhead, loss, parametricLawIds, parametricPresets } from '$lib/scaling';
import { expectRelative } from './helpers';

describe.each(parametricLawIds)('compareToOptimum under %s', (lawId) => {
	it('finds nothing to gain for the compute-optimal model itself', () => {
		const { params, tokens } = allocate(lawId, 1e22);
		const c = compareToOptimum(lawId, params, tokens);
		expectRelative(c.sizeRatio, 1, 1e-9);
		expect(Math.abs(c.extraLoss)).toBeLessThan(1e-12);
		expect(Math.abs(c.computeOverhead)).toBeLessThan(1e-9);
	});

	it('finds Gopher larger than compute-optimal, with loss and compute to spare', () => {
		const c = compareToOptimum(lawId, 280e9, 300e9);
		expectRelative(c.computeBudget, 5.04e23, 1e-12);
		expect(c.sizeRatio).toBeGreaterThan(2);
		expect(c.extraLoss).toBeGreaterThan(0);
		expect(c.computeOverhead).toBeGreaterThan(0);
		expectRelative(c.tokensPerParam, 300 / 280, 1e-12);
	});

	it('agrees with computeOverhead', () => {
		const c = compareToOptimum(lawId, 7e9, 2e12);
		expectRelative(c.computeOverhead, computeOverhead(parametricPresets[lawId].law, 7e9, 2e12), 1e-12);
	});

	it('names a cheapest budget whose optimum reaches the same loss', () => {
		const c = compareToOptimum(lawId, 7e9, 2e12);
		const { params, tokens } = allocate(lawId, c.cheapestBudget);
		expectRelative(loss(lawId, params, tokens), c.loss, 1e-9);
		expectRelative(c.computeBudget / c.cheapestBudget - 1, c.computeOverhead, 1e-12);
	});
});
