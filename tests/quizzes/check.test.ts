import { describe, expect, it } from 'vitest';
import { checkAnswer, readAnswer, type AnswerUnit } from '$lib/quizzes/check';

describe('reading an answer in the question’s units', () => {
	const cases: [string, AnswerUnit, number | undefined][] = [
		['70 B', 'params', 70e9],
		['70B', 'params', 70e9],
		['7e10', 'params', 70e9],
		['70 B parameters', 'params', 70e9],
		['1.4 T', 'tokens', 1.4e12],
		['1.4e12 tokens', 'tokens', 1.4e12],
		['1,400,000,000,000', 'tokens', 1.4e12],
		['5.8e23', 'compute', 5.8e23],
		['5.8 × 10^23 FLOP', 'compute', 5.8e23],
		['5.8 × 10²³', 'compute', 5.8e23],
		['6700 PF-days', 'compute', 6700 * 8.64e19],
		['25%', 'percent', 0.25],
		['25', 'percent', 0.25],
		['0.25', 'percent', 0.25],
		['105.5 per cent', 'percent', 1.055],
		['3.2', 'ratio', 3.2],
		['3.2×', 'ratio', 3.2],
		['1.94 nats', 'loss', 1.94],
		['0.45', 'plain', 0.45],
		// Not numbers in these units: units of the wrong kind, words, nothing.
		['70 B', 'compute', undefined],
		['5.8e23 FLOP', 'params', undefined],
		['lots', 'tokens', undefined],
		['', 'plain', undefined],
		['1e999', 'plain', undefined],
		['NaN', 'ratio', undefined]
	];
	it.each(cases)('%s as %s → %s', (text, unit, expected) => {
		const value = readAnswer(text, unit);
		if (expected === undefined) expect(value).toBeUndefined();
		else expect(value! / expected).toBeCloseTo(1, 9);
	});
});

describe('checking an answer against the core’s, within a tolerance', () => {
	const cases: [string, AnswerUnit, number, number, string][] = [
		['5.0e23', 'compute', 5.04e23, 0.05, 'right'],
		['5.25e23', 'compute', 5.04e23, 0.05, 'right'],
		['5.4e23', 'compute', 5.04e23, 0.05, 'wrong'],
		['4.7e23', 'compute', 5.04e23, 0.05, 'wrong'],
		['5 B', 'params', 5e9, 0.05, 'right'],
		['50 B', 'params', 5e9, 0.05, 'wrong'],
		['5 B', 'compute', 5e9, 0.05, 'unreadable'],
		['  ', 'params', 5e9, 0.05, 'empty'],
		['21%', 'percent', 0.208, 0.15, 'right'],
		['40%', 'percent', 0.208, 0.15, 'wrong'],
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
});
