import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	FLOP_PER_PARAM_TOKEN,
	frontierOf,
	isoLossTokens,
	lossOf,
	optimalLossOf,
	type ParametricLaw
} from '$lib/scaling';

// Random laws span the published fits and well beyond: exponents 0.05–2, coefficients over four decades.
const lawArb: fc.Arbitrary<ParametricLaw> = fc.record({
	E: fc.double({ min: 0.5, max: 3, noNaN: true }),
	A: fc.double({ min: 10, max: 1e5, noNaN: true }),
	B: fc.double({ min: 10, max: 1e5, noNaN: true }),
	alpha: fc.double({ min: 0.05, max: 2, noNaN: true }),
	beta: fc.double({ min: 0.05, max: 2, noNaN: true })
});
// Budgets log-uniform over the slider's range, 1e17–1e28 FLOP.
const budgetArb = fc.double({ min: 17, max: 28, noNaN: true }).map((e) => 10 ** e);
const runs = { numRuns: 2000 };

describe('frontier properties (fast-check)', () => {
	it('6·N_opt·D_opt = C', () => {
		fc.assert(
			fc.property(lawArb, budgetArb, (law, C) => {
				const f = frontierOf(law);
				const spent = FLOP_PER_PARAM_TOKEN * f.params(C) * f.tokens(C);
				expect(Math.abs(spent / C - 1)).toBeLessThan(1e-9);
			}),
			runs
		);
	});

	it('a + b = 1', () => {
		fc.assert(
			fc.property(lawArb, (law) => {
				const { a, b } = frontierOf(law);
				expect(Math.abs(a + b - 1)).toBeLessThan(1e-12);
			}),
			runs
		);
	});

	it('no point on the iso-FLOP line has a lower loss than the optimum', () => {
		fc.assert(
			fc.property(lawArb, budgetArb, fc.double({ min: -3, max: 3, noNaN: true }), (law, C, shift) => {
				const f = frontierOf(law);
				const N = f.params(C) * 10 ** shift;
				const L = lossOf(law);
				const optimum = L(f.params(C), f.tokens(C));
				expect(optimum).toBeLessThanOrEqual(L(N, C / (FLOP_PER_PARAM_TOKEN * N)) * (1 + 1e-12));
			}),
			runs
		);
	});

	it('L*(C) falls as C grows (its reducible part strictly; the total never rises)', () => {
		fc.assert(
			fc.property(lawArb, budgetArb, fc.double({ min: 1.01, max: 1e4, noNaN: true }), (law, C, factor) => {
				const optimal = optimalLossOf(law);
				// With steep exponents the reducible part can drop below E's last bit, so the total may only stay equal.
				expect(optimal.reducibleAt(C * factor)).toBeLessThan(optimal.reducibleAt(C));
				expect(optimal.at(C * factor)).toBeLessThanOrEqual(optimal.at(C));
			}),
			runs
		);
	});

	it('the iso-loss curve evaluates back to its loss', () => {
		fc.assert(
			fc.property(lawArb, budgetArb, fc.double({ min: 0.2, max: 5, noNaN: true }), (law, C, sizeFactor) => {
				// Take the loss of the optimum at C and walk its contour to another model size.
				const f = frontierOf(law);
				const target = optimalLossOf(law).at(C);
				const N = f.params(C) * sizeFactor;
				const D = isoLossTokens(law, target, N);
				if (D === undefined) return; // N too small to reach the target: reported, not a point to check.
				expect(Math.abs(lossOf(law)(N, D) / target - 1)).toBeLessThan(1e-9);
			}),
			runs
		);
	});

	it('every result is finite for extreme but valid inputs', () => {
		fc.assert(
			fc.property(lawArb, budgetArb, (law, C) => {
				const f = frontierOf(law);
				const values = [f.G, f.params(C), f.tokens(C), optimalLossOf(law).at(C)];
				for (const v of values) expect(Number.isFinite(v)).toBe(true);
			}),
			runs
		);
	});
});
