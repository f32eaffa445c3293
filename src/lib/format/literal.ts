// One number as people type it, before any unit or operator: what its separators mean. Digits may be grouped by
// spaces (also the thin and narrow no-break spaces that typeset numbers carry), commas or points; the decimal separator
// is a point or a comma. Where a comma could be either ("1,500": fifteen hundred, or one and a half with a decimal
// comma) the reading is refused with a reason, never guessed: a silent 1500 for 1.5 is the mistake this file exists
// to prevent. Pure; the words for a refusal are the caller's ($lib/format/parse's `problemMessage`).

/** Why typed text was refused, when there is more to say than "not a number". */
export type ReadProblem = {
	kind: 'ambiguous-comma';
	/** The two readings, as plain numbers, for the message to offer: 1500 and 1.5 for "1,500". */
	thousands: number;
	decimal: number;
};

/** A value, or a refusal: with a `problem` when the text looks like a number we will not guess at. */
export type Reading = { ok: true; value: number } | { ok: false; problem?: ReadProblem };

export const refused: Reading = { ok: false };

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Text as the parsers read it: full-width forms as ASCII ("４５％" → "45%", "０．４５" → "0.45", "，" → ","), the
 * ideographic full stop as a point, the minus sign as a hyphen, superscript powers as "^" ("10²³" → "10^23"), and every
 * kind of space as a plain one.
 */
export function normaliseTyped(text: string): string {
	return (
		text
			// U+FF01–FF5E are ASCII's full-width twins, 0xFEE0 above it.
			.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
			.replace(/[。｡]/g, '.')
			.replace(/[−–]/g, '-')
			.replace(/([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (m) => {
				const digits = [...m].map((c) => (c === '⁻' ? '-' : String(SUPERSCRIPT_DIGITS.indexOf(c)))).join('');
				return `^${digits}`;
			})
			.replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
	);
}

/** Digit groups after the first are exactly three digits; the first is one to three. */
const validGroups = (groups: string[]) =>
	groups.length > 0 && /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));

export interface LiteralOptions {
	/**
	 * Read one comma before three digits as a thousands separator rather than refuse it: for numbers followed by 万 or
	 * 亿, whose writers group digits with commas and never write a decimal comma ("1,000 亿", as the Chinese edition
	 * prints counts).
	 */
	commaGroups?: boolean;
}

/**
 * Reads one number literal: an optional sign, digits with separators, an optional exponent ("5.04e23", "5,04e23",
 * "5 000 000 000", "1,400,000", "1.234,5", "0,45"). Text is expected normalised (see `normaliseTyped`) and trimmed.
 */
export function readLiteral(text: string, options: LiteralOptions = {}): Reading {
	const match = /^([+-]?)([\d., ]+)(?:e([+-]?\d+))?$/i.exec(text);
	if (!match || !/\d/.test(match[2]) || /^ | $/.test(match[2])) return refused;
	const [, sign, body, exponent] = match;
	// "1,234.5" → groups ["1", "234", "5"], separators [",", "."].
	const parts = body.split(/([., ])/);
	const groups = parts.filter((_, i) => i % 2 === 0);
	const separators = parts.filter((_, i) => i % 2 === 1);

	const points = separators.filter((s) => s === '.').length;
	const commas = separators.filter((s) => s === ',').length;
	let decimal: string | undefined;
	if (points && commas) {
		// Both: the last one is the decimal separator, and occurs once ("1,234.5", "1.234,5").
		decimal = separators[separators.length - 1];
		if (decimal === ' ' || separators.filter((s) => s === decimal).length > 1) return refused;
	} else if (points === 1) {
		decimal = '.';
	} else if (commas === 1) {
		const [before, after] = [groups[separators.indexOf(',')], groups[separators.indexOf(',') + 1]];
		const spaced = separators.includes(' ');
		// A thousands comma follows one to three leading digits (not a lone 0) and precedes exactly three, with no
		// exponent: anything else can only be a decimal comma ("0,450", "2,5", "5,04e23", "1 500,5").
		const couldGroup = !spaced && !exponent && /^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after);
		if (!couldGroup) decimal = ',';
		else if (!options.commaGroups) {
			const digits = `${sign}${before}${after}`;
			return {
				ok: false,
				problem: { kind: 'ambiguous-comma', thousands: Number(digits), decimal: Number(`${sign}${before}.${after}`) }
			};
		}
	}

	// Every separator before the decimal one groups digits, all the same way and in threes.
	const decimalAt = decimal === undefined ? -1 : separators.lastIndexOf(decimal);
	if (decimal !== undefined && decimalAt !== separators.length - 1) return refused;
	const grouping = decimalAt === -1 ? separators : separators.slice(0, decimalAt);
	if (new Set(grouping).size > 1) return refused;
	const integerGroups = decimalAt === -1 ? groups : groups.slice(0, decimalAt + 1);
	const fraction = decimalAt === -1 ? '' : groups[decimalAt + 1];
	if (grouping.length > 0 && !validGroups(integerGroups)) return refused;
	const integer = integerGroups.join('');
	// ".5" and "5." are numbers; "." and "5," are not.
	if (!integer && !fraction) return refused;
	if (!fraction && decimal === ',') return refused;
	const value = Number(`${sign}${integer || '0'}.${fraction || '0'}e${exponent ?? '0'}`);
	return Number.isFinite(value) ? { ok: true, value } : refused;
}
