import { describe, expect, it } from 'vitest';
import { checkAnswer } from '$lib/quizzes/check';
import { quizzes } from '$lib/quizzes/registry';
import { formatValue } from '$lib/widgets/quiz/model';

describe('every quiz’s answer comes from the core', () => {
	it.each(Object.entries(quizzes))('%s has a finite answer and a tolerance, and accepts its own answer', (_, spec) => {
		if (spec.kind === 'choice') {
			expect(spec.correct).toBeGreaterThanOrEqual(0);
			expect(spec.correct).toBeLessThan(spec.choices);
			return;
		}
		expect(Number.isFinite(spec.answer)).toBe(true);
		expect(spec.answer).toBeGreaterThan(0);
		expect(spec.tolerance).toBeGreaterThan(0);
		expect(spec.tolerance).toBeLessThan(0.25);
		// The answer as the essay would print it is accepted: the tolerance is wider than the rounding.
		expect(checkAnswer(formatValue(spec.answer, spec.unit).replace(/,/g, ''), spec.unit, spec.answer, spec.tolerance).status).toBe(
			'right'
		);
		// Twice the answer never is.
		expect(checkAnswer(formatValue(spec.answer * 2, spec.unit).replace(/,/g, ''), spec.unit, spec.answer, spec.tolerance).status).toBe(
			'wrong'
		);
	});

	it('pins the numbers the chapters state', () => {
		expect(quizzes['gopher-compute'].answer).toBeCloseTo(5.04e23, -20);
		expect(quizzes['source-model'].answer / 5e9).toBeCloseTo(1, 9);
		expect(quizzes['four-epochs'].answer / 372.7e9).toBeCloseTo(1, 3);
		expect(quizzes['half-size-overhead'].answer).toBeCloseTo(0.208, 3);
		expect(quizzes['source-compute'].answer).toBeCloseTo(3e21, -18);
		expect(quizzes['exponent-a'].answer).toBeCloseTo(0.28 / (0.34 + 0.28), 9);
		// The check tells the fit's own exponent from Table 2's rounded 0.46, as its answer says.
		const { unit, answer, tolerance } = quizzes['exponent-a'];
		expect(checkAnswer('0.45', unit, answer, tolerance).status).toBe('right');
		expect(checkAnswer('0.46', unit, answer, tolerance).status).toBe('wrong');
	});
});
