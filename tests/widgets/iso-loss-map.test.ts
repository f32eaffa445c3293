import { describe, expect, it } from 'vitest';
import { allocate, frontier, optimalLoss, trainingCompute } from '$lib/scaling';
import { frontierLine } from '$lib/widgets/frontier-line';
import {
	constantRatioLine,
	contourRows,
	contoursFor,
	contourThrough,
	domain,
	isoFlopLine,
	onBudget,
	tenfold,
	valley,
	valleyRange
} from '$lib/widgets/iso-loss-map/model';
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

describe('tangency, the valley and growth', () => {
	it('draws the contour through a point with the point itself as a vertex', () => {
		const optimum = allocate('besiroglu2024', 5.76e23);
		const { level, points } = contourThrough('besiroglu2024', [optimum.params, optimum.tokens]);
		expectRelative(level, optimalLoss('besiroglu2024').at(5.76e23), 1e-12);
		expect(points).toContainEqual([optimum.params, optimum.tokens]);
		for (let i = 1; i < points.length; i++) expect(points[i][0]).toBeGreaterThanOrEqual(points[i - 1][0]);
	});

	it('keeps “your model” on the budget: 6·N·D = C exactly, inside the map', () => {
		for (const [C, N] of [
			[5.76e23, 280e9],
			[1e21, 1e7],
			[1e28, 1e7],
			[1e18, 1e14]
		]) {
			const m = onBudget(C, N);
			expectRelative(trainingCompute(m.params, m.tokens), C, 1e-12);
			expect(m.params).toBeGreaterThanOrEqual(domain.params[0]);
			expect(m.tokens).toBeLessThanOrEqual(domain.tokens[1] * (1 + 1e-12));
			expect(m.tokens).toBeGreaterThanOrEqual(domain.tokens[0] * (1 - 1e-12));
		}
	});

	it('has its valley’s lowest point at the optimum', () => {
		const C = 1e22;
		const points = valley('besiroglu2024', C, valleyRange('besiroglu2024', C), 401);
		const lowest = points.reduce((a, b) => (b[1] < a[1] ? b : a));
		expectRelative(lowest[0], allocate('besiroglu2024', C).params, 0.02);
		expect(lowest[1]).toBeGreaterThanOrEqual(optimalLoss('besiroglu2024').at(C) - 1e-12);
	});

	it('moves the optimum by 10^a and 10^b for ten times the compute', () => {
		const { params, tokens, a, b } = tenfold('besiroglu2024');
		const [now, then] = [allocate('besiroglu2024', 1e21), allocate('besiroglu2024', 1e22)];
		expectRelative(then.params / now.params, params, 1e-9);
		expectRelative(then.tokens / now.tokens, tokens, 1e-9);
		expectRelative(a + b, 1, 1e-12);
	});

	it('draws the line of constant tokens per parameter with slope 1', () => {
		const [[n0, d0], [n1, d1]] = constantRatioLine(20);
		expectRelative(d0 / n0, 20, 1e-12);
		expectRelative(d1 / n1, 20, 1e-12);
	});
});
