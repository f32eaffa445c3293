import { describe, expect, it } from 'vitest';
import {
	allocate,
	customLawId,
	frontierOf,
	isCustomLawId,
	isLawId,
	isParametricLawId,
	lawInfo,
	loss,
	parametricLaw,
	parametricPresets,
	parseCustomLawId
} from '$lib/scaling';
import { expectRelative } from './helpers';

const epoch = parametricPresets.besiroglu2024.law;

describe('custom laws', () => {
	it('name a law by its constants, and read back the same law', () => {
		const id = customLawId(epoch);
		expect(id).toBe('custom:1.8172,482.01,2085.4,0.3478,0.3658');
		const back = parseCustomLawId(id)!;
		for (const key of ['E', 'A', 'B', 'alpha', 'beta'] as const) expectRelative(back[key], epoch[key], 1e-4);
	});

	it('work wherever a law id does: parametricLaw, allocate, loss, lawInfo', () => {
		const id = customLawId({ ...epoch, beta: 0.4 });
		expect(isLawId(id) && isParametricLawId(id) && isCustomLawId(id)).toBe(true);
		expect(parametricLaw(id).beta).toBe(0.4);
		const split = allocate(id, 5.76e23);
		expectRelative(split.params, frontierOf({ ...epoch, beta: 0.4 }).params(5.76e23), 1e-3);
		expectRelative(6 * split.params * split.tokens, 5.76e23, 1e-12);
		expect(Number.isFinite(loss(id, 70e9, 1.4e12))).toBe(true);
		expect(lawInfo(id).label).toBe('Your fit (E 1.82, A 482, B 2090, α 0.348, β 0.4)');
		expect(lawInfo('besiroglu2024').short).toBe('Epoch refit');
	});

	it.each([
		['custom:1.8,482,2085,0.35'],
		['custom:1.8,482,2085,0.35,0.37,9'],
		['custom:1.8,482,2085,0.35,abc'],
		['custom:1.8,482,2085,0.35,-0.37'],
		['custom:1.8,482,2085,0.35,5'],
		['custom:0,482,2085,0.35,0.37'],
		['custom:1.8,482,2085,0.35,Infinity'],
		['custom:1.8,482,2085,0.35,1e999'],
		['Custom:1.8,482,2085,0.35,0.37'],
		['besiroglu2024x'],
		[`custom:${'1'.repeat(200)},1,1,0.3,0.3`]
	])('refuse %s', (id) => {
		expect(parseCustomLawId(id)).toBeUndefined();
		expect(isLawId(id)).toBe(false);
		expect(() => parametricLaw(id as never)).toThrow(/lawId/);
	});

	it('refuse to name a law outside the ranges, saying which constant', () => {
		expect(() => customLawId({ ...epoch, alpha: 3 })).toThrow(/alpha must be between 0.05 and 2, got 3/);
		expect(() => customLawId({ ...epoch, E: NaN })).toThrow(/E must be between/);
	});
});
