import { describe, expect, it } from 'vitest';
import { frontierOf, isoFlopBudgets, optimalLossOf, parametricLaw } from '$lib/scaling';
import { budgetsFor, domains, minimaLine, onAxis, plotted, profileCurve } from '$lib/widgets/iso-flop-chart/model';
import { expectRelative } from '../scaling/helpers';

const law = parametricLaw('hoffmann2022');

describe('the IsoFLOP figure', () => {
	it('draws a fan of ±1 and ±2 decades around the budget, or the paper’s nine, with the budget last', () => {
		expect(budgetsFor(1e21, false)).toEqual(
			[1e19, 1e20, 1e22, 1e23, 1e21].map((c, i) => (i === 4 ? c : expect.closeTo(c, -1)))
		);
		expect(budgetsFor(1e21, true)).toEqual([...isoFlopBudgets, 1e21]);
	});

	it.each([1e19, 1e21, 5.76e23])('puts each profile’s minimum on the frontier at C = %d', (C) => {
		const curve = profileCurve(law, C, true);
		expectRelative(curve.minimum.params, frontierOf(law).params(C), 1e-12);
		// Every sampled size costs at least the minimum's loss.
		for (const p of curve.points) expect(p.loss).toBeGreaterThanOrEqual(curve.minimum.loss - 1e-12);
	});

	it('finds the optimum with Approach 2’s parabola to within a few per cent', () => {
		const curve = profileCurve(law, 1e21, false);
		expectRelative(curve.vertex[0], curve.minimum.params, 0.05);
		expect(curve.parabola).toHaveLength(9);
	});

	it('draws the line through the minima from the smallest budget to the largest', () => {
		const line = minimaLine(law, [1e19, 1e23], 5);
		expect(line).toHaveLength(5);
		expectRelative(line[0].params, frontierOf(law).params(1e19), 1e-9);
		expectRelative(line[4].loss, optimalLossOf(law).at(1e23), 1e-9);
	});

	it('frames every curve and leaves room above the minima', () => {
		const curves = budgetsFor(1e21, false).map((C) => profileCurve(law, C, C === 1e21));
		const { x, y } = domains(curves);
		for (const c of curves) {
			expect(c.points[0].params).toBeGreaterThanOrEqual(x[0]);
			expect(c.minimum.loss).toBeGreaterThan(y[0]);
			expect(c.minimum.loss).toBeLessThan(y[1]);
		}
		const tokens = domains(curves, 'tokens').x;
		for (const c of curves) for (const p of c.points) expect(p.tokens).toBeGreaterThanOrEqual(tokens[0]);
	});

	it('draws against tokens too: the same budget, D = C/(6N)', () => {
		const curve = profileCurve(law, 1e21, true);
		expect(plotted(curve.minimum, 'tokens')).toEqual([curve.minimum.tokens, curve.minimum.loss]);
		const [D, L] = onAxis(curve.vertex, 1e21, 'tokens');
		expectRelative(D * curve.vertex[0] * 6, 1e21, 1e-12);
		expect(L).toBe(curve.vertex[1]);
		expect(onAxis(curve.vertex, 1e21, 'params')).toEqual(curve.vertex);
	});
});
