// Checking a reader's answer to a quiz: read what they typed in the units the question asks for, then compare it with
// the answer (computed by the core) within the quiz's stated tolerance, and then with the known mistakes, each of
// which has a reply of its own. Pure; the words are the caller's.
import {
	normaliseTyped,
	readCompute,
	readCount,
	readExpression,
	readNumber,
	type ReadProblem,
	type Reading
} from '$lib/format/parse';

/** What a numeric answer is measured in, which decides how typed text is read ("70 B", "5.8e23 FLOP", "20%"). */
export type AnswerUnit = 'params' | 'tokens' | 'compute' | 'ratio' | 'loss' | 'percent' | 'plain';

/**
 * A known wrong answer: the value a particular slip produces (computed from the core in ./registry.ts), how near a
 * typed value must be to count as it (in the quiz's sense of tolerance), and the key of the reply that explains it.
 */
export interface Misconception {
	/** The key of its reply in the edition's strings (`replies[quiz][id]` in `$messages/quiz`). */
	id: string;
	value: number;
	tolerance: number;
	/** Right about something else (a published count rather than the rule the question asks for): not marked wrong. */
	fair?: boolean;
}

export type Verdict =
	| { status: 'empty' }
	/** Not a number in these units: what was typed is not echoed back, only what is accepted, or why it was refused. */
	| { status: 'unreadable'; problem?: ReadProblem }
	| { status: 'right'; value: number }
	/** One of the quiz's known mistakes. */
	| { status: 'misconception'; value: number; misconception: Misconception }
	/** Off by more than the tolerance and none of the known mistakes: only whether it is too high. */
	| { status: 'wrong'; value: number; high: boolean };

const finite = (reading: Reading): Reading => (reading.ok && !Number.isFinite(reading.value) ? { ok: false } : reading);

/** A trailing % (or "per cent") on an expression: the value is a hundredth of what is written. */
const PERCENT = /^(.*?)\s*(%|per\s*cent|percent)$/i;
/** What may follow a ratio: "3.2×", "3.2 times", "3.2 倍", "1,900 tokens per parameter". */
const RATIO_SUFFIX = /\s*(×|x|times|倍|tokens?\s*(per|\/)\s*param(eter)?s?|(个)?词元\s*\/\s*参数)$/i;

/**
 * Reads `text` as an amount in `unit`. A percentage comes back as a fraction. Plain numbers, ratios and percentages
 * may be written as arithmetic ("10^0.5", "√10", "28/62", "45%"); counts and compute only as numbers with units.
 */
export function readAnswer(text: string, unit: AnswerUnit): Reading {
	const t = normaliseTyped(text).trim().replace(/\*\*/g, '^');
	if (!t) return { ok: false };
	switch (unit) {
		case 'params':
		case 'tokens':
			return finite(readCount(t));
		case 'compute':
			return finite(readCompute(t));
		case 'loss':
			return finite(readNumber(t.replace(/\s*nats?(\s*(per|\/)\s*token)?$/i, '')));
		case 'percent': {
			const percent = PERCENT.exec(t);
			const reading = readExpression(percent ? percent[1] : t);
			if (!reading.ok) return reading;
			// "20%" and "20" are twenty per cent; "0.2" is too (a number up to one is read as a fraction).
			return { ok: true, value: percent || Math.abs(reading.value) > 1 ? reading.value / 100 : reading.value };
		}
		default: {
			const bare = t.replace(RATIO_SUFFIX, '');
			const percent = PERCENT.exec(bare);
			const reading = readExpression(percent ? percent[1] : bare);
			return reading.ok && percent ? { ok: true, value: reading.value / 100 } : reading;
		}
	}
}

/** Whether `value` is within `tolerance` of `target`: relative, or absolute for a loss (nats per token). */
export function near(value: number, target: number, tolerance: number, unit: AnswerUnit): boolean {
	const off = unit === 'loss' ? Math.abs(value - target) : Math.abs(value - target) / Math.abs(target);
	return off <= tolerance * (1 + 1e-9);
}

/**
 * Compares `text` with `answer`, then with each known mistake in order; the first that matches wins, so the right
 * answer always does. `tolerance` is relative (0.1 = within 10%) for every unit but loss, where it is absolute.
 */
export function checkAnswer(
	text: string,
	unit: AnswerUnit,
	answer: number,
	tolerance: number,
	misconceptions: readonly Misconception[] = []
): Verdict {
	if (!text.trim()) return { status: 'empty' };
	const reading = readAnswer(text, unit);
	if (!reading.ok)
		return reading.problem ? { status: 'unreadable', problem: reading.problem } : { status: 'unreadable' };
	const { value } = reading;
	if (near(value, answer, tolerance, unit)) return { status: 'right', value };
	const misconception = misconceptions.find((m) => near(value, m.value, m.tolerance, unit));
	if (misconception) return { status: 'misconception', value, misconception };
	return { status: 'wrong', value, high: value > answer };
}
