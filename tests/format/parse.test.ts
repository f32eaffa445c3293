import { describe, expect, it } from 'vitest';
import { parseBudget, parseCompute, parseCount, parseNumber } from '$lib/format/parse';

const close = (actual: number | undefined, expected: number) => {
	expect(actual).toBeDefined();
	expect(Math.abs(actual! / expected - 1)).toBeLessThan(1e-12);
};

describe('parseNumber', () => {
	it.each([
		['5.76e23', 5.76e23],
		['5.76E+23', 5.76e23],
		['5.76 × 10^23', 5.76e23],
		['5.76x10^23', 5.76e23],
		['5.76*10**23', 5.76e23],
		['5.76 × 10²³', 5.76e23],
		['10^21', 1e21],
		['1,000', 1000],
		[' 42 ', 42],
		['2.5 × 10⁻³', 2.5e-3]
	])('reads %s', (text, value) => close(parseNumber(text), value));

	it.each(['', 'abc', '5.76e', '1e2e3', '--1', '10^', 'NaN', 'Infinity', '<b>1</b>', '1 2'])('refuses %j', (text) => {
		expect(parseNumber(text)).toBeUndefined();
	});
});

describe('parseCompute', () => {
	it.each([
		['5.76e23', 5.76e23],
		['5.76e23 FLOP', 5.76e23],
		['3 PF-days', 3 * 8.64e19],
		['3 pf-day', 3 * 8.64e19],
		['2 petaflop/s-days', 2 * 8.64e19],
		['1 ZFLOP/s-day', 8.64e25],
		['1 zettaflop/s-day', 8.64e25],
		['0.5 ZFLOPS-days', 0.5 * 8.64e25]
	])('reads %s', (text, value) => close(parseCompute(text), value));

	it.each(['3 parsecs', '5 GPU', 'PF-days', '1 zettaflop'])('refuses %j', (text) => {
		expect(parseCompute(text)).toBeUndefined();
	});
});

describe('parseBudget', () => {
	it('accepts a budget in range', () => {
		expect(parseBudget('5.76e23', 1e17, 1e28, 'r')).toEqual({ ok: true, value: 5.76e23 });
	});

	it.each([
		['0', /greater than zero/],
		['-1e20', /greater than zero/],
		['1e30', /only/],
		['1e10', /only/],
		['lots', /Could not read/]
	])('refuses %j with a clear message', (text, message) => {
		const result = parseBudget(text, 1e17, 1e28, '10¹⁷ to 10²⁸ FLOP');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});
});

describe('parseCount', () => {
	it.each([
		['100B', 100e9],
		['100 B tokens', 100e9],
		['1.4 T', 1.4e12],
		['1e11', 1e11],
		['70 b params', 70e9],
		// As Chinese readers write counts.
		['700 亿', 70e9],
		['700亿参数', 70e9],
		['1.4 万亿 词元', 1.4e12],
		['4000万', 4e7],
		['3 千', 3e3]
	])('reads %s', (text, value) => close(parseCount(text), value));

	it.each(['', 'many', '5 X', '5 亿亿', '万'])('refuses %j', (text) => {
		expect(parseCount(text)).toBeUndefined();
	});
});
