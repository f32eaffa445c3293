// The one number formatter: every number the reader sees goes through here ("70 B", "1.4 T", "5.8 × 10²³").
// Non-finite input never reaches the screen as NaN or Infinity: it becomes an em dash, and callers explain why.
// Built per locale (createNumberFormat); the English one is also exported function by function.

const SUPERSCRIPT: Record<string, string> = {
	'-': '⁻',
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹'
};

/** What a number that cannot be shown (NaN, ±Infinity) is shown as. */
export const MISSING = '—';

/** "23" → "²³". */
export function superscript(digits: number | string): string {
	return String(digits).replace(/[-0-9]/g, (d) => SUPERSCRIPT[d]);
}

/**
 * Mantissa and exponent with the mantissa rounded to `digits` significant digits (9.96e23 → 1.0 × 10²⁴). Rounded from
 * the number's exact value, as toExponential does in every engine: dividing by 10 ** exponent first did not (10²³ is
 * not a double, and engines compute it differently), so GPT-3's 6·175e9·300e9 = 3.15e23 read 3.2 × 10²³ on a page
 * prerendered by Node and 3.1 × 10²³ in the browser.
 */
export function scientific(x: number, digits = 2): { mantissa: number; exponent: number } {
	const [mantissa, exponent] = x
		.toExponential(digits - 1)
		.split('e')
		.map(Number);
	return { mantissa, exponent };
}

/** Count units from the largest down: English writes 1.4e12 as "1.4 T"; a Chinese edition would use 万 and 亿. */
export type CountUnits = readonly (readonly [size: number, unit: string])[];

export const ENGLISH_COUNT_UNITS: CountUnits = [
	[1e12, 'T'],
	[1e9, 'B'],
	[1e6, 'M'],
	[1e3, 'K']
];

export interface NumberFormat {
	/** Rounds to `digits` significant digits and drops trailing zeros: 32.19 → "32.2", 70 → "70". */
	significant(x: number, digits?: number): string;
	/** "5.8 × 10²³". */
	formatScientific(x: number, digits?: number): string;
	/**
	 * Parameters and tokens: "70 B", "1.4 T", "400 M" (Chinese "700 亿", "4850 亿", never "4,850 亿"); from 10¹⁵ on,
	 * "1.2 × 10¹⁶".
	 */
	formatCount(x: number, digits?: number): string;
	/** Axis ticks for counts (decades): "100 M", "1 T", and from 10¹⁵ on "10¹⁶" (never "1,000 T"). */
	formatCountTick(x: number): string;
	/** FLOP counts always in powers of ten: "5.8 × 10²³". */
	formatFlop(x: number): string;
	/** PF-days, hours and other quantities with two significant digits: "6,700", "1.2 M". */
	formatRounded(x: number, digits?: number): string;
	/** Loss in nats per token, to three decimals: "1.937". */
	formatLoss(x: number): string;
	/** A fraction as a percentage: 0.4 → "40%", 1.06 → "110%". */
	formatPercent(x: number, digits?: number): string;
	/** A number with a fixed count of decimals, in the locale's digits: exponents "0.513". */
	formatFixed(x: number, decimals: number): string;
}

/** The separators of the editions' locales: both write "1,234.5" (what Intl.NumberFormat writes; a test holds it). */
const SEPARATORS: Record<string, { group: string; decimal: string }> = {
	'en-US': { group: ',', decimal: '.' },
	'zh-CN': { group: ',', decimal: '.' }
};

/**
 * A finite number in positional notation, as Intl.NumberFormat writes it (a test compares the two over many values):
 * rounded half away from zero at `maxFraction` decimals from the number's shortest decimal form (1.005 → "1.01", as
 * Intl, where toFixed gives "1.00"), never in exponent form, trailing zeros kept down to `minFraction`.
 *
 * Not Intl itself: a page's first Intl.NumberFormat starts the browser's locale data, 65–75 ms on a phone at 4× CPU,
 * paid inside the first figure's hydration (a tenth of a jump to a figure; issue 24).
 */
function positional(
	x: number,
	minFraction: number,
	maxFraction: number,
	group: string | null,
	decimal: string
): string {
	const sign = x < 0 || Object.is(x, -0) ? '-' : '';
	const shortest = String(Math.abs(x));
	let whole: string;
	let fraction: string;
	// Most numbers shown are already short ("32.2", "1937"): written as they are, no rounding to do.
	if (!shortest.includes('e') && (shortest.split('.')[1]?.length ?? 0) <= maxFraction) {
		[whole, fraction = ''] = shortest.split('.');
	} else [whole, fraction] = rounded(Math.abs(x), maxFraction);
	fraction = fraction.replace(/0+$/, '').padEnd(minFraction, '0');
	if (group !== null && whole.length > 3) whole = whole.replace(/\B(?=(\d{3})+$)/g, group);
	return `${sign}${whole}${fraction ? decimal + fraction : ''}`;
}

/** |x| rounded half away from zero at `maxFraction` decimals of its shortest form: [whole digits, decimals]. */
function rounded(x: number, maxFraction: number): [string, string] {
	const [mantissa, exponent] = x.toExponential().split('e');
	// x = digits / 10^scale, exactly as the shortest form writes it.
	let digits = BigInt(mantissa.replace('.', ''));
	let scale = (mantissa.split('.')[1]?.length ?? 0) - Number(exponent);
	if (scale > maxFraction) {
		const unit = 10n ** BigInt(scale - maxFraction);
		const [kept, dropped] = [digits / unit, digits % unit];
		digits = dropped * 2n >= unit ? kept + 1n : kept;
		scale = maxFraction;
	}
	if (scale < 0) [digits, scale] = [digits * 10n ** BigInt(-scale), 0];
	const text = digits.toString().padStart(scale + 1, '0');
	return [text.slice(0, text.length - scale), text.slice(text.length - scale)];
}

interface Format {
	format(x: number): string;
}

/** Intl's own formats, for a locale that is not an edition's (each built once: one per call made slider steps slow). */
function intlFormats(locale: string) {
	const fixed = new Map<number, Intl.NumberFormat>();
	return {
		grouped: new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: true }) as Format,
		ungrouped: new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: false }) as Format,
		fixed(decimals: number): Format {
			if (!fixed.has(decimals)) {
				const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
				fixed.set(decimals, new Intl.NumberFormat(locale, options));
			}
			return fixed.get(decimals)!;
		}
	};
}

/** The number formats of one locale: the editions' (en-US, zh-CN) written out here, any other by Intl. */
export function createNumberFormat(locale: string, countUnits: CountUnits): NumberFormat {
	const separators = SEPARATORS[locale];
	const {
		grouped,
		ungrouped,
		fixed: fixedFormat
	} = separators
		? {
				grouped: { format: (x: number) => positional(x, 0, 20, separators.group, separators.decimal) },
				ungrouped: { format: (x: number) => positional(x, 0, 20, null, separators.decimal) },
				fixed: (decimals: number): Format => ({
					format: (x: number) => positional(x, decimals, decimals, separators.group, separators.decimal)
				})
			}
		: intlFormats(locale);

	function significant(x: number, digits = 3): string {
		if (!Number.isFinite(x)) return MISSING;
		if (x === 0) return '0';
		const rounded = Number(x.toPrecision(digits));
		return (Math.abs(rounded) >= 1e3 ? grouped : ungrouped).format(rounded);
	}

	/** A number before a count unit is never grouped: Chinese writes "4850 亿", not "4,850 亿" (W3C clreq). */
	function beforeUnit(x: number, digits: number): string {
		return ungrouped.format(Number(x.toPrecision(digits)));
	}

	function formatScientific(x: number, digits = 2): string {
		if (!Number.isFinite(x) || x === 0) return Number.isFinite(x) ? '0' : MISSING;
		const { mantissa, exponent } = scientific(x, digits);
		return `${fixedFormat(digits - 1).format(mantissa)} × 10${superscript(exponent)}`;
	}

	function formatCount(x: number, digits = 3): string {
		if (!Number.isFinite(x)) return MISSING;
		const abs = Math.abs(x);
		if (abs >= 1e15) return formatScientific(x, 2);
		for (const [size, unit] of countUnits) {
			// Round first, so 999.96 B becomes "1 T" rather than "1,000 B".
			if (Number((abs / size).toPrecision(digits)) >= 1) return `${beforeUnit(x / size, digits)} ${unit}`;
		}
		return significant(x, digits);
	}

	function formatCountTick(x: number): string {
		if (!Number.isFinite(x)) return MISSING;
		if (Math.abs(x) < 1e15) return formatCount(x);
		const { mantissa, exponent } = scientific(x, 2);
		return mantissa === 1 ? `10${superscript(exponent)}` : formatScientific(x, 2);
	}

	function formatRounded(x: number, digits = 2): string {
		if (!Number.isFinite(x)) return MISSING;
		if (Math.abs(x) >= 1e6) return formatCount(x, digits);
		return significant(x, digits);
	}

	return {
		significant,
		formatScientific,
		formatCount,
		formatCountTick,
		formatFlop: (x) => formatScientific(x, 2),
		formatRounded,
		formatLoss: (x) => (Number.isFinite(x) ? fixedFormat(3).format(x) : MISSING),
		formatPercent: (x, digits = 2) => (Number.isFinite(x) ? `${significant(x * 100, digits)}%` : MISSING),
		formatFixed: (x, decimals) => (Number.isFinite(x) ? fixedFormat(decimals).format(x) : MISSING)
	};
}

/** English, the essay's language today; components take their formats from $lib/i18n. */
export const english = createNumberFormat('en-US', ENGLISH_COUNT_UNITS);
export const {
	significant,
	formatScientific,
	formatCount,
	formatCountTick,
	formatFlop,
	formatRounded,
	formatLoss,
	formatPercent,
	formatFixed
} = english;
