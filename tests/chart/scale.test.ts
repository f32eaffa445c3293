import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from '$lib/chart/scale';
import { decadeTicks, tickLabels, ticksFor } from '$lib/chart/ticks';

describe('scaleLinear', () => {
	const x = scaleLinear([0, 10], [100, 200]);

	it.each([
		[0, 100],
		[5, 150],
		[10, 200],
		[-5, 50]
	])('maps %d to %d pixels', (value, pixel) => {
		expect(x(value)).toBeCloseTo(pixel, 12);
	});

	it('inverts its mapping', () => {
		for (const v of [-3, 0, 2.5, 7, 12]) expect(x.invert(x(v))).toBeCloseTo(v, 12);
	});

	it('reports its domain and range and gives round ticks', () => {
		expect(x.domain()).toEqual([0, 10]);
		expect(x.range()).toEqual([100, 200]);
		expect(x.ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
	});

	it('runs downwards for a y axis', () => {
		const y = scaleLinear([1.8, 2.4], [400, 16]);
		expect(y(1.8)).toBe(400);
		expect(y(2.4)).toBeCloseTo(16, 12);
		expect(y.invert(208)).toBeCloseTo(2.1, 12);
	});

	it('maps a zero-width domain to the middle instead of dividing by zero', () => {
		const flat = scaleLinear([3, 3], [0, 100]);
		expect(flat(3)).toBe(50);
		expect(flat.invert(10)).toBe(3);
	});
});

describe('scaleLog', () => {
	const x = scaleLog([1e7, 1e14], [58, 758]);

	it('gives equal steps to equal ratios', () => {
		expect(x(1e7)).toBeCloseTo(58, 9);
		expect(x(1e14)).toBeCloseTo(758, 9);
		expect(x(1e8) - x(1e7)).toBeCloseTo(x(1e14) - x(1e13), 9);
		expect(x(1e8) - x(1e7)).toBeCloseTo(100, 9);
	});

	it('inverts to within float precision across fourteen decades', () => {
		for (const v of [1e7, 3.3e9, 7e10, 1e14]) expect(Math.abs(x.invert(x(v)) / v - 1)).toBeLessThan(1e-12);
	});

	it('has no place for zero or negative values', () => {
		expect(x(0)).toBe(-Infinity);
		expect(x(-1)).toBeNaN();
	});

	it('is ticked in decades by the axes', () => {
		expect(ticksFor(x, 'log', 8)).toEqual([1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14]);
		expect(decadeTicks([1e7, 1e14], 4)).toEqual([1e7, 1e9, 1e11, 1e13]);
	});
});

describe('tickLabels', () => {
	const count = (v: number) => `${v / 1e12} T`;

	it('writes every tick of a log axis that reaches 10¹⁵ as a power of ten', () => {
		expect(tickLabels([1e12, 1e14, 1e16], 'log', count)).toEqual(['10¹²', '10¹⁴', '10¹⁶']);
	});

	it('uses the quantity’s own format below that, and on linear axes', () => {
		expect(tickLabels([1e12, 1e13], 'log', count)).toEqual(['1 T', '10 T']);
		expect(tickLabels([2, 2.5], 'linear', String)).toEqual(['2', '2.5']);
	});
});
