import { describe, expect, it } from 'vitest';
import { allocate, budgetForTokens, lawIds, loss, trainingCompute } from '$lib/scaling';
import { fromTokensRows, splitRows } from '$lib/widgets/allocation-calculator/model';
import { expectRelative } from '../scaling/helpers';

describe('the allocation calculator', () => {
	it('splits the budget by every law, on the budget’s own iso-FLOP line, scored with the chosen fit', () => {
		const rows = splitRows(1e22, 'besiroglu2024');
		expect(rows.map((r) => r.lawId)).toEqual(lawIds);
		for (const r of rows) {
			expectRelative(trainingCompute(r.params, r.tokens), 1e22, 1e-12);
			expectRelative(r.loss, loss('besiroglu2024', r.params, r.tokens), 1e-12);
			expectRelative(r.tokensPerParam, r.tokens / r.params, 1e-12);
		}
		// The chosen fit's own split has the lowest loss under that fit.
		const lowest = rows.reduce((a, b) => (b.loss < a.loss ? b : a));
		expect(lowest.lawId).toBe('besiroglu2024');
	});

	it('finds for a token count each law’s budget and model, and the hours it takes', () => {
		const rows = fromTokensRows(100e9, 312e12, 0.4);
		const twenty = rows.find((r) => r.lawId === 'tokens20')!;
		expectRelative(twenty.params, 5e9, 1e-9);
		expectRelative(twenty.budget, 3e21, 1e-9);
		expectRelative(twenty.hours, 3e21 / (312e12 * 0.4) / 3600, 1e-9);
		for (const r of rows) {
			expectRelative(r.budget, budgetForTokens(r.lawId, 100e9), 1e-12);
			expectRelative(allocate(r.lawId, r.budget).tokens, 100e9, 1e-9);
		}
	});
});
