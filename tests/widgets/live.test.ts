import { describe, expect, it } from 'vitest';
import {
	accelerators,
	acceleratorHours,
	allocate,
	computeOverhead,
	devriesCriticalSizeFactor,
	exponentsOf,
	loss,
	parametricLaw,
	planRun,
	sizeFactorOverhead,
	smallestSizeFactor,
	WORKED_PLAN_IDS,
	workedPlanRequest
} from '$lib/scaling';
import {
	NEGLIGIBLE_OVERHEAD,
	followsScenario,
	formatOverhead,
	liveQuantities,
	liveValue,
	planQuantities,
	type LiveContext
} from '$lib/widgets/live/model';
import { expectRelative } from '../scaling/helpers';

const context: LiveContext = {
	computeBudget: 1e22,
	lawId: 'besiroglu2024',
	accelerator: accelerators[1],
	mfu: 0.5
};

describe('liveValue', () => {
	it('quotes the scenario’s optimum when nothing is pinned', () => {
		const split = allocate('besiroglu2024', 1e22);
		expectRelative(liveValue({ quantity: 'params' }, context).value, split.params, 1e-12);
		expectRelative(liveValue({ quantity: 'tokensPerParam' }, context).value, split.tokens / split.params, 1e-12);
	});

	it('quotes a pinned law at a pinned budget, whatever the scenario', () => {
		const live = liveValue({ quantity: 'params', law: 'kaplan2020', budget: 1e21 }, context);
		expectRelative(live.value, 4.68e9, 0.01);
		expect(live.text).toBe('4.68 B');
		expect(live.colour).toBe('q-params');
	});

	it('scores an allocation rule’s split with the scenario’s fit', () => {
		const split = allocate('kaplan2020', 1e21);
		const live = liveValue({ quantity: 'loss', law: 'kaplan2020', budget: 1e21 }, context);
		expectRelative(live.value, loss('besiroglu2024', split.params, split.tokens), 1e-12);
	});

	it('prices the budget in the scenario’s accelerator-hours', () => {
		const live = liveValue({ quantity: 'gpuHours', budget: 1e22 }, context);
		expectRelative(live.value, acceleratorHours(1e22, accelerators[1].peakFlops, 0.5), 1e-12);
	});

	it('gives a model’s overhead and de Vries’s numbers from the fit', () => {
		const fit = parametricLaw('besiroglu2024');
		expectRelative(
			liveValue({ quantity: 'overhead', params: 280e9, tokens: 300e9 }, context).value,
			computeOverhead(fit, 280e9, 300e9),
			1e-12
		);
		expectRelative(
			liveValue({ quantity: 'devriesOverhead', sizeFactor: 0.5 }, context).value,
			sizeFactorOverhead(fit, 0.5)!,
			1e-12
		);
	});

	it('shows a dash, not NaN, where de Vries’s model cannot reach the loss', () => {
		const live = liveValue({ quantity: 'devriesOverhead', law: 'hoffmann2022', sizeFactor: 0.05 }, context);
		expect(live.text).toBe('—');
		expect(Number.isNaN(live.value)).toBe(true);
	});

	it.each(liveQuantities)('formats %s without NaN for the default case', (quantity) => {
		const plan = (planQuantities as readonly string[]).includes(quantity) ? ('serving' as const) : undefined;
		const live = liveValue(
			{ quantity, plan, law: ['G', 'gamma'].includes(quantity) ? 'hoffmann2022' : undefined },
			context
		);
		expect(live.text).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('says "essentially none" for an overhead below 0.1%, never "0.0022%"', () => {
		// Chapter 7's problem: the 2.80 B model of App. D.4 under Epoch's refit.
		const live = liveValue({ quantity: 'overhead', law: 'besiroglu2024', params: 2.8e9, tokens: 5.95e10 }, context);
		expect(live.value).toBeGreaterThan(0);
		expect(live.value).toBeLessThan(NEGLIGIBLE_OVERHEAD);
		expect(live.text).toBe('essentially none');
		expect(liveValue({ quantity: 'devriesOverhead', law: 'hoffmann2022', sizeFactor: 1 }, context).text).toBe(
			'essentially none'
		);
	});

	it.each([
		[0.00002, 'essentially none'],
		[-1e-12, 'essentially none'],
		[0.001, '0.1%'],
		[0.058, '5.8%'],
		[1.055, '110%']
	])('formats the overhead %d as %s', (overhead, text) => {
		expect(formatOverhead(overhead)).toBe(text);
	});

	it('gives de Vries’s critical size and the smallest reachable size as shares of the optimal size', () => {
		const printed = parametricLaw('hoffmann2022');
		const critical = liveValue({ quantity: 'devriesCriticalSize', law: 'hoffmann2022' }, context);
		expectRelative(critical.value, devriesCriticalSizeFactor(printed), 1e-12);
		expect(critical.text).toBe('31%');
		const smallest = liveValue({ quantity: 'smallestSize', law: 'hoffmann2022' }, context);
		expectRelative(smallest.value, smallestSizeFactor(printed), 1e-12);
		expect(smallest.text).toBe('9.7%');
		expect(followsScenario({ quantity: 'devriesCriticalSize', law: 'hoffmann2022' })).toBe(false);
		expect(followsScenario({ quantity: 'devriesCriticalSize' })).toBe(true);
	});

	it('prints exponents to three decimals', () => {
		expect(liveValue({ quantity: 'a', law: 'hoffmann2022' }, context).text).toBe(
			exponentsOf('hoffmann2022').a.toFixed(3)
		);
	});
});

describe('liveValue for a worked plan', () => {
	const plans = Object.fromEntries(WORKED_PLAN_IDS.map((id) => [id, planRun(workedPlanRequest(id))]));

	it.each(WORKED_PLAN_IDS)('quotes the %s plan as planRun computes it, whatever the scenario', (id) => {
		const plan = plans[id];
		const value = (quantity: (typeof liveQuantities)[number]) => liveValue({ quantity, plan: id }, context).value;
		expect(value('params')).toBe(plan.params);
		expect(value('tokens')).toBe(plan.tokens);
		expect(value('tokensPerParam')).toBe(plan.tokensPerParam);
		expect(value('loss')).toBe(plan.loss);
		expect(value('epochs')).toBe(plan.epochs);
		expect(value('budget')).toBe(plan.trainCompute);
		expect(value('lifetimeCompute')).toBe(plan.lifetimeCompute);
		expect(value('lossLow')).toBe(plan.uncertainty!.loss[0]);
		expect(value('lossHigh')).toBe(plan.uncertainty!.loss[2]);
		expect(value('lifetimeRatio')).toBe(1);
		// Every worked plan fills its cluster's 30 or 90 days exactly.
		expect([30, 90]).toContain(Math.round(value('trainingDays')));
	});

	it.each([
		['startup', 'params', 'computeOptimal', '68.9 B'],
		['startup', 'epochs', 'computeOptimal', '4.23'],
		['startup', 'epochs', 'plan', '3.73'],
		['startup', 'params', 'plan', '78.3 B'],
		['university', 'params', 'plan', '8.17 B'],
		['serving', 'params', 'plan', '30.1 B'],
		['serving', 'tokensPerParam', 'plan', '2,320'],
		['serving', 'params', 'computeOptimal', '351 B'],
		['serving', 'lifetimeRatio', 'computeOptimal', '9.83'],
		['serving', 'inferenceShare', 'plan', '83%'],
		['serving', 'trainingDays', 'plan', '90']
	] as const)('prints the %s plan’s %s (%s) as %s', (plan, quantity, option, text) => {
		expect(liveValue({ quantity, plan, option }, context).text).toBe(text);
	});

	it('quotes a worked plan under a tighter epoch limit: one epoch makes data bind, D = U', () => {
		const request = workedPlanRequest('startup');
		const oneEpoch = planRun({ ...request, maxEpochs: 1 });
		expect(oneEpoch.binding).toBe('data');
		const live = (quantity: (typeof liveQuantities)[number]) =>
			liveValue({ quantity, plan: 'startup', maxEpochs: 1 }, context).value;
		expect(live('params')).toBe(oneEpoch.params);
		expect(live('tokens')).toBe(request.uniqueTokens);
		expect(live('params')).toBeGreaterThan(plans.startup.params);
	});

	it('quotes an alternative against the plan on the same budget', () => {
		const serving = plans.serving;
		const ratio = liveValue({ quantity: 'lifetimeRatio', plan: 'serving', option: 'computeOptimal' }, context).value;
		expect(ratio).toBeCloseTo(serving.alternatives.computeOptimal.lifetimeCompute / serving.lifetimeCompute, 12);
		expect(liveValue({ quantity: 'budget', plan: 'serving', option: 'kaplan2020' }, context).value).toBeCloseTo(
			serving.trainCompute,
			-10
		);
	});

	it('fails the chapter that asks a plan-only quantity without a plan, or an interval of an alternative', () => {
		expect(() => liveValue({ quantity: 'epochs' }, context)).toThrow(/needs a worked plan/);
		expect(() => liveValue({ quantity: 'lossLow', plan: 'startup', option: 'tokens20' }, context)).toThrow(
			/only the plan itself/
		);
		expect(() => liveValue({ quantity: 'a', plan: 'startup' }, context)).toThrow(/no value for a worked plan/);
	});
});

describe('followsScenario: which numbers are islands', () => {
	it.each([
		[{ quantity: 'params' }, true],
		[{ quantity: 'params', law: 'besiroglu2024' }, true],
		[{ quantity: 'params', law: 'besiroglu2024', budget: 1e21 }, false],
		[{ quantity: 'params', law: 'tokens20', tokens: 100e9 }, false],
		[{ quantity: 'loss', law: 'kaplan2020', budget: 1e21 }, true],
		[{ quantity: 'loss', law: 'hoffmann2022', params: 70e9, tokens: 1.4e12 }, false],
		[{ quantity: 'gpuHours', law: 'hoffmann2022', budget: 1e21 }, true],
		[{ quantity: 'a', law: 'kaplan2020' }, false],
		[{ quantity: 'a' }, true],
		[{ quantity: 'devriesOverhead', law: 'hoffmann2022', sizeFactor: 0.3 }, false],
		[{ quantity: 'params', plan: 'startup' }, false],
		[{ quantity: 'epochs', plan: 'startup', option: 'computeOptimal' }, false]
	] as const)('%o → %s', (props, follows) => {
		expect(followsScenario(props)).toBe(follows);
	});
});
