import { describe, expect, it } from 'vitest';
import { allocate, budgetForTokens, lawIds, trainingCompute } from '$lib/scaling';
import { expectRelative } from './helpers';

describe('budgetForTokens', () => {
	it.each(lawIds.flatMap((id) => [1e9, 100e9, 1.4e12, 1e14].map((D) => [id, D] as const)))(
		'%s: the budget it returns trains on exactly %d tokens',
		(id, D) => {
			expectRelative(allocate(id, budgetForTokens(id, D)).tokens, D, 1e-9);
		}
	);

	it('gives 100 B tokens ≈ 3e21 FLOP at 20 tokens per parameter (the source’s example, corrected)', () => {
		expectRelative(budgetForTokens('tokens20', 100e9), trainingCompute(5e9, 100e9), 1e-9);
	});

	it.each([0, -5, NaN, Infinity])('refuses %d tokens', (D) => {
		expect(() => budgetForTokens('hoffmann2022', D)).toThrow(/tokens/);
	});
});
