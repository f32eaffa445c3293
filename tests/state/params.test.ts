import { describe, expect, it } from 'vitest';
import { GOPHER_BUDGET } from '$lib/scaling';
import {
	acceptParam,
	acceptValues,
	BUDGET_RANGE,
	DEFAULTS,
	MODEL_DOMAIN,
	paramKeys,
	params,
	restorePlus,
	shortNumber
} from '$lib/state/params';

describe('the parameter table', () => {
	it('derives the defaults from each parameter’s fallback', () => {
		expect(DEFAULTS).toEqual({
			computeBudget: GOPHER_BUDGET,
			lawId: 'besiroglu2024',
			model: null,
			acceleratorId: 'a100',
			acceleratorCount: 1024,
			trainingDays: 30,
			mfu: 0.4
		});
		expect(paramKeys).toEqual(Object.keys(DEFAULTS));
	});

	it('gives every parameter its own URL keys', () => {
		const keys = paramKeys.flatMap((k) => params[k].url);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it.each(paramKeys)('writes %s in a form it reads back', (key) => {
		const samples: Record<string, unknown> = {
			computeBudget: 3.2e21,
			lawId: 'hoffmann2022',
			model: { params: 7e10, tokens: 1.4e12 },
			acceleratorId: 'h100',
			acceleratorCount: 512,
			trainingDays: 54.5,
			mfu: 0.55
		};
		const written = new Map(params[key].write(samples[key] as never));
		expect(params[key].read((k) => written.get(k) ?? null)).toEqual(samples[key]);
	});

	it.each([
		['computeBudget', BUDGET_RANGE[0], BUDGET_RANGE[0]],
		['computeBudget', BUDGET_RANGE[1], BUDGET_RANGE[1]],
		['computeBudget', BUDGET_RANGE[1] * 1.01, undefined],
		['computeBudget', 0, undefined],
		['computeBudget', -1e21, undefined],
		['computeBudget', NaN, undefined],
		['computeBudget', '1e21', undefined],
		['lawId', 'besiroglu2024', 'besiroglu2024'],
		['lawId', 'kaplan2020', undefined],
		['lawId', '__proto__', undefined],
		['acceleratorId', 'h200', 'h200'],
		['acceleratorId', 'tpu', undefined],
		['mfu', 0.01, 0.01],
		['mfu', 1.2, undefined],
		['model', null, null],
		['model', { params: 7e10, tokens: 1.4e12 }, { params: 7e10, tokens: 1.4e12 }],
		['model', { params: 7e10 }, undefined],
		['model', { params: MODEL_DOMAIN.params[1] * 10, tokens: 1e12 }, undefined]
	] as const)('accepts %s = %s as %s', (key, value, kept) => {
		expect(acceptParam(key, value)).toEqual(kept);
	});

	it('keeps only the valid values of a pinned scenario, and never inherited keys', () => {
		expect(acceptValues({ computeBudget: 1e21, lawId: 'nope', colour: 'red' })).toEqual({ computeBudget: 1e21 });
		expect(acceptValues(JSON.parse('{"__proto__": {"computeBudget": 1e21}}'))).toEqual({});
		expect(acceptValues(undefined)).toEqual({});
	});

	it('says what was wrong without repeating the bad value', () => {
		for (const key of paramKeys) {
			const note = params[key].note();
			expect(note.length).toBeGreaterThan(10);
			expect(note).not.toMatch(/NaN|undefined|Infinity/);
		}
	});
});

describe('numbers in URLs', () => {
	it.each([
		['1e 26', '1e+26'],
		[' 5.76e 23 ', '5.76e+23'],
		['1e-3', '1e-3'],
		['one e 2', 'one e 2']
	])('restorePlus(%j) → %j', (raw, restored) => {
		expect(restorePlus(raw)).toBe(restored);
	});

	it.each([
		[5.76e23, '5.76e23'],
		[1e21, '1e21'],
		[123456789, '1.235e8']
	])('shortNumber(%d) → %s', (x, text) => {
		expect(shortNumber(x)).toBe(text);
	});
});
