import { describe, expect, it } from 'vitest';
import { acceptParam, DEFAULTS, paramKeys } from '$lib/state/params';
import { Scenario } from '$lib/state/scenario.svelte';
import { readQuery, writeQuery } from '$lib/state/url';
import { hostileQueries } from '../fixtures/queries';

describe.each(hostileQueries)('the URL reader given ?%s', (query) => {
	const { values, notes } = readQuery(new URLSearchParams(query));

	it('keeps only values the parameter table accepts', () => {
		for (const [key, value] of Object.entries(values)) {
			expect(paramKeys).toContain(key);
			expect(acceptParam(key as (typeof paramKeys)[number], value)).toEqual(value);
		}
	});

	it('explains what it ignored without repeating it', () => {
		for (const note of notes) {
			expect(note).not.toMatch(/NaN|Infinity|undefined|<|>|__proto__|javascript:|polluted/);
		}
	});

	it('leaves a scenario whose every number is finite and positive, and a URL that reads back the same', () => {
		const scenario = new Scenario();
		scenario.apply(values);
		const state = scenario.snapshot();
		for (const value of [state.computeBudget, state.mfu, state.model?.params ?? 1, state.model?.tokens ?? 1]) {
			expect(Number.isFinite(value) && value > 0).toBe(true);
		}
		// The planner's limits may be unlimited (Infinity), never NaN, zero or negative; the demand is finite.
		expect(state.uniqueTokens).toBeGreaterThan(0);
		expect(state.maxEpochs).toBeGreaterThanOrEqual(1);
		expect(Number.isFinite(state.inferenceTokens) && state.inferenceTokens >= 0).toBe(true);
		expect({ ...DEFAULTS, ...readQuery(writeQuery(state)).values }).toEqual(state);
	});

	it('pollutes no prototype', () => {
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('computeBudget');
	});
});
