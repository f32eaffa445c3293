import { describe, expect, it } from 'vitest';
import {
	allocate,
	approach1Fit,
	approach2Fit,
	FLOP_PER_PF_DAY,
	GOPHER_BUDGET,
	kaplanMinCompute,
	table3Approach1,
	tableA3Approach2,
	trainingCompute
} from '$lib/scaling';
import { expectRelative } from './helpers';

describe('Approach 1 rule, fitted to hoffmann2022 Table 3', () => {
	it('has the paper’s exponent a = 0.50 ± 0.01', () => {
		expect(Math.abs(approach1Fit.exponent - 0.5)).toBeLessThanOrEqual(0.01);
	});

	it.each(table3Approach1)('reproduces the row N=$params at C=$flop', (row) => {
		const { params, tokens } = allocate('hoffmann2022-approach1', row.flop);
		expectRelative(params, row.params, 0.05);
		expectRelative(tokens, row.tokens, 0.07);
	});
});

describe('Approach 2 rule, fitted to hoffmann2022 Table A3', () => {
	it('has the paper’s exponent a = 0.49 ± 0.01', () => {
		expect(Math.abs(approach2Fit.exponent - 0.49)).toBeLessThanOrEqual(0.01);
	});

	it.each(tableA3Approach2)('reproduces the row N=$params at C=$flop', (row) => {
		const { params, tokens } = allocate('hoffmann2022-approach2', row.flop);
		expectRelative(params, row.params, 0.05);
		expectRelative(tokens, row.tokens, 0.07);
	});
});

describe('kaplan2020', () => {
	it.each([1, 100, 1e4])('uses N = 1.3e9·C_min^0.73 with C_min = C/2 = %d PF-days', (minPfDays) => {
		const { params } = allocate('kaplan2020', 2 * minPfDays * FLOP_PER_PF_DAY);
		expectRelative(params, 1.3e9 * minPfDays ** 0.73, 1e-12);
	});

	it('kaplanMinCompute halves a real budget and refuses a bad one', () => {
		expectRelative(kaplanMinCompute(1e21), 5e20, 1e-15);
		expect(() => kaplanMinCompute(0)).toThrow(/computeBudget/);
	});

	it('gives 4.68 B parameters at 1e21 FLOP, the size hoffmann2022 App. D.4 trained against Approach 1', () => {
		expectRelative(allocate('kaplan2020', 1e21).params, 4.68e9, 0.01);
	});

	it('gives ≈ 485 B parameters at the Gopher budget (not the 804 B that C in place of C_min gives)', () => {
		expectRelative(allocate('kaplan2020', GOPHER_BUDGET).params, 485e9, 0.01);
	});

	it('lands Kaplan’s own token formula, D = 2e10·C_min^0.27, within 15% of the budget (6·N·D ≈ 0.9·C)', () => {
		for (const C of [1e19, GOPHER_BUDGET, 1e26]) {
			const minPfDays = kaplanMinCompute(C) / FLOP_PER_PF_DAY;
			const ratio = (6 * 1.3e9 * minPfDays ** 0.73 * 2e10 * minPfDays ** 0.27) / C;
			expectRelative(ratio, 0.9, 0.02);
		}
	});

	it('gives far larger models than Chinchilla at the Gopher budget', () => {
		expect(allocate('kaplan2020', GOPHER_BUDGET).params).toBeGreaterThan(
			5 * allocate('tokens20', GOPHER_BUDGET).params
		);
	});

	it('puts its point on the iso-FLOP line of its budget', () => {
		const { params, tokens } = allocate('kaplan2020', 1e21);
		expectRelative(trainingCompute(params, tokens), 1e21, 1e-12);
	});
});

describe('tokens20', () => {
	it.each([1e18, 5.76e23, 1e27])('trains on exactly 20 tokens per parameter at C=%d', (C) => {
		const { params, tokens } = allocate('tokens20', C);
		expectRelative(tokens / params, 20, 1e-12);
	});

	it('pairs 100 B tokens with 5 B parameters and ≈3e21 FLOP (the source’s example, corrected)', () => {
		const C = trainingCompute(5e9, 100e9);
		expectRelative(C, 3e21, 1e-12);
		const { params, tokens } = allocate('tokens20', C);
		expectRelative(params, 5e9, 1e-12);
		expectRelative(tokens, 100e9, 1e-12);
	});
});
