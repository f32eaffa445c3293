// The quick check's logic, apart from its markup: the verdict on what the reader typed or chose, and the words for it.
import { fmt, ui } from '$lib/i18n';
import { checkAnswer, type AnswerUnit, type Verdict } from '$lib/quizzes/check';
import type { QuizSpec } from '$lib/quizzes/registry';

export interface Feedback {
	kind: 'right' | 'wrong' | 'problem';
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

export function numberFeedback(text: string, spec: Extract<QuizSpec, { kind: 'number' }>): Feedback {
	const verdict: Verdict = checkAnswer(text, spec.unit, spec.answer, spec.tolerance);
	switch (verdict.status) {
		case 'empty':
			return { kind: 'problem', text: ui.quiz.empty };
		case 'unreadable':
			return { kind: 'problem', text: ui.quiz.unreadable(ui.quiz.examples[spec.unit]) };
		case 'right':
			return { kind: 'right', text: ui.quiz.right(formatValue(verdict.value, spec.unit)) };
		case 'wrong':
			return { kind: 'wrong', text: ui.quiz.wrong(verdict.high) };
	}
}

export function choiceFeedback(chosen: number | undefined, spec: Extract<QuizSpec, { kind: 'choice' }>): Feedback {
	if (chosen === undefined) return { kind: 'problem', text: ui.quiz.chooseFirst };
	return chosen === spec.correct
		? { kind: 'right', text: ui.quiz.choiceRight }
		: { kind: 'wrong', text: ui.quiz.choiceWrong };
}
