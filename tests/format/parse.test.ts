import { describe, expect, it } from 'vitest';
import {
	normaliseTyped,
	parseBudget,
	parseCompute,
	parseCount,
	parseNumber,
	problemMessage,
	readCompute,
	readCount,
	readExpression,
	readNumber
} from '$lib/format/parse';
import { zh } from '$lib/i18n/zh';

const close = (actual: number | undefined, expected: number) => {
	expect(actual).toBeDefined();
	if (expected === 0) expect(actual).toBe(0);
	else expect(Math.abs(actual! / expected - 1)).toBeLessThan(1e-12);
};

describe('normaliseTyped', () => {
	it.each([
		['４５％', '45%'],
		['０．４５', '0.45'],
		['０，４５', '0,45'],
		['0。45', '0.45'],
		['１ｅ２３', '1e23'],
		['（１０）／２', '(10)/2'],
		['−3', '-3'],
		['10²³', '10^23'],
		['10⁻³', '10^-3'],
		['5\u202F000\u2009000\u00A0000', '5 000 000 000'],
		['70\u3000亿', '70 亿']
	])('%j → %j', (text, expected) => expect(normaliseTyped(text)).toBe(expected));
});

describe('parseNumber reads numbers as people type them', () => {
	it.each([
		['5.76e23', 5.76e23],
		['5.76E+23', 5.76e23],
		['5.76 × 10^23', 5.76e23],
		['5.76x10^23', 5.76e23],
		['5.76 X 10^23', 5.76e23],
		['5.76*10**23', 5.76e23],
		['5.76 · 10^23', 5.76e23],
		['5.76 × 10²³', 5.76e23],
		['10^21', 1e21],
		['10^(-3)', 1e-3],
		['2.5 × 10⁻³', 2.5e-3],
		[' 42 ', 42],
		['-7', -7],
		['+7', 7],
		['.5', 0.5],
		['5.', 5],
		// Thousands grouped by spaces of every width, or by several commas or points.
		['5 000 000 000', 5e9],
		['5\u2009000\u2009000\u2009000', 5e9],
		['5\u202F000\u202F000', 5e6],
		['5\u00A0000', 5000],
		['1,400,000,000,000', 1.4e12],
		['1,000,000', 1e6],
		['1.500.000', 1.5e6],
		['1,234.5', 1234.5],
		['1.234,5', 1234.5],
		['1 234,5', 1234.5],
		['1 500.25', 1500.25],
		// A decimal comma wherever it cannot be a thousands separator.
		['0,45', 0.45],
		['0,450', 0.45],
		['2,5', 2.5],
		['12,34', 12.34],
		['1,5000', 1.5],
		['1500,000', 1500],
		[',5', 0.5],
		['5,04e23', 5.04e23],
		['5,040e23', 5.04e23],
		['5,76 × 10^23', 5.76e23],
		['-0,5', -0.5],
		// Full-width, as Chinese input methods type.
		['４５', 45],
		['０．４５', 0.45],
		['５．７６ｅ２３', 5.76e23],
		['1，000，000', 1e6],
		['0，45', 0.45]
	])('reads %j as %d', (text, value) => close(parseNumber(text), value));

	it.each([
		'',
		' ',
		'abc',
		'5.76e',
		'1e2e3',
		'--1',
		'10^',
		'NaN',
		'Infinity',
		'1e999',
		'<b>1</b>',
		'1 2',
		'12 34',
		'1 0000',
		'1,00,000',
		'1,2,3',
		'1..5',
		'1.2.3',
		'1,000.000,5',
		'1.5 00',
		'1,500 000',
		'5,',
		'.',
		',',
		'1 000,000,000',
		'5 e3',
		'510^3',
		'x10^3',
		'10^0.5',
		'√10',
		'28/62'
	])('refuses %j', (text) => {
		expect(parseNumber(text)).toBeUndefined();
	});

	it.each([
		['1,500', 1500, 1.5],
		['1,000', 1000, 1],
		['12,345', 12345, 12.345],
		['-1,500', -1500, -1.5],
		['6,700', 6700, 6.7],
		['1，500', 1500, 1.5],
		['1,500 × 10^3', 1500, 1.5]
	])('refuses %j with a reason: it could be %d or %d', (text, thousands, decimal) => {
		const reading = readNumber(text);
		expect(reading).toEqual({ ok: false, problem: { kind: 'ambiguous-comma', thousands, decimal } });
		expect(parseNumber(text)).toBeUndefined();
	});

	it('says how to write an ambiguous number instead, in both editions', () => {
		const reading = readNumber('1,500');
		if (reading.ok || !reading.problem) throw new Error('1,500 was not refused with a reason');
		const message = problemMessage(reading.problem, '1,500');
		expect(message).toContain('“1,500”');
		expect(message).toMatch(/1500.*1\.5/);
		expect(zh.parse.ambiguousComma('1,500', '1500', '1.5')).toMatch(/“1,500”.*1500.*1\.5/);
	});

	it('gives other refusals no reason: the field’s own message applies', () => {
		expect(readNumber('lots')).toEqual({ ok: false });
	});
});

describe('readExpression reads the arithmetic of a plain number or ratio', () => {
	it.each([
		['10^0.5', Math.sqrt(10)],
		['10 ^ 0.5', Math.sqrt(10)],
		['10**0.5'.replace('**', '^'), Math.sqrt(10)],
		['√10', Math.sqrt(10)],
		['√ 10', Math.sqrt(10)],
		['√(10)', Math.sqrt(10)],
		['sqrt(10)', Math.sqrt(10)],
		['SQRT(10)', Math.sqrt(10)],
		['28/62', 28 / 62],
		['28 / 62', 28 / 62],
		['28÷62', 28 / 62],
		['0.28/(0.34+0.28)', 0.28 / 0.62],
		['0,28/(0,34+0,28)', 0.28 / 0.62],
		['10^(1/2)', Math.sqrt(10)],
		['2^3^2', 2 ** 9],
		['10^-3', 1e-3],
		['-2^2', -4],
		['(-2)^2', 4],
		['2 × 3', 6],
		['2x3', 6],
		['2 · 3', 6],
		['15e12/8e9', 1875],
		['15 000 000 000 000 / 8 000 000 000', 1875],
		['1 - 0.5', 0.5],
		['√10/2', Math.sqrt(10) / 2],
		['3.2', 3.2],
		['5.76 × 10^23', 5.76e23]
	])('%j = %d', (text, value) => {
		const reading = readExpression(text);
		expect(reading.ok).toBe(true);
		if (reading.ok) close(reading.value, value);
	});

	it.each([
		'',
		'sqrt 10',
		'sqrt(10',
		'(1',
		'1)',
		'2 3',
		'1/0',
		'sqrt(-1)',
		'2^',
		'*2',
		'10^^2',
		'ten',
		'alert(1)',
		'1;2',
		'2√10',
		'1'.repeat(200)
	])('refuses %j', (text) => {
		expect(readExpression(text)).toEqual({ ok: false });
	});

	it('carries an ambiguous number’s reason out of the expression', () => {
		expect(readExpression('1,500/2')).toMatchObject({ ok: false, problem: { kind: 'ambiguous-comma' } });
	});
});

describe('parseCompute', () => {
	it.each([
		['5.76e23', 5.76e23],
		['5.76e23 FLOP', 5.76e23],
		['5.76e23 FLOPs', 5.76e23],
		['5,76e23 FLOP', 5.76e23],
		['5.76 × 10²³ FLOP', 5.76e23],
		['5.76e23 次浮点运算', 5.76e23],
		['５．７６ｅ２３', 5.76e23],
		['3 PF-days', 3 * 8.64e19],
		['3 pf-day', 3 * 8.64e19],
		['6 700 PF-days', 6700 * 8.64e19],
		['6,700,000 PF-days', 6.7e6 * 8.64e19],
		['2 petaflop/s-days', 2 * 8.64e19],
		['1 ZFLOP/s-day', 8.64e25],
		['1 zettaflop/s-day', 8.64e25],
		['0.5 ZFLOPS-days', 0.5 * 8.64e25],
		['0,5 ZFLOPS-days', 0.5 * 8.64e25],
		// The Chinese edition's own words for the same units, as its labels and prose write them.
		['3 PF-天', 3 * 8.64e19],
		['3 PF天', 3 * 8.64e19],
		['3 PF·天', 3 * 8.64e19],
		['3 PF－天', 3 * 8.64e19],
		['6700 PF-日', 6700 * 8.64e19],
		['2 petaflop/s-天', 2 * 8.64e19],
		['1 zettaFLOP/s-天', 8.64e25],
		['0.5 ZFLOPS·天', 0.5 * 8.64e25]
	])('reads %s', (text, value) => close(parseCompute(text), value));

	it.each(['3 parsecs', '5 GPU', 'PF-days', '1 zettaflop', '70 B', '5 亿', '3 天', '3 PF-年', 'PF-天'])(
		'refuses %j',
		(text) => {
			expect(parseCompute(text)).toBeUndefined();
		}
	);

	it('refuses "6,700 PF-days" with its reason rather than read 6.7 or 6700', () => {
		expect(readCompute('6,700 PF-days')).toMatchObject({ ok: false, problem: { thousands: 6700, decimal: 6.7 } });
	});
});

describe('parseBudget', () => {
	it('accepts a budget in range', () => {
		expect(parseBudget('5.76e23', 1e17, 1e28, 'r')).toEqual({ ok: true, value: 5.76e23 });
		expect(parseBudget('5,76e23', 1e17, 1e28, 'r')).toEqual({ ok: true, value: 5.76e23 });
	});

	it.each([
		['0', /greater than zero/],
		['-1e20', /greater than zero/],
		['1e30', /only/],
		['1e10', /only/],
		['lots', /Could not read/],
		['1,500 PF-days', /the comma could group thousands \(1500\) or mark a decimal \(1\.5\)/]
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
		['70 billion', 70e9],
		['70 billion parameters', 70e9],
		['70 Billion', 70e9],
		['5 bn', 5e9],
		['5bn', 5e9],
		['5 bln', 5e9],
		['400 million', 400e6],
		['400 mn', 400e6],
		['1.4 trillion tokens', 1.4e12],
		['2 tn', 2e12],
		['3 thousand', 3e3],
		['3 k', 3e3],
		['5 000 000 000', 5e9],
		['5\u202F000\u202F000\u202F000 parameters', 5e9],
		['5,000,000,000', 5e9],
		['1 500 B', 1.5e12],
		['0,5 B', 0.5e9],
		['5 × 10^9', 5e9],
		// As Chinese readers write counts, and as the Chinese edition prints them ("1,000 亿").
		['700 亿', 70e9],
		['700亿参数', 70e9],
		['700 亿个参数', 70e9],
		['1.4 万亿 词元', 1.4e12],
		['4000万', 4e7],
		['3 千', 3e3],
		['1,000 亿', 1e11],
		['4,850 亿', 4.85e11],
		['1，000 亿', 1e11],
		['７００亿', 70e9],
		['1．4 万亿', 1.4e12]
	])('reads %j as %d', (text, value) => close(parseCount(text), value));

	it.each(['', 'many', '5 X', '5 亿亿', '万', 'billion', '5 billions of', '1 2 B'])('refuses %j', (text) => {
		expect(parseCount(text)).toBeUndefined();
	});

	it.each([
		['1,500 B', 1500, 1.5],
		['1,500', 1500, 1.5],
		['7,500 billion', 7500, 7.5]
	])('refuses %j with its reason (%d or %d)', (text, thousands, decimal) => {
		expect(readCount(text)).toEqual({ ok: false, problem: { kind: 'ambiguous-comma', thousands, decimal } });
	});
});
