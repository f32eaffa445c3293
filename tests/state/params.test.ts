import { describe, expect, it } from 'vitest';
import { GOPHER_BUDGET } from '$lib/scaling';
import {
	acceptParam,
	acceptValues,
	BUDGET_RANGE,
	DEFAULTS,
	INFERENCE_TOKENS_RANGE,
	MAX_EPOCHS_RANGE,
	MODEL_DOMAIN,
	paramKeys,
	params,
	restorePlus,
	shortNumber,
	UNIQUE_TOKENS_RANGE
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
			mfu: 0.4,
			uniqueTokens: Infinity,
			maxEpochs: 4,
			inferenceTokens: 0
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
			mfu: 0.55,
			uniqueTokens: 3e11,
			maxEpochs: 2.5,
			inferenceTokens: 1e15
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
		['model', { params: MODEL_DOMAIN.params[1] * 10, tokens: 1e12 }, undefined],
		['uniqueTokens', UNIQUE_TOKENS_RANGE[0], UNIQUE_TOKENS_RANGE[0]],
		['uniqueTokens', UNIQUE_TOKENS_RANGE[1], UNIQUE_TOKENS_RANGE[1]],
		['uniqueTokens', Infinity, Infinity],
		['uniqueTokens', UNIQUE_TOKENS_RANGE[1] * 10, undefined],
		['uniqueTokens', 0, undefined],
		['uniqueTokens', -Infinity, undefined],
		['uniqueTokens', NaN, undefined],
		['uniqueTokens', 'unlimited', undefined],
		['maxEpochs', 1, 1],
		['maxEpochs', 2.5, 2.5],
		['maxEpochs', MAX_EPOCHS_RANGE[1], MAX_EPOCHS_RANGE[1]],
		['maxEpochs', Infinity, Infinity],
		['maxEpochs', 0.5, undefined],
		['maxEpochs', 101, undefined],
		['inferenceTokens', 0, 0],
		['inferenceTokens', INFERENCE_TOKENS_RANGE[1], INFERENCE_TOKENS_RANGE[1]],
		['inferenceTokens', Infinity, undefined],
		['inferenceTokens', -1, undefined],
		['inferenceTokens', 1e21, undefined]
	] as const)('accepts %s = %s as %s', (key, value, kept) => {
		expect(acceptParam(key, value)).toEqual(kept);
	});

	it.each([
		['uniqueTokens', Infinity, 'unique', 'unlimited'],
		['maxEpochs', Infinity, 'epochs', 'unlimited'],
		['maxEpochs', 4, 'epochs', '4'],
		['inferenceTokens', 0, 'serve', '0'],
		['uniqueTokens', 3e11, 'unique', '3e11']
	] as const)('writes the planner’s %s = %s as %s=%s and reads it back', (key, value, urlKey, text) => {
		expect(params[key].write(value)).toEqual([[urlKey, text]]);
		expect(params[key].read((k) => (k === urlKey ? text : null))).toBe(value);
	});

	it.each([
		['unique', 'UNLIMITED', Infinity],
		['unique', ' unlimited ', Infinity],
		['unique', '300e9', 3e11],
		['unique', 'infinity', 'invalid'],
		['unique', 'Infinity', 'invalid'],
		['unique', '1e16', 'invalid'],
		['epochs', 'unlimited', Infinity],
		['epochs', '0', 'invalid'],
		['epochs', '1e 1', 10],
		['serve', 'unlimited', 'invalid'],
		['serve', '1e 15', 1e15]
	] as const)('reads ?%s=%s from a link as %s', (urlKey, raw, value) => {
		const key = ({ unique: 'uniqueTokens', epochs: 'maxEpochs', serve: 'inferenceTokens' } as const)[urlKey];
		expect(params[key].read((k) => (k === urlKey ? raw : null))).toBe(value);
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
