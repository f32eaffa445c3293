import { describe, expect, it } from 'vitest';
import { allocate, exponentsOf } from '$lib/scaling';
import {
	fitLine,
	fitValue,
	gap,
	handleBudgets,
	measuredOptima,
	slope,
	startValue,
	xDomain,
	yDomains
} from '$lib/widgets/draw-frontier/model';

describe('draw the frontier', () => {
	it('measures a perfect guess as no gap, with the fit’s own exponents', () => {
		for (const law of ['hoffmann2022', 'besiroglu2024'] as const) {
			const { a, b } = exponentsOf(law);
			const exact = handleBudgets.map((C) => fitValue(law, 'params', C)) as [number, number];
			const g = gap(law, 'params', exact);
			expect(g.yours).toBeCloseTo(a, 9);
			expect(g.fit).toBeCloseTo(a, 12);
			for (const f of g.factors) expect(f).toBeCloseTo(1, 9);
			const ratio = handleBudgets.map((C) => fitValue(law, 'ratio', C)) as [number, number];
			expect(gap(law, 'ratio', ratio).yours).toBeCloseTo(b - a, 9);
		}
	});

	it('reads the flat starting line as an exponent of zero, and factors from the core', () => {
		const g = gap('besiroglu2024', 'params', [startValue.params, startValue.params]);
		expect(g.yours).toBe(0);
		expect(g.factors[1]).toBeCloseTo(1e10 / allocate('besiroglu2024', 1e25).params, 9);
		expect(slope([1e19, 1e9], [1e25, 1e12])).toBeCloseTo(0.5, 12);
	});

	it('draws the fit’s line across the plot and finds the measured optima near it', () => {
		const line = fitLine('besiroglu2024', 'params');
		expect(line[0][0]).toBeCloseTo(xDomain[0], -10);
		expect(line.at(-1)![0] / xDomain[1]).toBeCloseTo(1, 9);
		expect(measuredOptima.length).toBeGreaterThanOrEqual(7);
		for (const m of measuredOptima) {
			expect(m.params).toBeGreaterThan(yDomains.params[0]);
			expect(m.ratio).toBeGreaterThan(yDomains.ratio[0]);
			// Within a factor of three of Epoch's frontier at each budget.
			expect(Math.abs(Math.log10(m.params / fitValue('besiroglu2024', 'params', m.budget)))).toBeLessThan(0.5);
		}
	});
});
