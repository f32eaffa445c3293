import { describe, expect, it } from 'vitest';
import {
	evalParabola,
	fitParabola,
	isoFlopBudgets,
	isoFlopProfile,
	parabolaVertex,
	parametricPresets,
	profileMinimum,
	trainingCompute
} from '$lib/scaling';
import { expectRelative } from './helpers';

const law = parametricPresets.hoffmann2022.law;

describe('isoFlopProfile', () => {
	it.each(isoFlopBudgets)('every point spends the budget %d', (C) => {
		for (const p of isoFlopProfile(law, C)) expectRelative(trainingCompute(p.params, p.tokens), C, 1e-12);
	});

	it.each(isoFlopBudgets)('its lowest sampled loss is no lower than the closed-form minimum at C=%d', (C) => {
		const lowest = Math.min(...isoFlopProfile(law, C).map((p) => p.loss));
		expect(profileMinimum(law, C).loss).toBeLessThanOrEqual(lowest + 1e-12);
	});

	it('spans the requested decades around the optimum, log-spaced', () => {
		const points = isoFlopProfile(law, 1e21, { points: 5, spanDecades: 1 });
		const center = profileMinimum(law, 1e21).params;
		expectRelative(points[0].params, center / 10, 1e-12);
		expectRelative(points[2].params, center, 1e-12);
		expectRelative(points[4].params, center * 10, 1e-12);
	});
});

describe('fitParabola', () => {
	it.each([
		[1, -2, 0.5],
		[2.3, 0.1, 3],
		[100, -40, 4]
	])('recovers y = %d + %d·x + %d·x² exactly', (c0, c1, c2) => {
		const xs = [7, 8, 9, 10, 11, 12];
		const p = fitParabola(
			xs,
			xs.map((x) => c0 + c1 * x + c2 * x * x)
		);
		expect(p.c0).toBeCloseTo(c0, 8);
		expect(p.c1).toBeCloseTo(c1, 8);
		expect(p.c2).toBeCloseTo(c2, 8);
		expect(evalParabola(p, 3)).toBeCloseTo(c0 + 3 * c1 + 9 * c2, 8);
	});

	it('puts the vertex of an IsoFLOP profile within 2% of the true optimum (Approach 2 works)', () => {
		for (const C of isoFlopBudgets) {
			const points = isoFlopProfile(law, C, { points: 9, spanDecades: 0.6 });
			const p = fitParabola(
				points.map((q) => Math.log10(q.params)),
				points.map((q) => q.loss)
			);
			expectRelative(10 ** parabolaVertex(p), profileMinimum(law, C).params, 0.02);
		}
	});

	it.each([
		[[1, 2], [1, 2], /at least 3/],
		[[1, 1, 1], [1, 2, 3], /distinct/],
		[[1, 2, 3], [1, 2], /same length/]
	])('refuses %j, %j', (xs, ys, message) => {
		expect(() => fitParabola(xs, ys)).toThrow(message);
	});

	it('refuses the vertex of a straight line', () => {
		expect(() => parabolaVertex({ c0: 1, c1: 2, c2: 0 })).toThrow(/no vertex/);
	});
});
