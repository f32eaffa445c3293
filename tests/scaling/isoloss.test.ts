import { describe, expect, it } from 'vitest';
import {
	isoLossCurve,
	isoLossParams,
	isoLossTokens,
	lossOf,
	minParamsForLoss,
	minTokensForLoss,
	parametricPresets
} from '$lib/scaling';
import { expectRelative } from './helpers';

const law = parametricPresets.hoffmann2022.law;

describe('isoLossTokens', () => {
	it.each([
		[2.0, 1e10],
		[2.0, 1e12],
		[1.9, 7e10],
		[2.5, 1e9]
	])('evaluates back to L = %d at N = %d', (L, N) => {
		const D = isoLossTokens(law, L, N);
		expect(D).toBeDefined();
		expectRelative(lossOf(law)(N, D!), L, 1e-12);
	});

	it('is undefined where N is too small to reach L on any amount of data', () => {
		const nMin = minParamsForLoss(law, 2.0)!;
		expect(isoLossTokens(law, 2.0, nMin * 0.99)).toBeUndefined();
		expect(isoLossTokens(law, 2.0, nMin * 1.01)).toBeGreaterThan(0);
	});

	it('is undefined for losses at or below the irreducible E', () => {
		expect(isoLossTokens(law, law.E, 1e12)).toBeUndefined();
		expect(minParamsForLoss(law, law.E)).toBeUndefined();
	});

	it('needs fewer tokens as the model grows (the curve falls)', () => {
		expect(isoLossTokens(law, 2.0, 1e11)!).toBeLessThan(isoLossTokens(law, 2.0, 1e10)!);
	});

	it.each([NaN, Infinity])('refuses a loss of %d', (L) => {
		expect(() => isoLossTokens(law, L, 1e9)).toThrow(/loss/);
	});
});

describe('isoLossCurve and its pieces', () => {
	const law = parametricPresets.besiroglu2024.law;
	const L = lossOf(law);
	const box = { params: [1e7, 1e14] as [number, number], tokens: [1e8, 1e16] as [number, number] };

	it.each([1.9, 2.05, 2.5, 3.5])('puts every point of the L = %d curve on it, inside the box, in N order', (level) => {
		const curve = isoLossCurve(law, level, box.params, box.tokens);
		expect(curve.length).toBeGreaterThan(20);
		for (const [N, D] of curve) {
			expect(Math.abs(L(N, D) - level)).toBeLessThan(1e-9);
			expect(N).toBeGreaterThanOrEqual(box.params[0]);
			expect(D).toBeLessThanOrEqual(box.tokens[1]);
		}
		for (let i = 1; i < curve.length; i++) expect(curve[i][0]).toBeGreaterThanOrEqual(curve[i - 1][0]);
	});

	it('reads the curve both ways: isoLossParams inverts isoLossTokens', () => {
		const D = isoLossTokens(law, 2.1, 5e10)!;
		expect(Math.abs(isoLossParams(law, 2.1, D)! / 5e10 - 1)).toBeLessThan(1e-9);
	});

	it('has its asymptotes at N_min and D_min, and none below E', () => {
		const nMin = minParamsForLoss(law, 2.1)!;
		const dMin = minTokensForLoss(law, 2.1)!;
		expect(isoLossTokens(law, 2.1, nMin * 0.999)).toBeUndefined();
		expect(isoLossParams(law, 2.1, dMin * 0.999)).toBeUndefined();
		expect(minTokensForLoss(law, law.E)).toBeUndefined();
		expect(isoLossCurve(law, law.E - 0.1, box.params, box.tokens)).toEqual([]);
	});
});
