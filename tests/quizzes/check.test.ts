import { describe, expect, it } from 'vitest';
import { checkAnswer, readAnswer, type AnswerUnit, type Misconception } from '$lib/quizzes/check';

const valueOf = (text: string, unit: AnswerUnit) => {
	const reading = readAnswer(text, unit);
	return reading.ok ? reading.value : undefined;
};

describe('reading an answer in the question’s units', () => {
	const cases: [string, AnswerUnit, number][] = [
		['70 B', 'params', 70e9],
		['70B', 'params', 70e9],
		['7e10', 'params', 70e9],
		['70 B parameters', 'params', 70e9],
		['70 billion', 'params', 70e9],
		['5 bn', 'params', 5e9],
		['5 000 000 000', 'params', 5e9],
		['5\u202F000\u202F000\u202F000', 'params', 5e9],
		['50 亿', 'params', 5e9],
		['５０亿', 'params', 5e9],
		['1.4 T', 'tokens', 1.4e12],
		['1.4e12 tokens', 'tokens', 1.4e12],
		['1,400,000,000,000', 'tokens', 1.4e12],
		['3,727 亿', 'tokens', 3.727e11],
		['5.8e23', 'compute', 5.8e23],
		['5,04e23', 'compute', 5.04e23],
		['5.8 × 10^23 FLOP', 'compute', 5.8e23],
		['5.8 × 10²³', 'compute', 5.8e23],
		['6700 PF-days', 'compute', 6700 * 8.64e19],
		['25%', 'percent', 0.25],
		['25 %', 'percent', 0.25],
		['２５％', 'percent', 0.25],
		['25', 'percent', 0.25],
		['0.25', 'percent', 0.25],
		['0,25', 'percent', 0.25],
		['105.5 per cent', 'percent', 1.055],
		['1/4', 'percent', 0.25],
		['28/62', 'percent', 28 / 62],
		['3.2', 'ratio', 3.2],
		['3.2×', 'ratio', 3.2],
		['3.2 times', 'ratio', 3.2],
		['3.2 倍', 'ratio', 3.2],
		['10^0.5', 'ratio', Math.sqrt(10)],
		['10**0.5', 'ratio', Math.sqrt(10)],
		['√10', 'ratio', Math.sqrt(10)],
		['sqrt(10)', 'ratio', Math.sqrt(10)],
		['1875 tokens per parameter', 'ratio', 1875],
		['15e12/8e9', 'ratio', 1875],
		['1.94 nats', 'loss', 1.94],
		['1,94', 'loss', 1.94],
		['0.45', 'plain', 0.45],
		['0,45', 'plain', 0.45],
		['０．４５', 'plain', 0.45],
		['45%', 'plain', 0.45],
		['28/62', 'plain', 28 / 62],
		['0.28/(0.34+0.28)', 'plain', 0.28 / 0.62]
	];
	it.each(cases)('%j as %s → %d', (text, unit, expected) => {
		expect(valueOf(text, unit)! / expected).toBeCloseTo(1, 9);
	});

	// Not numbers in these units: units of the wrong kind, arithmetic where only a count is asked, words, nothing.
	const refused: [string, AnswerUnit][] = [
		['70 B', 'compute'],
		['5.8e23 FLOP', 'params'],
		['1e11/20', 'params'],
		['6*280e9*300e9', 'compute'],
		['lots', 'tokens'],
		['', 'plain'],
		['   ', 'ratio'],
		['1e999', 'plain'],
		['NaN', 'ratio'],
		['sqrt(-1)', 'ratio'],
		['10^0.5', 'loss']
	];
	it.each(refused)('%j as %s is refused', (text, unit) => {
		expect(readAnswer(text, unit).ok).toBe(false);
	});

	it.each([
		['0,45', 'plain', 0.45],
		['5,04e23', 'compute', 5.04e23],
		['0,208', 'percent', 0.208]
	] as [string, AnswerUnit, number][])(
		'reads the decimal comma of %j as a decimal, never as 45 or 5.04e26',
		(text, unit, value) => {
			expect(valueOf(text, unit)! / value).toBeCloseTo(1, 9);
		}
	);

	it.each([
		['1,875', 'ratio'],
		['3,162', 'ratio'],
		['1,500 B', 'params'],
		['6,700 PF-days', 'compute'],
		['1,500%', 'percent']
	] as [string, AnswerUnit][])('refuses the ambiguous %j (as %s) with a reason', (text, unit) => {
		expect(readAnswer(text, unit)).toMatchObject({ ok: false, problem: { kind: 'ambiguous-comma' } });
	});
});

describe('checking an answer against the core’s, within a tolerance', () => {
	const cases: [string, AnswerUnit, number, number, string][] = [
		['5.0e23', 'compute', 5.04e23, 0.05, 'right'],
		['5.25e23', 'compute', 5.04e23, 0.05, 'right'],
		['5.4e23', 'compute', 5.04e23, 0.05, 'wrong'],
		['4.7e23', 'compute', 5.04e23, 0.05, 'wrong'],
		['5 B', 'params', 5e9, 0.05, 'right'],
		['5 billion', 'params', 5e9, 0.05, 'right'],
		['50 B', 'params', 5e9, 0.05, 'wrong'],
		['5 B', 'compute', 5e9, 0.05, 'unreadable'],
		['  ', 'params', 5e9, 0.05, 'empty'],
		['21%', 'percent', 0.208, 0.15, 'right'],
		['40%', 'percent', 0.208, 0.15, 'wrong'],
		['√10', 'ratio', 3.16, 0.1, 'right'],
		['1,875', 'ratio', 1875, 0.05, 'unreadable'],
		// A loss is compared by its difference, in nats.
		['1.95', 'loss', 1.94, 0.02, 'right'],
		['2.0', 'loss', 1.94, 0.02, 'wrong']
	];
	it.each(cases)('%s (%s) against %d ± %d → %s', (text, unit, answer, tolerance, status) => {
		expect(checkAnswer(text, unit, answer, tolerance).status).toBe(status);
	});

	it('says whether a wrong answer is too high or too low', () => {
		expect(checkAnswer('10 B', 'params', 5e9, 0.05)).toMatchObject({ status: 'wrong', high: true });
		expect(checkAnswer('1 B', 'params', 5e9, 0.05)).toMatchObject({ status: 'wrong', high: false });
	});

	it('passes on why an ambiguous number was refused', () => {
		expect(checkAnswer('1,500', 'ratio', 1500, 0.05)).toEqual({
			status: 'unreadable',
			problem: { kind: 'ambiguous-comma', thousands: 1500, decimal: 1.5 }
		});
	});
});

describe('known mistakes, after the right answer and before the generic reply', () => {
	const mistakes: Misconception[] = [
		{ id: 'near', value: 5.3, tolerance: 0.05 },
		{ id: 'far', value: 50, tolerance: 0.05 },
		{ id: 'far-again', value: 51, tolerance: 0.05 }
	];

	it('the right answer wins even inside a mistake’s window', () => {
		// 5.1 is within 5% of both 5 and 5.3.
		expect(checkAnswer('5.1', 'ratio', 5, 0.05, mistakes).status).toBe('right');
	});

	it('a value near a mistake gets that mistake', () => {
		expect(checkAnswer('5.4', 'ratio', 5, 0.05, mistakes)).toMatchObject({
			status: 'misconception',
			misconception: { id: 'near' }
		});
	});

	it('where two mistakes’ windows overlap, the first listed wins', () => {
		expect(checkAnswer('50.5', 'ratio', 5, 0.05, mistakes)).toMatchObject({ misconception: { id: 'far' } });
	});

	it('a value near none of them gets the generic verdict', () => {
		expect(checkAnswer('20', 'ratio', 5, 0.05, mistakes)).toEqual({ status: 'wrong', value: 20, high: true });
	});

	it('a loss’s mistakes are compared by difference, like its answer', () => {
		const loss: Misconception[] = [{ id: 'e', value: 1.69, tolerance: 0.01 }];
		expect(checkAnswer('1.695', 'loss', 1.94, 0.02, loss)).toMatchObject({ misconception: { id: 'e' } });
		expect(checkAnswer('1.75', 'loss', 1.94, 0.02, loss).status).toBe('wrong');
	});
});
