import { describe, expect, it } from 'vitest';
import { allocate, exponentsOf, isLawId, lawIds, laws, loss, parametricLawIds, trainingCompute } from '$lib/scaling';
import { badNumbers, expectRelative } from './helpers';

const allIds = [
	'hoffmann2022',
	'hoffmann2022-unrounded',
	'besiroglu2024',
	'hoffmann2022-approach1',
	'hoffmann2022-approach2',
	'kaplan2020',
	'tokens20'
];

describe('laws', () => {
	it('holds the seven laws of the essay', () => {
		expect([...lawIds].sort()).toEqual([...allIds].sort());
	});

	it.each(lawIds)('%s has a label, a kind and a citation key', (id) => {
		expect(laws[id].label.length).toBeGreaterThan(3);
		expect(['parametric', 'allocation']).toContain(laws[id].kind);
		expect(laws[id].cite).toMatch(/^[a-z]+\d{4}$/);
	});

	it('lists exactly three parametric laws', () => {
		expect(parametricLawIds).toEqual(['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024']);
	});

	it.each(['__proto__', 'constructor', 'toString', 'HOFFMANN2022', '', 42, null])('isLawId(%j) is false', (id) => {
		expect(isLawId(id)).toBe(false);
	});
});

describe('allocate', () => {
	it.each(lawIds.flatMap((id) => [1e17, 5.76e23, 1e28].map((C) => [id, C] as const)))(
		'%s puts 6·N·D exactly on C = %d',
		(id, C) => {
			const { params, tokens } = allocate(id, C);
			expectRelative(trainingCompute(params, tokens), C, 1e-12);
		}
	);

	it.each(badNumbers)('refuses a %s budget with a RangeError naming computeBudget', (_, bad) => {
		expect(() => allocate('hoffmann2022', bad)).toThrow(RangeError);
		expect(() => allocate('tokens20', bad)).toThrow(/computeBudget/);
	});

	it('refuses an unknown law id, naming it', () => {
		// @ts-expect-error: testing a runtime guard
		expect(() => allocate('chinchilla', 1e20)).toThrow(/lawId.*chinchilla/);
		// @ts-expect-error: testing a runtime guard
		expect(() => allocate('__proto__', 1e20)).toThrow(RangeError);
	});
});

describe('loss', () => {
	it('gives Chinchilla (70 B, 1.4 T) a lower loss than Gopher (280 B, 300 B) under every parametric law', () => {
		for (const id of parametricLawIds) {
			expect(loss(id, 70e9, 1.4e12)).toBeLessThan(loss(id, 280e9, 300e9));
		}
	});

	it('is E + A/N^α + B/D^β', () => {
		expectRelative(loss('hoffmann2022', 1e9, 1e10), 1.69 + 406.4 / 1e9 ** 0.34 + 410.7 / 1e10 ** 0.28, 1e-14);
	});

	it.each(['hoffmann2022-approach1', 'hoffmann2022-approach2', 'kaplan2020', 'tokens20'] as const)(
		'is a clear RangeError for the allocation rule %s',
		(id) => {
			expect(() => loss(id, 1e9, 1e10)).toThrow(/allocation rule with no loss function/);
		}
	);

	it.each(badNumbers)('refuses a %s parameter count', (_, bad) => {
		expect(() => loss('hoffmann2022', bad, 1e10)).toThrow(/params/);
	});
});

describe('exponentsOf', () => {
	it.each(lawIds)('%s: N_opt grows as C^a, measured between two budgets', (id) => {
		const { a, b } = exponentsOf(id);
		expect(a + b).toBeCloseTo(1, 14);
		const measured = Math.log(allocate(id, 1e26).params / allocate(id, 1e20).params) / Math.log(1e6);
		expect(measured).toBeCloseTo(a, 10);
	});

	it.each([
		['hoffmann2022-approach1', 0.5],
		['hoffmann2022-approach2', 0.49],
		['kaplan2020', 0.73],
		['tokens20', 0.5]
	] as const)('%s has a ≈ %d', (id, a) => {
		expect(Math.abs(exponentsOf(id).a - a)).toBeLessThanOrEqual(0.01);
	});
});
