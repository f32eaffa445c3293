import { describe, expect, it } from 'vitest';
import { frontier, optimalLoss, trainingCompute } from '$lib/scaling';
import { frontierLine } from '$lib/widgets/frontier-line';
import { contourRows, contoursFor, domain, isoFlopLine } from '$lib/widgets/iso-loss/model';
import { expectRelative } from '../scaling/helpers';

describe('the iso-loss map', () => {
	it('traces each law’s contours once and hands back the same lines after', () => {
		expect(contoursFor('hoffmann2022')).toBe(contoursFor('hoffmann2022'));
		expect(contoursFor('besiroglu2024')).not.toBe(contoursFor('hoffmann2022'));
	});

	it('draws the iso-FLOP line across the map, every point costing the budget', () => {
		const line = isoFlopLine(5.76e23);
		expect(line[0][0]).toBe(domain.params[0]);
		expect(line.at(-1)![0]).toBe(domain.params[1]);
		for (const [N, D] of line) expectRelative(trainingCompute(N, D), 5.76e23, 1e-12);
	});

	it('lists for each contour the cheapest budget that reaches it, and its optimum', () => {
		const rows = contourRows('hoffmann2022', contoursFor('hoffmann2022'));
		expect(rows.length).toBeGreaterThan(5);
		for (const row of rows) {
			expectRelative(optimalLoss('hoffmann2022').at(row.cheapest), row.level, 1e-9);
			expectRelative(trainingCompute(row.params, row.tokens), row.cheapest, 1e-9);
			expect(row.minParams).toBeLessThan(row.params);
		}
	});

	it('draws the frontier through the optimum of each budget', () => {
		const f = frontier('besiroglu2024');
		const line = frontierLine('besiroglu2024', [1e20, 1e24]);
		expectRelative(line[1][0], f.params(1e24), 1e-12);
		expectRelative(line[1][1], f.tokens(1e24), 1e-12);
	});
});
