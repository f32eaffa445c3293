import { describe, expect, it } from 'vitest';
import { isoLossTokens, lossOf, minParamsForLoss, parametricPresets } from '$lib/scaling';
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
