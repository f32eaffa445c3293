import { describe, expect, it } from 'vitest';
import { FLOP_PER_PARAM_TOKEN, isoFlopTokens, trainingCompute } from '$lib/scaling';
import { badNumbers, expectRelative } from './helpers';

describe('trainingCompute', () => {
	it.each([
		// Chinchilla: 70 B parameters on 1.4 T tokens (hoffmann2022 Table 1) ≈ 5.88e23 FLOP.
		[70e9, 1.4e12, 5.88e23],
		// Gopher: 280 B on 300 B tokens ≈ 5.04e23 FLOP.
		[280e9, 300e9, 5.04e23],
		[1, 1, 6]
	])('6·N·D for N=%d, D=%d is %d', (params, tokens, expected) => {
		expectRelative(trainingCompute(params, tokens), expected, 1e-12);
	});

	it('counts 2 forward and 4 backward FLOPs per parameter per token', () => {
		expect(FLOP_PER_PARAM_TOKEN).toBe(6);
	});

	it.each(badNumbers)('refuses a %s parameter count with a RangeError naming it', (_, bad) => {
		expect(() => trainingCompute(bad, 1e9)).toThrow(RangeError);
		expect(() => trainingCompute(bad, 1e9)).toThrow(/params/);
	});

	it.each(badNumbers)('refuses a %s token count with a RangeError naming it', (_, bad) => {
		expect(() => trainingCompute(1e9, bad)).toThrow(/tokens/);
	});
});

describe('isoFlopTokens', () => {
	it.each([
		[5.76e23, 70e9],
		[1e20, 1e8],
		[1e28, 1e13]
	])('puts (N, C/(6N)) back on the budget %d', (C, N) => {
		expectRelative(trainingCompute(N, isoFlopTokens(C, N)), C, 1e-12);
	});

	it.each(badNumbers)('refuses a %s budget', (_, bad) => {
		expect(() => isoFlopTokens(bad, 1e9)).toThrow(/computeBudget/);
	});
});
