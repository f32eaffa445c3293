// The one number formatter: every number the reader sees goes through here ("70 B", "1.4 T", "5.8 × 10²³").
// Non-finite input never reaches the screen as NaN or Infinity: it becomes an em dash, and callers explain why.

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

// Built once: creating a number format per call made a slider step several times slower.
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: true });
const ungrouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: false });

/** Rounds to `digits` significant digits and drops trailing zeros: 32.19 → "32.2", 70 → "70". */
export function significant(x: number, digits = 3): string {
	if (!Number.isFinite(x)) return MISSING;
	if (x === 0) return '0';
	const rounded = Number(x.toPrecision(digits));
	return (Math.abs(rounded) >= 1e3 ? grouped : ungrouped).format(rounded);
}

/** Mantissa and exponent with the mantissa rounded to `digits` significant digits (9.96e23 → 1.0 × 10²⁴). */
export function scientific(x: number, digits = 2): { mantissa: string; exponent: number } {
	let exponent = Math.floor(Math.log10(Math.abs(x)));
	let mantissa = Number((x / 10 ** exponent).toPrecision(digits));
	if (Math.abs(mantissa) >= 10) {
		mantissa /= 10;
		exponent += 1;
	}
	return { mantissa: mantissa.toFixed(digits - 1), exponent };
}

/** "5.8 × 10²³". */
export function formatScientific(x: number, digits = 2): string {
	if (!Number.isFinite(x) || x === 0) return Number.isFinite(x) ? '0' : MISSING;
	const { mantissa, exponent } = scientific(x, digits);
	return `${mantissa} × 10${superscript(exponent)}`;
}

const COUNT_UNITS: [number, string][] = [
	[1e12, 'T'],
	[1e9, 'B'],
	[1e6, 'M'],
	[1e3, 'K']
];

/** Parameters and tokens: "70 B", "1.4 T", "400 M"; beyond 10¹⁵ falls back to "1.2 × 10¹⁶". */
export function formatCount(x: number, digits = 3): string {
	if (!Number.isFinite(x)) return MISSING;
	const abs = Math.abs(x);
	if (abs >= 1e15) return formatScientific(x, 2);
	for (const [size, unit] of COUNT_UNITS) {
		// Round first, so 999.96 B becomes "1 T" rather than "1,000 B".
		if (Number((abs / size).toPrecision(digits)) >= 1) return `${significant(x / size, digits)} ${unit}`;
	}
	return significant(x, digits);
}

/** Axis ticks for counts (decades): "100 M", "1 T", and past 10¹⁵ just "10¹⁶". */
export function formatCountTick(x: number): string {
	if (!Number.isFinite(x)) return MISSING;
	if (Math.abs(x) < 1e15) return formatCount(x);
	const { mantissa, exponent } = scientific(x, 2);
	return mantissa === '1.0' ? `10${superscript(exponent)}` : formatScientific(x, 2);
}

/** FLOP counts always in powers of ten: "5.8 × 10²³". */
export function formatFlop(x: number): string {
	return formatScientific(x, 2);
}

/** PF-days, hours and other quantities with two significant digits: "6,700", "1.2 M". */
export function formatRounded(x: number, digits = 2): string {
	if (!Number.isFinite(x)) return MISSING;
	if (Math.abs(x) >= 1e6) return formatCount(x, digits);
	return significant(x, digits);
}

/** Loss in nats per token, to three decimals: "1.937". */
export function formatLoss(x: number): string {
	return Number.isFinite(x) ? x.toFixed(3) : MISSING;
}

/** A fraction as a percentage: 0.4 → "40%", 1.06 → "106%". */
export function formatPercent(x: number, digits = 2): string {
	return Number.isFinite(x) ? `${significant(x * 100, digits)}%` : MISSING;
}
