import { describe, expect, it } from 'vitest';
import {
	EPOCH_BOOTSTRAP_LAWS,
	FLOP_PER_PARAM_TOKEN,
	GOPHER_BUDGET,
	PLAN_ALTERNATIVE_IDS,
	WORKED_PLANS,
	WORKED_PLAN_IDS,
	acceleratorById,
	bootstrapLawsFor,
	clusterCompute,
	clusterDays,
	customLawId,
	frontierOf,
	parametricPresets,
	planPoint,
	planRun,
	planUncertainty,
	solvePlan,
	workedPlanRequest,
	type PlanRequest
} from '$lib/scaling';
import { expectRelative } from './helpers';

const epoch = parametricPresets.besiroglu2024.law;
const request: PlanRequest = {
	computeBudget: GOPHER_BUDGET,
	uniqueTokens: 300e9,
	maxEpochs: 4,
	inferenceTokens: 1e13
};

describe('planRun', () => {
	it('is solvePlan under the requested fit, Epoch’s by default, with the inputs it used', () => {
		const plan = planRun(request);
		expect(plan).toMatchObject(solvePlan(epoch, request));
		expect(plan.inputs).toEqual({ ...request, lawId: 'besiroglu2024' });
		const printed = planRun({ ...request, lawId: 'hoffmann2022' });
		expect(printed.params).toBe(solvePlan(parametricPresets.hoffmann2022.law, request).params);
	});

	it('takes a reader’s own fit by its custom id', () => {
		const law = { E: 1.8, A: 500, B: 2000, alpha: 0.35, beta: 0.36 };
		expect(planRun({ ...request, lawId: customLawId(law) }).params).toBe(solvePlan(law, request).params);
	});

	it('refuses an allocation rule, which has no loss to plan with', () => {
		// @ts-expect-error: the type allows only parametric laws; a link could still carry one.
		expect(() => planRun({ ...request, lawId: 'tokens20' })).toThrow(/no loss function/);
	});

	it('carries the three alternatives, each scored like the plan', () => {
		const plan = planRun(request);
		expect(Object.keys(plan.alternatives)).toEqual([...PLAN_ALTERNATIVE_IDS]);
		const optimal = plan.alternatives.computeOptimal;
		expect(optimal).toEqual(planPoint(epoch, request, optimal.params, optimal.tokens));
		expect(optimal.params).toBe(frontierOf(epoch).params(GOPHER_BUDGET));
	});

	it('gives Epoch’s fit its stored bootstrap, and the others none unless refits are passed', () => {
		expect(planRun(request).uncertainty?.count).toBe(EPOCH_BOOTSTRAP_LAWS.length);
		expect(planRun({ ...request, lawId: 'hoffmann2022' }).uncertainty).toBeUndefined();
		expect(planRun(request, { laws: [] }).uncertainty).toBeUndefined();
		const passed = planRun({ ...request, lawId: 'hoffmann2022' }, { laws: EPOCH_BOOTSTRAP_LAWS.slice(0, 10) });
		expect(passed.uncertainty?.count).toBe(10);
		expect(bootstrapLawsFor('besiroglu2024')).toBe(EPOCH_BOOTSTRAP_LAWS);
		expect(bootstrapLawsFor('hoffmann2022-unrounded')).toBeUndefined();
	});
});

describe('planUncertainty', () => {
	const plan = solvePlan(epoch, request);

	it('spreads the plan’s own model over the refits: low ≤ median ≤ high, the central fit inside', () => {
		const { loss, params, tokens, level } = planUncertainty(EPOCH_BOOTSTRAP_LAWS, request, plan);
		expect(level).toBe(0.95);
		for (const band of [loss, params, tokens]) {
			expect(band[0]).toBeLessThanOrEqual(band[1]);
			expect(band[1]).toBeLessThanOrEqual(band[2]);
		}
		expect(loss[0]).toBeLessThan(plan.loss);
		expect(loss[2]).toBeGreaterThan(plan.loss);
		// The replanned D never breaks the limit under any refit.
		expect(tokens[2]).toBeLessThanOrEqual(300e9 * 4);
	});

	it('collapses to the point when every refit is the same law', () => {
		const { loss, params } = planUncertainty([epoch, epoch, epoch], request, plan);
		loss.forEach((v) => expect(v).toBe(plan.loss));
		params.forEach((v) => expect(v).toBe(plan.params));
	});

	it('widens as the level grows', () => {
		const narrow = planUncertainty(EPOCH_BOOTSTRAP_LAWS, request, plan, 0.5).loss;
		const wide = planUncertainty(EPOCH_BOOTSTRAP_LAWS, request, plan, 0.95).loss;
		expect(wide[2] - wide[0]).toBeGreaterThan(narrow[2] - narrow[0]);
	});

	it.each([
		['fewer than two refits', [epoch], 0.95, /at least 2/],
		['a level of 1', [epoch, epoch], 1, /level/],
		['a level of 0', [epoch, epoch], 0, /level/]
	])('refuses %s', (_, laws, level, message) => {
		expect(() => planUncertainty(laws, request, plan, level)).toThrow(message);
	});
});

describe('clusters', () => {
	it('8 H100s for 30 days at 40% MFU buy 8·30·86,400 s·989e12·0.4 FLOP', () => {
		const C = clusterCompute({ acceleratorId: 'h100', count: 8, days: 30, mfu: 0.4 });
		expectRelative(C, 8 * 30 * 86400 * 989e12 * 0.4, 1e-15);
	});

	it.each([
		['a100', 512, 0.4, 1e23],
		['h100', 8, 0.3, 1e21],
		['h200', 4096, 0.5, 1e25]
	])('clusterDays inverts clusterCompute (%s × %d)', (acceleratorId, count, mfu, C) => {
		const days = clusterDays({ acceleratorId, count, mfu }, C);
		expectRelative(clusterCompute({ acceleratorId, count, mfu, days }), C, 1e-12);
	});

	it('names the choices for an unknown accelerator and refuses a bad count', () => {
		expect(() => acceleratorById('tpu')).toThrow(/a100, h100, h200.*tpu/);
		expect(() => clusterDays({ acceleratorId: 'h100', count: 0, mfu: 0.4 }, 1e21)).toThrow(/count/);
		expect(() => clusterCompute({ acceleratorId: 'h100', count: 8, days: 30, mfu: 1.5 })).toThrow(/mfu/);
	});
});

// The chapter's three worked plans, pinned: if a number here changes, the chapter's prose must change with it.
describe('worked plans (Epoch’s fit, H100s at 40% MFU)', () => {
	const plans = Object.fromEntries(WORKED_PLAN_IDS.map((id) => [id, planRun(workedPlanRequest(id))]));

	it.each([
		// id, C, N, D, tokens/param, epochs, loss, loss interval, binding, reason
		['university', 8.2031616e21, 8.172e9, 1.673e11, 20.47, 0, 2.1528, [2.1415, 2.1646], 'compute', 'compute-optimal'],
		['startup', 5.250023424e23, 7.826e10, 1.118e12, 14.29, 3.727, 1.9791, [1.9576, 2.0041], 'compute', 'repeated-data'],
		['serving', 1.26000562176e25, 3.009e10, 6.979e13, 2320, 0, 1.9445, [1.9182, 1.9773], 'inference', 'inference']
	] as const)('%s: C = %d FLOP → N ≈ %d on D ≈ %d', (id, C, N, D, perParam, epochs, loss, band, binding, reason) => {
		const plan = plans[id];
		expectRelative(plan.inputs.computeBudget, C, 1e-12);
		expectRelative(plan.params, N, 1e-3);
		expectRelative(plan.tokens, D, 1e-3);
		expectRelative(plan.tokensPerParam, perParam, 1e-3);
		expect(plan.epochs).toBeCloseTo(epochs, 3);
		expect(plan.loss).toBeCloseTo(loss, 4);
		expect(plan.uncertainty!.loss[0]).toBeCloseTo(band[0], 4);
		expect(plan.uncertainty!.loss[2]).toBeCloseTo(band[1], 4);
		expect([plan.binding, plan.reason]).toEqual([binding, reason]);
		expectRelative(FLOP_PER_PARAM_TOKEN * plan.params * plan.tokens, C, 1e-12);
		expectRelative(clusterDays(WORKED_PLANS[id].cluster, plan.trainCompute), WORKED_PLANS[id].cluster.days, 1e-12);
	});

	it('university: the plan is the compute-optimal point, and 20 tokens per parameter is within 0.001 of its loss', () => {
		const { alternatives, params, loss } = plans.university;
		expect(alternatives.computeOptimal.params).toBe(params);
		expect(alternatives.tokens20.loss - loss).toBeLessThan(1e-3);
		expect(alternatives.kaplan2020.loss - loss).toBeGreaterThan(0.02);
	});

	it('startup: the compute-optimal point and 20 tokens per parameter would read the data more than 4 times', () => {
		const { alternatives } = plans.startup;
		expect(alternatives.computeOptimal.epochs).toBeCloseTo(4.233, 3);
		expect(alternatives.tokens20.epochs).toBeCloseTo(4.41, 2);
		expect([alternatives.computeOptimal, alternatives.tokens20].every((a) => a.exceedsDataLimit)).toBe(true);
		expect(alternatives.kaplan2020.exceedsDataLimit).toBe(false);
	});

	it('serving: a 30 B model costs ≈ 10 times less over its life than the compute-optimal 351 B, for 0.037 more loss', () => {
		const { alternatives, lifetimeCompute, loss } = plans.serving;
		expectRelative(alternatives.computeOptimal.params, 3.513e11, 1e-3);
		expect(alternatives.computeOptimal.lifetimeCompute / lifetimeCompute).toBeCloseTo(9.83, 2);
		expect(loss - alternatives.computeOptimal.loss).toBeCloseTo(0.0366, 4);
		expect(plans.serving.tokensPerParam).toBeLessThan(10000);
	});
});
