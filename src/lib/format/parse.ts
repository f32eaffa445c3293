import { ui } from '$lib/i18n';
import { FLOP_PER_PF_DAY, FLOP_PER_ZFLOPS_DAY } from '$lib/scaling';

/** The result of reading something the reader typed: a value, or a message saying what we accept. */
export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "10²³" and "10⁻³" → "10^23" and "10^-3". */
function normaliseSuperscripts(text: string): string {
	return text.replace(/([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (m) => {
		const digits = [...m].map((c) => (c === '⁻' ? '-' : String(SUPERSCRIPT_DIGITS.indexOf(c)))).join('');
		return `^${digits}`;
	});
}

/**
 * Reads a plain number in the forms people type: "5.76e23", "5.76 × 10^23", "5.76x10^23", "5.76*10**23",
 * "5.76 × 10²³", "1e21", "1,000". Returns undefined if it is not one.
 */
export function parseNumber(text: string): number | undefined {
	const t = normaliseSuperscripts(text.trim())
		.replace(/,/g, '')
		.replace(/\*\*/g, '^')
		.replace(/\s*([×x*·^])\s*/gi, '$1');
	const plain = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
	if (plain.test(t)) return Number(t);
	const times = /^([+-]?(?:\d+\.?\d*|\.\d+))?(?:[×x*·])?10\^\(?([+-]?\d+)\)?$/i.exec(t);
	if (times) {
		const mantissa = times[1] === undefined ? 1 : Number(times[1]);
		return mantissa * 10 ** Number(times[2]);
	}
	return undefined;
}

const UNITS: [RegExp, number][] = [
	[/^(z(etta)?flop\/?s?-?days?|zflops?-?days?)$/i, FLOP_PER_ZFLOPS_DAY],
	[/^(p(eta)?flop\/?s?-?days?|pf-?days?|pflops?-?days?)$/i, FLOP_PER_PF_DAY],
	[/^(flops?|flop)?$/i, 1]
];

/** "3 PF-days" → 2.592e20; "1 ZFLOP/s-day" → 8.64e25; "5.76e23" or "5.76e23 FLOP" → 5.76e23. */
export function parseCompute(text: string): number | undefined {
	const match = /^\s*(.*?)\s*([a-z][a-z/ -]*)?\s*$/i.exec(text.trim());
	if (!match) return undefined;
	const [, numberPart, unitPart = ''] = match;
	const unit = unitPart.replace(/\s+/g, '');
	const factor = UNITS.find(([pattern]) => pattern.test(unit))?.[1];
	if (factor === undefined) return undefined;
	const value = parseNumber(numberPart);
	return value === undefined ? undefined : value * factor;
}

/** Parses a budget and checks it is inside [min, max]; the message says what is accepted. */
export function parseBudget(text: string, min: number, max: number, range: string): Parsed {
	const value = parseCompute(text);
	if (value === undefined || !Number.isFinite(value)) {
		return {
			ok: false,
			message: ui.budget.unreadable(text.slice(0, 40))
		};
	}
	if (value <= 0) return { ok: false, message: ui.budget.notPositive };
	if (value < min || value > max) return { ok: false, message: ui.budget.outOfRange(range) };
	return { ok: true, value };
}

/** Parses a token or parameter count: "100B", "1.4 T", "1e11", and the Chinese units "700 亿", "1.4 万亿", "4000万". */
export function parseCount(text: string): number | undefined {
	const match =
		/^\s*(.*?)\s*([kmbt]|万亿|亿|万|千)?\s*(tokens?|params?|parameters?|个?词元|个?参数|个?token)?\s*$/i.exec(
			text.trim()
		);
	if (!match) return undefined;
	const value = parseNumber(match[1]);
	if (value === undefined) return undefined;
	const scales: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
	return value * (scales[(match[2] ?? '').toLowerCase()] ?? 1);
}
