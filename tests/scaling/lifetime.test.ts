import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	allocate,
	breakEvenInferenceTokens,
	parametricLaw,
	sizeFactorOverhead,
	chinchillaForLoss,
	frontierOf,
	lifetimeCost,
	lifetimeCurve,
	lifetimeOptimum,
	lossOf,
	optimalLossOf,
	parametricPresets,
	type ParametricLaw
} from '$lib/scaling';
import { expectRelative } from './helpers';

const epoch: ParametricLaw = parametricPresets.besiroglu2024.law;
const printed: ParametricLaw = parametricPresets.hoffmann2022.law;
// The loss Chinchilla-optimal training reaches at Gopher's budget, under each fit.
const target = (law: ParametricLaw) => optimalLossOf(law).at(5.76e23);

describe('lifetime cost (sardana2024)', () => {
	it('prices a model on the iso-loss curve: 6·N·D to train, 2·N per token served', () => {
		const point = lifetimeCost(epoch, target(epoch), 1e12, 30e9)!;
		expect(lossOf(epoch)(point.params, point.tokens)).toBeCloseTo(target(epoch), 9);
		expectRelative(point.trainCompute, 6 * 30e9 * point.tokens, 1e-12);
		expectRelative(point.inferenceCompute, 2 * 30e9 * 1e12, 1e-12);
		expect(lifetimeCost(epoch, target(epoch), 0, 1e6)).toBeUndefined();
	});

	it('chinchillaForLoss is the frontier at the budget whose optimum reaches that loss', () => {
		const { params } = chinchillaForLoss(epoch, target(epoch));
		expectRelative(params, frontierOf(epoch).params(5.76e23), 1e-9);
	});

	it.each([epoch, printed])('with no inference, the cheapest model is the Chinchilla optimum', (law) => {
		const { best, chinchilla, saving } = lifetimeOptimum(law, target(law), 0);
		expectRelative(best.params, chinchilla.params, 1e-6);
		expect(saving).toBeCloseTo(0, 9);
	});

	it('moves to smaller models trained on more tokens as inference grows, and always saves', () => {
		let previous = lifetimeOptimum(epoch, target(epoch), 0);
		for (const inference of [1e10, 1e11, 1e12, 1e13, 1e14]) {
			const next = lifetimeOptimum(epoch, target(epoch), inference);
			expect(next.best.params).toBeLessThan(previous.best.params);
			expect(next.best.tokens / next.best.params).toBeGreaterThan(previous.best.tokens / previous.best.params);
			expect(next.saving).toBeGreaterThan(0);
			previous = next;
		}
	});

	it('finds the minimum of the curve: no sampled size is cheaper (property, any demand and loss)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e15, noNaN: true }),
				fc.double({ min: 1e19, max: 1e27, noNaN: true }),
				(inference, budget) => {
					const loss = optimalLossOf(epoch).at(budget);
					const { best } = lifetimeOptimum(epoch, loss, inference);
					for (const p of lifetimeCurve(epoch, loss, inference, 60)) {
						expect(best.total).toBeLessThanOrEqual(p.total * (1 + 1e-9));
					}
				}
			),
			{ numRuns: 200 }
		);
	});

	it('refuses negative demand and a loss at or below E, naming them', () => {
		expect(() => lifetimeOptimum(epoch, 2.5, -1)).toThrow(/inferenceTokens/);
		expect(() => lifetimeOptimum(epoch, epoch.E, 0)).toThrow(/irreducible loss/);
		expect(() => lifetimeCurve(epoch, NaN, 0)).toThrow(/loss/);
	});
});

describe('when a smaller model repays its extra training', () => {
	it('breaks even where training plus inference cost the same as the optimum’s', () => {
		const law = parametricLaw('hoffmann2022');
		const C = 5.76e23;
		const opt = allocate('hoffmann2022', C);
		for (const k of [0.3, 0.5, 0.75, 0.9]) {
			const T = breakEvenInferenceTokens(law, opt.tokens, k)!;
			const overhead = sizeFactorOverhead(law, k)!;
			const small = (1 + overhead) * C + 2 * k * opt.params * T;
			const optimum = C + 2 * opt.params * T;
			expect(small / optimum).toBeCloseTo(1, 9);
		}
		// Half the optimal size: 3 × 20.8% / 0.5 ≈ 1.25 times the optimum's own training tokens.
		expect(breakEvenInferenceTokens(law, 1e12, 0.5)! / 1e12).toBeCloseTo(1.25, 2);
	});

	it('has no answer below the critical size or at the optimum', () => {
		const law = parametricLaw('hoffmann2022');
		expect(breakEvenInferenceTokens(law, 1e12, 0.05)).toBeUndefined();
		expect(breakEvenInferenceTokens(law, 1e12, 1)).toBeUndefined();
		expect(() => breakEvenInferenceTokens(law, NaN, 0.5)).toThrow(RangeError);
	});
});
