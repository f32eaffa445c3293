// Checking a reader's answer to a quiz: read what they typed in the units the question asks for, then compare it with
// the answer (computed by the core) within the quiz's stated tolerance. Pure; the words are the caller's.
import { parseCompute, parseCount, parseNumber } from '$lib/format/parse';

/** What a numeric answer is measured in, which decides how typed text is read ("70 B", "5.8e23 FLOP", "20%"). */
export type AnswerUnit = 'params' | 'tokens' | 'compute' | 'ratio' | 'loss' | 'percent' | 'plain';

export type Verdict =
	| { status: 'empty' }
	/** Not a number in these units: what was typed is not echoed back, only what is accepted. */
	| { status: 'unreadable' }
	| { status: 'right'; value: number }
	/** Off by more than the tolerance: `ratio` is value / answer (or, for losses, the difference). */
	| { status: 'wrong'; value: number; high: boolean };

/** Reads `text` as an amount in `unit`; undefined if it is not one. A percentage comes back as a fraction. */
export function readAnswer(text: string, unit: AnswerUnit): number | undefined {
	const t = text.trim();
	if (!t) return undefined;
	let value: number | undefined;
	switch (unit) {
		case 'params':
		case 'tokens':
			value = parseCount(t);
			break;
		case 'compute':
			value = parseCompute(t);
			break;
		case 'percent': {
			const m = /^(.*?)\s*(%|per\s*cent|percent)?$/i.exec(t);
			const n = m ? parseNumber(m[1]) : undefined;
			// "20%" and "20" are twenty per cent; "0.2" is too (a fraction below one is read as one).
			value = n === undefined ? undefined : m?.[2] || Math.abs(n) > 1 ? n / 100 : n;
			break;
		}
		default:
			value = parseNumber(t.replace(/\s*(×|x|times|nats?)$/i, ''));
	}
	return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/**
 * Compares `text` with `answer`. `tolerance` is relative (0.1 = within 10%) for every unit but loss, where it is
 * absolute (nats per token), since a loss is compared by its difference.
 */
export function checkAnswer(text: string, unit: AnswerUnit, answer: number, tolerance: number): Verdict {
	if (!text.trim()) return { status: 'empty' };
	const value = readAnswer(text, unit);
	if (value === undefined) return { status: 'unreadable' };
	const off = unit === 'loss' ? Math.abs(value - answer) : Math.abs(value - answer) / Math.abs(answer);
	if (off <= tolerance * (1 + 1e-9)) return { status: 'right', value };
	return { status: 'wrong', value, high: value > answer };
}
