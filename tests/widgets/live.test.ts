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
	sizeFactorOverhead,
	smallestSizeFactor
} from '$lib/scaling';
import {
	NEGLIGIBLE_OVERHEAD,
	followsScenario,
	formatOverhead,
	liveQuantities,
	liveValue,
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
		const live = liveValue({ quantity, law: ['G', 'gamma'].includes(quantity) ? 'hoffmann2022' : undefined }, context);
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
		[{ quantity: 'devriesOverhead', law: 'hoffmann2022', sizeFactor: 0.3 }, false]
	] as const)('%o → %s', (props, follows) => {
		expect(followsScenario(props)).toBe(follows);
	});
});
