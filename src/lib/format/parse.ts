// Reading what the reader types: plain numbers, compute budgets ("3 PF-days"), counts ("70 B", "70 billion", "700 亿").
// The `read…` functions say why they refuse when there is a reason to give (see ./literal's ReadProblem); the
// `parse…` functions are the same readings as a value or undefined, for fields that have their own message.
import { ui } from '$lib/i18n';
import { FLOP_PER_PF_DAY, FLOP_PER_ZFLOPS_DAY } from '$lib/scaling';
import { normaliseTyped, readLiteral, refused, type LiteralOptions, type ReadProblem, type Reading } from './literal';

export { normaliseTyped, type ReadProblem, type Reading };
export { readExpression } from './expression';

/** The result of reading something the reader typed: a value, or a message saying what we accept. */
export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const valueOf = (reading: Reading) => (reading.ok ? reading.value : undefined);

/** What the reader is told about a refused reading of `text`, in this edition's words. */
export function problemMessage(problem: ReadProblem, text: string): string {
	return ui.parse.ambiguousComma(text.trim().slice(0, 40), String(problem.thousands), String(problem.decimal));
}

/**
 * Reads a plain number in the forms people type: "5.76e23", "5,76e23", "5.76 × 10^23", "5.76x10^23", "5.76*10**23",
 * "5.76 × 10²³", "1e21", "1,000,000", "5 000 000 000", full-width "４５". A lone comma before three digits ("1,500")
 * is refused with its reason, since it could be a decimal comma.
 */
export function readNumber(text: string, options: LiteralOptions = {}): Reading {
	const t = normaliseTyped(text)
		.trim()
		.replace(/\*\*/g, '^')
		.replace(/\s*([×x*·^])\s*/gi, '$1');
	const literal = readLiteral(t, options);
	if (literal.ok || literal.problem) return literal;
	// A mantissa, an operator and a power of ten ("5.76×10^23"), or the power alone ("10^21", "10^(-3)"). The operator
	// is required: "510^3" is not 5 × 10³.
	const times = /^(?:(.+?)[×x*·])?10\^\(?([+-]?\d+)\)?$/i.exec(t);
	if (!times) return refused;
	const mantissa: Reading = times[1] === undefined ? { ok: true, value: 1 } : readLiteral(times[1], options);
	if (!mantissa.ok) return mantissa;
	const value = mantissa.value * 10 ** Number(times[2]);
	return Number.isFinite(value) ? { ok: true, value } : refused;
}

/** `readNumber`'s value, or undefined. */
export function parseNumber(text: string): number | undefined {
	return valueOf(readNumber(text));
}

/** A day, as either edition writes it after a rate: "PF-days", "PF-天", "PF·日". */
const DAY = String.raw`[-·]?(days?|天|日)`;
const UNITS: [RegExp, number][] = [
	[new RegExp(String.raw`^(z(etta)?flop\/?s?${DAY}|zflops?${DAY})$`, 'i'), FLOP_PER_ZFLOPS_DAY],
	[new RegExp(String.raw`^(p(eta)?flop\/?s?${DAY}|pf${DAY}|pflops?${DAY})$`, 'i'), FLOP_PER_PF_DAY],
	[/^(flops?|次?浮点运算)?$/i, 1]
];

/**
 * "3 PF-days" or "3 PF-天" → 2.592e20; "1 ZFLOP/s-day" or "1 zettaFLOP/s-天" → 8.64e25; "5.76e23", "5,76e23" or
 * "5.76e23 FLOP" → 5.76e23.
 */
export function readCompute(text: string): Reading {
	const match = /^(.*?)\s*([a-z\u4e00-\u9fff][a-z/ \-·\u4e00-\u9fff]*)?$/i.exec(normaliseTyped(text).trim());
	if (!match) return refused;
	const [, numberPart, unitPart = ''] = match;
	const factor = UNITS.find(([pattern]) => pattern.test(unitPart.replace(/\s+/g, '')))?.[1];
	if (factor === undefined) return refused;
	const reading = readNumber(numberPart);
	return reading.ok ? { ok: true, value: reading.value * factor } : reading;
}

/** `readCompute`'s value, or undefined. */
export function parseCompute(text: string): number | undefined {
	return valueOf(readCompute(text));
}

/** Parses a budget and checks it is inside [min, max]; the message says what is accepted. */
export function parseBudget(text: string, min: number, max: number, range: string): Parsed {
	const reading = readCompute(text);
	if (!reading.ok) {
		return {
			ok: false,
			message: reading.problem ? problemMessage(reading.problem, text) : ui.budget.unreadable(text.slice(0, 40))
		};
	}
	const { value } = reading;
	if (value <= 0) return { ok: false, message: ui.budget.notPositive };
	if (value < min || value > max) return { ok: false, message: ui.budget.outOfRange(range) };
	return { ok: true, value };
}

const SCALES: Record<string, number> = {
	k: 1e3,
	thousand: 1e3,
	m: 1e6,
	mn: 1e6,
	mln: 1e6,
	million: 1e6,
	b: 1e9,
	bn: 1e9,
	bln: 1e9,
	billion: 1e9,
	t: 1e12,
	tn: 1e12,
	trillion: 1e12,
	千: 1e3,
	万: 1e4,
	亿: 1e8,
	万亿: 1e12
};

/** Chinese scales, whose writers group digits with commas and never use a decimal comma ("1,000 亿"). */
const CHINESE_SCALE = /^(千|万|亿|万亿)$/;

/**
 * Reads a token or parameter count: "100B", "1.4 T", "1e11", "70 billion", "5 bn", "5 000 000 000", and the Chinese
 * units "700 亿", "1.4 万亿", "4000万", "1,000 亿".
 */
export function readCount(text: string): Reading {
	const match =
		/^(.*?)\s*((?:thousand|million|billion|trillion)s?|bn|bln|mn|mln|tn|[kmbt]|万亿|亿|万|千)?\s*(tokens?|params?|parameters?|个?词元|个?参数|个?token)?$/i.exec(
			normaliseTyped(text).trim()
		);
	if (!match) return refused;
	const scale = (match[2] ?? '').toLowerCase().replace(/s$/, '');
	const reading = readNumber(match[1], { commaGroups: CHINESE_SCALE.test(scale) });
	return reading.ok ? { ok: true, value: reading.value * (SCALES[scale] ?? 1) } : reading;
}

/** `readCount`'s value, or undefined. */
export function parseCount(text: string): number | undefined {
	return valueOf(readCount(text));
}
