import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { landmarks } from '$lib/controls/budget';
import { models } from '$lib/data/models';
import { zh } from '$lib/i18n/zh';
import { trainingCompute } from '$lib/scaling';
import {
	createNumberFormat,
	ENGLISH_COUNT_UNITS,
	formatCount,
	formatCountTick,
	formatFixed,
	formatFlop,
	formatLoss,
	formatPercent,
	formatRounded,
	formatScientific,
	MISSING,
	significant,
	superscript
} from '$lib/format/numbers';

describe('formatCount (parameters and tokens)', () => {
	it.each([
		[70e9, '70 B'],
		[1.4e12, '1.4 T'],
		[32.19e9, '32.2 B'],
		[400e6, '400 M'],
		[175e9, '175 B'],
		[216.2e12, '216 T'],
		[999.96e9, '1 T'],
		[5e3, '5 K'],
		[20, '20'],
		[1.2e16, '1.2 × 10¹⁶']
	])('%d → %s', (x, shown) => {
		expect(formatCount(x)).toBe(shown);
	});
});

describe('formatFlop', () => {
	it.each([
		[5.76e23, '5.8 × 10²³'],
		[1e17, '1.0 × 10¹⁷'],
		[9.96e23, '1.0 × 10²⁴'],
		[8.64e19, '8.6 × 10¹⁹'],
		[3e21, '3.0 × 10²¹']
	])('%d → %s', (x, shown) => {
		expect(formatFlop(x)).toBe(shown);
	});

	it('rounds GPT-3’s budget, 6·175e9·300e9 = 3.15e23, to 3.2 × 10²³ in both editions, from the models’ data', () => {
		const gpt3 = models.find((m) => m.id === 'gpt3')!;
		const budget = trainingCompute(gpt3.params, gpt3.tokens);
		expect(formatFlop(budget)).toBe('3.2 × 10²³');
		expect(createNumberFormat(zh.locale, zh.countUnits).formatFlop(budget)).toBe('3.2 × 10²³');
		// The budget slider's landmark is the same number, not a second copy of it.
		expect(landmarks.find((mark) => mark.id === 'gpt3')!.at).toBe(budget);
	});

	it('rounds a number’s exact value at a tie, as toPrecision does (never by dividing by 10 ** exponent first)', () => {
		// Halves at three digits across every exponent the site writes: 1.025e-20, …, 9.995e35.
		fc.assert(
			fc.property(fc.integer({ min: 100, max: 999 }), fc.integer({ min: -20, max: 35 }), (digits, exponent) => {
				const x = Number(`${digits}5e${exponent - 3}`);
				const [mantissa, power] = Number(x.toPrecision(3)).toExponential(2).split('e');
				return formatScientific(x, 3) === `${mantissa} × 10${superscript(Number(power))}`;
			}),
			{ numRuns: 2000 }
		);
	});

	it('writes negative exponents with a superscript minus', () => {
		expect(formatScientific(2.5e-3)).toBe('2.5 × 10⁻³');
		expect(superscript(-12)).toBe('⁻¹²');
	});
});

describe('other formats', () => {
	it.each([
		[6666.67, '6,700'],
		[0.0067, '0.0067'],
		[1.23e6, '1.2 M']
	])('formatRounded(%d) → %s', (x, shown) => {
		expect(formatRounded(x)).toBe(shown);
	});

	it('gives losses three decimals and fractions as percentages', () => {
		expect(formatLoss(1.93712)).toBe('1.937');
		expect(formatPercent(0.4)).toBe('40%');
		expect(formatPercent(1.064)).toBe('110%');
		expect(significant(92.647, 3)).toBe('92.6');
	});

	it.each([NaN, Infinity, -Infinity])('never shows %d: every formatter prints an em dash', (x) => {
		for (const f of [formatCount, formatFlop, formatLoss, formatPercent, formatRounded, significant]) {
			expect(f(x)).toBe(MISSING);
		}
	});
});

describe('createNumberFormat: one formatter per locale', () => {
	const german = createNumberFormat('de-DE', [
		[1e12, 'Bio.'],
		[1e9, 'Mrd.']
	]);

	it('writes the locale’s digits and the edition’s count units', () => {
		expect(german.formatCount(1.4e12)).toBe('1,4 Bio.');
		expect(german.formatCount(70e9)).toBe('70 Mrd.');
		expect(german.formatLoss(1.93712)).toBe('1,937');
		expect(german.formatFlop(5.76e23)).toBe('5,8 × 10²³');
		expect(german.significant(6666.67, 2)).toBe('6.700');
	});

	it('keeps the English edition’s forms for English', () => {
		expect(formatFixed(0.4979, 3)).toBe('0.498');
		expect(formatCountTick(1e16)).toBe('10¹⁶');
		expect(formatCountTick(1e12)).toBe('1 T');
	});
});

describe('Chinese counts (万, 亿, 万亿)', () => {
	const chinese = createNumberFormat(zh.locale, zh.countUnits);

	it.each([
		[485e9, '4850 亿'],
		[280e9, '2800 亿'],
		[1e11, '1000 亿'],
		[1.4e12, '1.4 万亿'],
		[9.99e11, '9990 亿'],
		[7e10, '700 亿'],
		[5e7, '5000 万'],
		[2.05e11, '2050 亿']
	])('%s is “%s”: no digit grouping before the unit', (x, text) => {
		expect(chinese.formatCount(x)).toBe(text);
		expect(chinese.formatCountTick(x)).toBe(text);
	});

	it('never groups the digits before 万, 亿 or 万亿, whatever the count and precision', () => {
		fc.assert(
			fc.property(fc.double({ min: 1e4, max: 9.9e14, noNaN: true }), fc.integer({ min: 1, max: 4 }), (x, digits) => {
				const text = chinese.formatCount(x, digits);
				expect(text).toMatch(/^\d+(\.\d+)? (万|亿|万亿)$/);
				expect(chinese.formatRounded(x * 100, digits)).not.toMatch(/\d,\d{3}(\.\d+)? (万|亿|万亿)/);
			})
		);
	});
});

describe('the formatter writes what Intl.NumberFormat writes, without starting the browser’s locale data', () => {
	// Values as the formatter meets them: rounded to a few significant digits (toPrecision), any sign and size, and
	// raw doubles for the fixed-decimal forms (losses, exponents), ties such as 1.005 among them.
	const rounded = fc
		.tuple(fc.double({ min: -1e22, max: 1e22, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 6 }))
		.map(([x, digits]) => Number(x.toPrecision(digits)));
	const raw = fc.oneof(
		fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
		fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000 + 0.0005),
		fc.constantFrom(1.005, 2.675, 0.125, -0.0004, -0, 0, 1e-7, 1.23e-8, 5e-21, 999.9995)
	);

	for (const locale of ['en-US', 'zh-CN']) {
		const ours = createNumberFormat(locale, ENGLISH_COUNT_UNITS);
		const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: true });
		const ungrouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: false });
		const fixed = (decimals: number) =>
			new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

		it(`${locale}: significant digits, grouped from 1,000 on`, () => {
			fc.assert(
				fc.property(rounded, fc.integer({ min: 1, max: 6 }), (x, digits) => {
					const kept = Number(x.toPrecision(digits));
					const intl = kept === 0 ? '0' : (Math.abs(kept) >= 1e3 ? grouped : ungrouped).format(kept);
					expect(ours.significant(x, digits)).toBe(intl);
				}),
				{ numRuns: 2000 }
			);
		});

		it(`${locale}: a fixed count of decimals, rounded as Intl rounds`, () => {
			fc.assert(
				fc.property(raw, fc.integer({ min: 0, max: 6 }), (x, decimals) => {
					expect(ours.formatFixed(x, decimals)).toBe(fixed(decimals).format(x));
				}),
				{ numRuns: 2000 }
			);
			expect(ours.formatFixed(1.005, 2)).toBe('1.01');
			expect(ours.formatLoss(1.9365)).toBe(fixed(3).format(1.9365));
			expect(ours.formatFixed(12345.678, 1)).toBe('12,345.7');
		});

		it(`${locale}: counts before a unit, never grouped and never in exponent form`, () => {
			fc.assert(
				fc.property(fc.double({ min: 1e-9, max: 9.9e14, noNaN: true }), (x) => {
					expect(ours.formatCount(x)).not.toMatch(/e|NaN|,\d{3} /);
				})
			);
			expect(ours.significant(1.23e-8)).toBe('0.0000000123');
			expect(ours.significant(1e21, 1)).toBe('1,000,000,000,000,000,000,000');
		});
	}
});
