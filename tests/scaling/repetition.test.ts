import { describe, expect, it } from 'vitest';
import { effectiveData, effectiveDataLimit, REPETITION_HALF_LIFE } from '$lib/scaling';
import { expectRelative } from './helpers';

describe('effective data under repetition (muennighoff2023)', () => {
	it('is the formula: 100 B unique tokens for 4 epochs are worth ≈ 373 B', () => {
		const d = effectiveData(100e9, 4);
		expectRelative(d, 100e9 + 100e9 * 15.4 * (1 - Math.exp(-3 / 15.4)), 1e-12);
		expect(d / 1e9).toBeGreaterThan(372);
		expect(d / 1e9).toBeLessThan(374);
	});

	it('is the unique data itself for one epoch, and nearly fresh for a few', () => {
		expect(effectiveData(1e9, 1)).toBe(1e9);
		expect(effectiveData(1e9, 4) / 4e9).toBeGreaterThan(0.93);
	});

	it('grows with epochs but never past U·(1 + R*)', () => {
		let previous = 0;
		for (const epochs of [1, 2, 4, 8, 16, 64, 400]) {
			const d = effectiveData(1e9, epochs);
			expect(d).toBeGreaterThan(previous);
			expect(d).toBeLessThan(effectiveDataLimit(1e9));
			previous = d;
		}
		expectRelative(effectiveDataLimit(1e9), 1e9 * (1 + REPETITION_HALF_LIFE), 1e-12);
	});

	it.each([0, 0.5, NaN, Infinity])('refuses %d epochs', (epochs) => {
		expect(() => effectiveData(1e9, epochs)).toThrow(/epochs/);
	});
});
