import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BINDING_TOLERANCE,
	FLOP_PER_PARAM_TOKEN,
	GOPHER_BUDGET,
	checkPlanInputs,
	effectiveData,
	effectiveTrainingTokens,
	frontierOf,
	lifetimeOptimum,
	lossOf,
	parametricPresets,
	planAlternatives,
	planPoint,
	solvePlan,
	type ParametricLaw,
	type PlanInputs,
	type PlanSolution
} from '$lib/scaling';
import { expectRelative } from './helpers';

const epoch: ParametricLaw = parametricPresets.besiroglu2024.law;
const published = Object.values(parametricPresets).map((p) => [p.short, p.law] as [string, ParametricLaw]);
const open: PlanInputs = { computeBudget: GOPHER_BUDGET, uniqueTokens: Infinity, maxEpochs: 4, inferenceTokens: 0 };
const spent = (p: { params: number; tokens: number }) => FLOP_PER_PARAM_TOKEN * p.params * p.tokens;
// N on the budget line, scored as the plan scores it.
const onLine = (law: ParametricLaw, inputs: PlanInputs, N: number) =>
	planPoint(law, inputs, N, inputs.computeBudget / (FLOP_PER_PARAM_TOKEN * N));

describe('checkPlanInputs', () => {
	it.each<[string, Partial<PlanInputs>, RegExp]>([
		['a zero budget', { computeBudget: 0 }, /computeBudget/],
		['an infinite budget', { computeBudget: Infinity }, /computeBudget/],
		['no unique tokens', { uniqueTokens: 0 }, /uniqueTokens/],
		['NaN unique tokens', { uniqueTokens: NaN }, /uniqueTokens/],
		['less than one epoch', { maxEpochs: 0.5 }, /maxEpochs/],
		['NaN epochs', { maxEpochs: NaN }, /maxEpochs/],
		['negative demand', { inferenceTokens: -1 }, /inferenceTokens/],
		['infinite demand', { inferenceTokens: Infinity }, /inferenceTokens/],
		['NaN demand', { inferenceTokens: NaN }, /inferenceTokens/]
	])('refuses %s, naming the input', (_, change, message) => {
		expect(() => checkPlanInputs({ ...open, ...change })).toThrow(message);
		expect(() => solvePlan(epoch, { ...open, ...change })).toThrow(message);
	});

	it('takes unlimited data and epochs as Infinity, and exactly one epoch', () => {
		expect(checkPlanInputs({ ...open, maxEpochs: Infinity })).toEqual({ ...open, maxEpochs: Infinity });
		expect(() => checkPlanInputs({ ...open, uniqueTokens: 1e9, maxEpochs: 1 })).not.toThrow();
	});
});

describe('effectiveTrainingTokens (muennighoff2023)', () => {
	it.each([
		[1e9, 2e9],
		[2e9, 2e9],
		[5e9, Infinity]
	])('is D itself up to one epoch (D = %d, U = %d)', (D, U) => {
		expect(effectiveTrainingTokens(D, U)).toBe(D);
	});

	it.each([1.5, 4, 16, 100])('is effectiveData(U, D/U) at %d epochs', (epochs) => {
		expectRelative(effectiveTrainingTokens(epochs * 3e9, 3e9), effectiveData(3e9, epochs), 1e-12);
	});
});

describe('planPoint', () => {
	it('prices and scores a model: 6·N·D, 2·N·D_inf, the loss on the effective tokens', () => {
		const inputs = { ...open, uniqueTokens: 1e11, inferenceTokens: 1e13 };
		const p = planPoint(epoch, inputs, 5e10, 3e11);
		expectRelative(p.trainCompute, 6 * 5e10 * 3e11, 1e-15);
		expectRelative(p.inferenceCompute, 2 * 5e10 * 1e13, 1e-15);
		expectRelative(p.lifetimeCompute, p.trainCompute + p.inferenceCompute, 1e-15);
		expect(p.epochs).toBeCloseTo(3, 12);
		expect(p.tokensPerParam).toBeCloseTo(6, 12);
		expectRelative(p.effectiveTokens, effectiveData(1e11, 3), 1e-12);
		expectRelative(p.loss, lossOf(epoch)(5e10, p.effectiveTokens), 1e-14);
		expect(p.exceedsDataLimit).toBe(false);
		expect(planPoint(epoch, { ...inputs, maxEpochs: 2 }, 5e10, 3e11).exceedsDataLimit).toBe(true);
	});

	it('counts no epochs over unlimited data', () => expect(planPoint(epoch, open, 1e9, 1e12).epochs).toBe(0));
});

describe('solvePlan: nothing to serve, data to spare', () => {
	it.each(published)('is the fit’s compute-optimal point exactly (%s)', (_, law) => {
		for (const C of [1e19, GOPHER_BUDGET, 1e26]) {
			const plan = solvePlan(law, { ...open, computeBudget: C });
			expect(plan.params).toBe(frontierOf(law).params(C));
			expect(plan.tokens).toBe(C / (FLOP_PER_PARAM_TOKEN * plan.params));
			expect([plan.binding, plan.reason]).toEqual(['compute', 'compute-optimal']);
		}
	});

	it('stays there while the unique data covers the optimum’s tokens', () => {
		const D = frontierOf(epoch).tokens(GOPHER_BUDGET);
		const plan = solvePlan(epoch, { ...open, uniqueTokens: D * 1.01, maxEpochs: 1 });
		expect(plan.params).toBe(frontierOf(epoch).params(GOPHER_BUDGET));
		expect(plan.epochs).toBeLessThan(1);
	});
});

describe('solvePlan: serving demand (sardana2024)', () => {
	it.each([1e11, 1e12, 1e13, 1e14, 1e15, 1e16])(
		'at %d served tokens it is the lifetime-cheapest model of its own loss (lifetime.ts agrees)',
		(inferenceTokens) => {
			const plan = solvePlan(epoch, { ...open, inferenceTokens });
			const { best } = lifetimeOptimum(epoch, plan.loss, inferenceTokens);
			expectRelative(plan.params, best.params, 1e-5);
			expectRelative(plan.tokens, best.tokens, 1e-5);
			expectRelative(spent(plan), GOPHER_BUDGET, 1e-12);
		}
	);

	it('has the lowest loss of any model with the same lifetime compute', () => {
		const plan = solvePlan(epoch, { ...open, inferenceTokens: 1e15 });
		for (const k of [0.25, 0.5, 0.9, 0.99, 1.01, 1.1, 2, 4]) {
			const N = plan.params * k;
			const D = (plan.lifetimeCompute - 2 * N * 1e15) / (6 * N);
			if (D > 0) expect(lossOf(epoch)(N, D)).toBeGreaterThan(plan.loss);
		}
	});

	it('says inference binds, and smaller models trained longer as demand grows', () => {
		const plans = [1e12, 1e13, 1e14, 1e15].map((inferenceTokens) => solvePlan(epoch, { ...open, inferenceTokens }));
		plans.forEach((p) => expect([p.binding, p.reason]).toEqual(['inference', 'inference']));
		for (let i = 1; i < plans.length; i++) {
			expect(plans[i].params).toBeLessThan(plans[i - 1].params);
			expect(plans[i].tokensPerParam).toBeGreaterThan(plans[i - 1].tokensPerParam);
			expect(plans[i].loss).toBeGreaterThan(plans[i - 1].loss);
		}
	});

	it(`calls a shift under ${BINDING_TOLERANCE * 100}% of N not binding`, () => {
		const tiny = solvePlan(epoch, { ...open, inferenceTokens: 1e9 });
		expect(tiny.params).toBeLessThan(frontierOf(epoch).params(GOPHER_BUDGET));
		expect(tiny.params).toBeGreaterThan(frontierOf(epoch).params(GOPHER_BUDGET) * (1 - BINDING_TOLERANCE));
		expect([tiny.binding, tiny.reason]).toEqual(['compute', 'compute-optimal']);
	});
});

describe('solvePlan: limited data', () => {
	// 300 B unique tokens at Gopher's budget: the compute-optimal model would read them 4.4 times.
	const scarce = { ...open, uniqueTokens: 300e9 };

	it('with repeats allowed, trades repeats for a larger model and minimises the expected loss on the line', () => {
		const plan = solvePlan(epoch, scarce);
		expect([plan.binding, plan.reason]).toEqual(['compute', 'repeated-data']);
		expect(plan.params).toBeGreaterThan(frontierOf(epoch).params(GOPHER_BUDGET));
		expect(plan.epochs).toBeGreaterThan(1);
		expect(plan.epochs).toBeLessThan(4);
		for (const k of [0.8, 0.95, 0.99, 1.01, 1.05, 1.2]) {
			expect(onLine(epoch, scarce, plan.params * k).loss).toBeGreaterThan(plan.loss);
		}
	});

	it('at one epoch, data binds: D is the unique data exactly and a larger model spends the rest', () => {
		const plan = solvePlan(epoch, { ...scarce, maxEpochs: 1 });
		expect(plan.tokens).toBe(300e9);
		expect(plan.params).toBe(GOPHER_BUDGET / (6 * 300e9));
		expect([plan.binding, plan.reason, plan.exceedsDataLimit]).toEqual(['data', 'data-limit', false]);
		expect(plan.effectiveTokens).toBe(300e9);
	});

	it('when serving asks for more tokens than the limit allows, data binds and the reason says so', () => {
		const plan = solvePlan(epoch, { ...open, uniqueTokens: 2e12, maxEpochs: 4, inferenceTokens: 1e15 });
		expect(plan.tokens).toBe(8e12);
		expect([plan.binding, plan.reason]).toEqual(['data', 'data-limit-inference']);
		expect(solvePlan(epoch, { ...open, uniqueTokens: 2e12, inferenceTokens: 0 }).binding).toBe('compute');
	});

	it('serving over repeated data is reported as both', () => {
		const plan = solvePlan(epoch, { ...open, uniqueTokens: 4e12, maxEpochs: 16, inferenceTokens: 1e14 });
		expect([plan.binding, plan.reason]).toEqual(['inference', 'inference-repeated-data']);
		expect(plan.epochs).toBeGreaterThan(1);
	});
});

describe('planAlternatives', () => {
	it('puts every rule on the budget line and flags the ones that need more than the data allows', () => {
		const alternatives = planAlternatives(epoch, { ...open, uniqueTokens: 300e9 });
		Object.values(alternatives).forEach((a) => expectRelative(spent(a), GOPHER_BUDGET, 1e-12));
		expect(alternatives.computeOptimal.params).toBe(frontierOf(epoch).params(GOPHER_BUDGET));
		expect(alternatives.tokens20.tokensPerParam).toBeCloseTo(20, 9);
		// hoffmann2022 App. D.4: Kaplan's rule gives ≈ 4.68 B parameters at 1e21 FLOP.
		expectRelative(planAlternatives(epoch, { ...open, computeBudget: 1e21 }).kaplan2020.params, 4.68e9, 2e-3);
		expect(alternatives.computeOptimal.exceedsDataLimit).toBe(true);
		expect(alternatives.tokens20.exceedsDataLimit).toBe(true);
		expect(alternatives.kaplan2020.exceedsDataLimit).toBe(false);
	});
});

// Random inputs for the invariants. Laws as in properties.test.ts (far beyond the published fits); budgets over the
// slider's range; unique tokens from 100 M to a quadrillion, or unlimited; epochs 1–100 or unlimited; demand 0 or up
// to 10²⁰ tokens.
const lawArb: fc.Arbitrary<ParametricLaw> = fc.record({
	E: fc.double({ min: 0.5, max: 3, noNaN: true }),
	A: fc.double({ min: 10, max: 1e5, noNaN: true }),
	B: fc.double({ min: 10, max: 1e5, noNaN: true }),
	alpha: fc.double({ min: 0.05, max: 2, noNaN: true }),
	beta: fc.double({ min: 0.05, max: 2, noNaN: true })
});
const publishedArb = fc.constantFrom(...published.map(([, law]) => law));
const logUniform = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((e) => 10 ** e);
const budgetArb = logUniform(17, 28);
const demandArb = fc.oneof(fc.constant(0), logUniform(6, 20));
const inputsArb: fc.Arbitrary<PlanInputs> = fc.record({
	computeBudget: budgetArb,
	uniqueTokens: fc.oneof(fc.constant(Infinity), logUniform(8, 15)),
	maxEpochs: fc.oneof(fc.constant(Infinity), fc.double({ min: 1, max: 100, noNaN: true })),
	inferenceTokens: demandArb
});
const runs = { numRuns: 1000 };

describe('plan invariants (fast-check)', () => {
	it('(a) with no demand and unlimited data, the plan is the fit’s compute-optimal point', () => {
		fc.assert(
			fc.property(lawArb, budgetArb, (law, computeBudget) => {
				const plan = solvePlan(law, { ...open, computeBudget });
				expect(plan.params).toBe(frontierOf(law).params(computeBudget));
				expect(plan.binding).toBe('compute');
			}),
			runs
		);
	});

	it('(b) D never exceeds U·E_max; it equals it when data binds, and data binds whenever the limit cuts', () => {
		fc.assert(
			fc.property(lawArb, inputsArb, (law, inputs) => {
				const plan = solvePlan(law, inputs);
				const limit = inputs.uniqueTokens * inputs.maxEpochs;
				expect(plan.tokens).toBeLessThanOrEqual(limit);
				expect(plan.exceedsDataLimit).toBe(false);
				if (plan.binding === 'data') expect(plan.tokens).toBe(limit);
				const unlimited = solvePlan(law, { ...inputs, maxEpochs: Infinity });
				if (unlimited.tokens > limit * (1 + 1e-9)) expect(plan.binding).toBe('data');
			}),
			runs
		);
	});

	it('(c) more demand never makes the model larger', () => {
		fc.assert(
			fc.property(lawArb, inputsArb, demandArb, demandArb, (law, inputs, d1, d2) => {
				const [less, more] = d1 <= d2 ? [d1, d2] : [d2, d1];
				const small = solvePlan(law, { ...inputs, inferenceTokens: more });
				const large = solvePlan(law, { ...inputs, inferenceTokens: less });
				expect(small.params).toBeLessThanOrEqual(large.params);
			}),
			runs
		);
	});

	it('(d) 6·N·D equals the training budget', () => {
		fc.assert(
			fc.property(lawArb, inputsArb, (law, inputs) => {
				const plan = solvePlan(law, inputs);
				expectRelative(spent(plan), inputs.computeBudget, 1e-12);
				expectRelative(plan.trainCompute, inputs.computeBudget, 1e-12);
			}),
			runs
		);
	});

	it('(e) no NaN, no infinity: every number of the plan and its alternatives is finite', () => {
		const numbers = (p: object) => Object.values(p).filter((v) => typeof v === 'number');
		fc.assert(
			fc.property(lawArb, inputsArb, (law, inputs) => {
				const values = [solvePlan(law, inputs), ...Object.values(planAlternatives(law, inputs))].flatMap(numbers);
				values.forEach((v) => expect(Number.isFinite(v), `got ${v}`).toBe(true));
			}),
			runs
		);
	});

	it('with nothing to serve, no rule within the data limit reaches a lower expected loss', () => {
		fc.assert(
			fc.property(publishedArb, inputsArb, (law, inputs) => {
				const unserved = { ...inputs, inferenceTokens: 0 };
				const plan = solvePlan(law, unserved);
				for (const rule of Object.values(planAlternatives(law, unserved))) {
					if (!rule.exceedsDataLimit) expect(plan.loss).toBeLessThanOrEqual(rule.loss * (1 + 1e-12));
				}
			}),
			runs
		);
	});

	it('with unlimited data, no model of the same lifetime compute has a lower loss (published fits)', () => {
		fc.assert(
			fc.property(publishedArb, budgetArb, demandArb, fc.double({ min: -1, max: 1, noNaN: true }), (law, C, I, s) => {
				const plan: PlanSolution = solvePlan(law, { ...open, computeBudget: C, inferenceTokens: I });
				const N = plan.params * 10 ** s;
				const D = (plan.lifetimeCompute - 2 * N * I) / (6 * N);
				if (D > 0) expect(plan.loss).toBeLessThanOrEqual(lossOf(law)(N, D) * (1 + 1e-12));
			}),
			runs
		);
	});
});
