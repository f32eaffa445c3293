import { describe, expect, it } from 'vitest';
import {
	DEVRIES_CRITICAL_OVERHEAD,
	computeOverhead,
	devriesCriticalSizeFactor,
	frontierOf,
	parametricPresets,
	sizeFactorForOverhead,
	sizeFactorOverhead,
	smallestSizeFactor,
	tokenFactorForSizeFactor,
	lossOf
} from '$lib/scaling';
import { expectRelative } from './helpers';

const law = parametricPresets.hoffmann2022.law;

describe('computeOverhead', () => {
	it.each([1e19, 5.76e23, 1e26])('is zero on the frontier at C=%d', (C) => {
		const f = frontierOf(law);
		expect(Math.abs(computeOverhead(law, f.params(C), f.tokens(C)))).toBeLessThan(1e-9);
	});

	it('is positive for Gopher (280 B on 300 B tokens)', () => {
		expect(computeOverhead(law, 280e9, 300e9)).toBeGreaterThan(0.1);
	});
});

describe('de Vries size–token trade-off (devries2023)', () => {
	it('needs the optimal tokens at the optimal size', () => {
		expect(tokenFactorForSizeFactor(law, 1)).toBeCloseTo(1, 14);
		expect(sizeFactorOverhead(law, 1)).toBeCloseTo(0, 14);
	});

	it.each([
		[0.75, 0.028, 0.029],
		[0.5, 0.2, 0.21],
		[0.3, 1.05, 1.06]
	])(
		'with the printed fit, at %d of the optimal size costs %d–%d extra (the blog’s 2.8%%, ~20%%, ~100%%)',
		(k, low, high) => {
			const overhead = sizeFactorOverhead(parametricPresets.hoffmann2022.law, k)!;
			expect(overhead).toBeGreaterThan(low);
			expect(overhead).toBeLessThan(high);
		}
	);

	it('costs about 100% more compute at 30% of the optimal size', () => {
		expect(sizeFactorOverhead(law, 0.3)!).toBeGreaterThan(0.9);
		expect(sizeFactorOverhead(law, 0.3)!).toBeLessThan(1.15);
	});

	it('reaches the same loss as the optimum', () => {
		const C = 1e22;
		const f = frontierOf(law);
		const kD = tokenFactorForSizeFactor(law, 0.5)!;
		const L = lossOf(law);
		expectRelative(L(0.5 * f.params(C), kD * f.tokens(C)), L(f.params(C), f.tokens(C)), 1e-12);
	});

	it('is undefined for a model too small to reach the optimal loss', () => {
		expect(tokenFactorForSizeFactor(law, 0.05)).toBeUndefined();
	});
});

describe('smallestSizeFactor: the asymptote where no amount of data is enough', () => {
	it.each(['hoffmann2022', 'besiroglu2024'] as const)('is where the token factor stops existing (%s)', (id) => {
		const law = parametricPresets[id].law;
		const k = smallestSizeFactor(law);
		expect(tokenFactorForSizeFactor(law, k * 1.001)).toBeGreaterThan(100);
		expect(tokenFactorForSizeFactor(law, k * 0.999)).toBeUndefined();
	});

	it.each([
		['hoffmann2022', 0.097],
		['besiroglu2024', 0.146]
	] as const)('lies near %s of the optimal size for %s (FACTS: ≈ 9.7% printed, ≈ 14.6% Epoch)', (id, expected) => {
		expect(smallestSizeFactor(parametricPresets[id].law)).toBeCloseTo(expected, 3);
	});
});

describe('devriesCriticalSizeFactor: de Vries’s critical model size, where the overhead reaches 100%', () => {
	it('is about 0.30 of the optimal size with the printed fit, as de Vries says', () => {
		const k = devriesCriticalSizeFactor(parametricPresets.hoffmann2022.law);
		expect(k).toBeGreaterThan(0.3);
		expect(k).toBeLessThan(0.31);
		expect(k).toBeCloseTo(0.3, 1);
	});

	it.each(['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const)(
		'puts the overhead at exactly 100%% (%s)',
		(id) => {
			const law = parametricPresets[id].law;
			expect(DEVRIES_CRITICAL_OVERHEAD).toBe(1);
			expect(sizeFactorOverhead(law, devriesCriticalSizeFactor(law))!).toBeCloseTo(1, 9);
		}
	);

	it('is a different, larger size than the asymptote', () => {
		for (const id of ['hoffmann2022', 'besiroglu2024'] as const) {
			const law = parametricPresets[id].law;
			expect(devriesCriticalSizeFactor(law)).toBeGreaterThan(2 * smallestSizeFactor(law));
		}
	});
});

describe('sizeFactorForOverhead', () => {
	it.each([
		[0.0285, 0.75],
		[0.208, 0.5],
		[1.055, 0.3],
		[1.886, 0.25]
	])('with the printed fit, finds the size of %d overhead at %d (FACTS: 2.85%%, 20.8%%, 105.5%%, 188.6%%)', (o, k) => {
		expect(sizeFactorForOverhead(parametricPresets.hoffmann2022.law, o)).toBeCloseTo(k, 2);
	});

	it.each([0.01, 0.5, 3, 100])('inverts sizeFactorOverhead at %d', (o) => {
		const law = parametricPresets.besiroglu2024.law;
		expect(sizeFactorOverhead(law, sizeFactorForOverhead(law, o))!).toBeCloseTo(o, 8);
	});

	it('refuses an overhead that is not positive, naming it', () => {
		expect(() => sizeFactorForOverhead(law, 0)).toThrow(/overhead/);
		expect(() => sizeFactorForOverhead(law, -1)).toThrow(/overhead/);
	});
});
