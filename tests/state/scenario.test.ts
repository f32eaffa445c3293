import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '$lib/state/params';
import { READER, Scenario, ScenarioView } from '$lib/state/scenario.svelte';

describe('Scenario', () => {
	it('starts from the defaults, or from a chapter’s pinned values', () => {
		expect(new Scenario().snapshot()).toEqual(DEFAULTS);
		const pinned = new Scenario('d4', { computeBudget: 1e21 });
		expect(pinned.name).toBe('d4');
		expect(pinned.computeBudget).toBe(1e21);
		expect(pinned.base.computeBudget).toBe(1e21);
		expect(new Scenario().name).toBe(READER);
	});

	it('takes a value only if the parameter table accepts it', () => {
		const scenario = new Scenario();
		expect(scenario.set('computeBudget', 1e22)).toBe(true);
		expect(scenario.set('computeBudget', -1)).toBe(false);
		expect(scenario.set('lawId', 'kaplan2020')).toBe(false);
		expect(scenario.set('model', { params: 1e9, tokens: 1e11 })).toBe(true);
		expect(scenario.snapshot()).toMatchObject({
			computeBudget: 1e22,
			lawId: 'besiroglu2024',
			model: { params: 1e9, tokens: 1e11 }
		});
	});

	it('applies a URL’s values one by one, checking each again', () => {
		const scenario = new Scenario();
		scenario.apply({ computeBudget: 1e20, mfu: 7 as never });
		expect(scenario.computeBudget).toBe(1e20);
		expect(scenario.mfu).toBe(DEFAULTS.mfu);
	});

	it('finds its accelerator from the id', () => {
		const scenario = new Scenario();
		scenario.set('acceleratorId', 'h100');
		expect(scenario.accelerator.peakFlops).toBe(989e12);
	});
});

describe('ScenarioView', () => {
	it('writes through to the shared scenario and sees its own change at once', () => {
		const shared = new Scenario();
		const view = new ScenarioView(shared);
		view.visible = false;
		expect(view.set('computeBudget', 1e25)).toBe(true);
		expect(shared.computeBudget).toBe(1e25);
		expect(view.computeBudget).toBe(1e25);
	});

	it('catches up with another island’s change when synced, value by value', () => {
		const shared = new Scenario();
		const view = new ScenarioView(shared);
		shared.set('computeBudget', 3e21);
		shared.set('model', { params: 1e9, tokens: 1e11 });
		expect(view.computeBudget).toBe(DEFAULTS.computeBudget);
		view.sync();
		expect(view.computeBudget).toBe(3e21);
		expect(view.model).toEqual({ params: 1e9, tokens: 1e11 });
		// A copy: the view's model is not the shared object.
		shared.set('model', { params: 2e9, tokens: 1e11 });
		expect(view.model).toEqual({ params: 1e9, tokens: 1e11 });
	});
});
