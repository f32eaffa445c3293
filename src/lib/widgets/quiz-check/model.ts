// The quick check's logic, apart from its markup: the verdict on what the reader typed or chose, and the words for it.
import { fmt } from '$lib/i18n';
import quizUi from '$messages/quiz';
import { problemMessage } from '$lib/format/parse';
import { checkAnswer, type AnswerUnit } from '$lib/quizzes/check';
import { quiz as quizSpec, type QuizId } from '$lib/quizzes/registry';

export interface Feedback {
	/** `other`: a number right about something else (a published count), neither ticked nor crossed. */
	kind: 'right' | 'wrong' | 'other' | 'problem';
	text: string;
}

/** Formats a value the reader gave, in the question's unit, for the feedback line. */
export function formatValue(value: number, unit: AnswerUnit): string {
	switch (unit) {
		case 'params':
		case 'tokens':
			return fmt.formatCount(value);
		case 'compute':
			return `${fmt.formatFlop(value)} FLOP`;
		case 'percent':
			return fmt.formatPercent(value, 2);
		case 'loss':
			return fmt.formatLoss(value);
		default:
			return fmt.significant(value, 3);
	}
}

type Choice = { text: string; reply?: string };
const choiceTable = quizUi.choices as Record<string, readonly Choice[] | undefined>;
const replyTable = quizUi.replies as Record<string, Record<string, string> | undefined>;

/** A multiple-choice check's choices in this edition, in order (empty for a number check). */
export function choicesOf(id: QuizId): readonly Choice[] {
	return choiceTable[id] ?? [];
}

/** The reply to a known mistake of a number check, in this edition. */
export function replyTo(id: QuizId, misconception: string): string | undefined {
	return replyTable[id]?.[misconception];
}

export function numberFeedback(id: QuizId, text: string): Feedback {
	const spec = quizSpec(id);
	if (spec.kind !== 'number') throw new Error(`The quiz "${id}" is multiple choice, not a number check.`);
	const verdict = checkAnswer(text, spec.unit, spec.answer, spec.tolerance, spec.misconceptions);
	switch (verdict.status) {
		case 'empty':
			return { kind: 'problem', text: quizUi.empty };
		case 'unreadable':
			return {
				kind: 'problem',
				text: verdict.problem ? problemMessage(verdict.problem, text) : quizUi.unreadable(quizUi.examples[spec.unit])
			};
		case 'right':
			return { kind: 'right', text: quizUi.right(formatValue(verdict.value, spec.unit)) };
		case 'misconception': {
			const reply = replyTo(id, verdict.misconception.id);
			// A mistake without words in this edition (a test forbids it) still gets the generic reply.
			if (reply === undefined) return { kind: 'wrong', text: quizUi.wrong(verdict.value > spec.answer) };
			return verdict.misconception.fair
				? { kind: 'other', text: quizUi.fair(reply) }
				: { kind: 'wrong', text: quizUi.misconception(reply) };
		}
		case 'wrong':
			return { kind: 'wrong', text: quizUi.wrong(verdict.high) };
	}
}

export function choiceFeedback(id: QuizId, chosen: number | undefined): Feedback {
	const spec = quizSpec(id);
	if (spec.kind !== 'choice') throw new Error(`The quiz "${id}" is a number check, not multiple choice.`);
	if (chosen === undefined) return { kind: 'problem', text: quizUi.chooseFirst };
	if (chosen === spec.correct) return { kind: 'right', text: quizUi.choiceRight };
	const reply = choicesOf(id)[chosen]?.reply;
	return { kind: 'wrong', text: reply ? quizUi.choiceWrongBecause(reply) : quizUi.choiceWrong };
}
