import { describe, expect, it } from 'vitest';
import { optimalLossOf, parametricPresets } from '$lib/scaling';
import { DEMAND_RANGE, SWEEP, demandAt, positionOf, sweep, targetLoss } from '$lib/widgets/lifetime/model';

const epoch = parametricPresets.besiroglu2024.law;

describe('the lifetime figure', () => {
	it('reads its demand slider in decades, with "none" at the left end', () => {
		expect(demandAt(DEMAND_RANGE[0])).toBe(0);
		expect(demandAt(12)).toBeCloseTo(1e12, -3);
		expect(demandAt(99)).toBe(1e15);
		expect(positionOf(0)).toBe(DEMAND_RANGE[0]);
		expect(positionOf(1e13)).toBeCloseTo(13, 12);
		expect(positionOf(1)).toBe(DEMAND_RANGE[0] + 1);
	});

	it('targets the loss Chinchilla-optimal training reaches on the budget', () => {
		expect(targetLoss(epoch, 1e22)).toBe(optimalLossOf(epoch).at(1e22));
	});

	it('sweeps demand from none to a quadrillion tokens, the savings growing', () => {
		const rows = sweep(epoch, targetLoss(epoch, 5.76e23));
		expect(rows.map((r) => r.demand)).toEqual([...SWEEP]);
		expect(rows[0].optimum.saving).toBeCloseTo(0, 9);
		for (let i = 1; i < rows.length; i++) expect(rows[i].optimum.saving).toBeGreaterThan(rows[i - 1].optimum.saving);
	});
});
