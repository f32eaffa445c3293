import { describe, expect, it } from 'vitest';
import {
	computeOverhead,
	criticalSizeFactor,
	frontierOf,
	parametricPresets,
	sizeFactorOverhead,
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

describe('criticalSizeFactor', () => {
	it.each(['hoffmann2022', 'besiroglu2024'] as const)('is where the token factor stops existing (%s)', (id) => {
		const law = parametricPresets[id].law;
		const k = criticalSizeFactor(law);
		expect(tokenFactorForSizeFactor(law, k * 1.001)).toBeGreaterThan(100);
		expect(tokenFactorForSizeFactor(law, k * 0.999)).toBeUndefined();
	});
});
