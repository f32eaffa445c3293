import { describe, expect, it } from 'vitest';
import bibliography from '../../content/bibliography.json';
import { models } from '$lib/data/models';
import { trainingCompute } from '$lib/scaling';
import {
	allModels,
	domain,
	isoFlopAcross,
	matches,
	modelRows,
	tokens20Line,
	years
} from '$lib/widgets/models-map/model';
import { expectRelative } from '../scaling/helpers';

describe('the models map', () => {
	it('compares every model with the compute-optimal model of its own compute', () => {
		const rows = modelRows('hoffmann2022');
		expect(rows).toHaveLength(models.length);
		for (const r of rows) {
			expectRelative(r.computeBudget, trainingCompute(r.params, r.tokens), 1e-12);
			expectRelative(r.sizeRatio, r.params / r.optimal.params, 1e-12);
			expect(r.extraLoss).toBeGreaterThanOrEqual(-1e-12);
		}
	});

	it('finds Gopher larger than compute-optimal and Chinchilla near it', () => {
		const rows = modelRows('besiroglu2024');
		expect(rows.find((r) => r.id === 'gopher')!.sizeRatio).toBeGreaterThan(3);
		expect(Math.abs(Math.log(rows.find((r) => r.id === 'chinchilla')!.sizeRatio))).toBeLessThan(Math.log(1.5));
	});

	it('draws 20 tokens per parameter, and each model’s iso-FLOP line across the map', () => {
		for (const [N, D] of tokens20Line) expectRelative(D / N, 20, 1e-12);
		const line = isoFlopAcross(5.76e23);
		expect(line.map(([N]) => N)).toEqual(domain.params);
		for (const [N, D] of line) expectRelative(trainingCompute(N, D), 5.76e23, 1e-12);
	});
});

describe('today’s models on the map', () => {
	const newer = models.filter((m) => m.year >= 2024 && m.id !== 'llama31-405b');

	it('has every model inside the map, with a source; today’s models with where in it', () => {
		for (const m of newer) expect(m.locator, m.id).toBeTruthy();
		for (const m of models) {
			expect(m.params).toBeGreaterThanOrEqual(domain.params[0]);
			expect(m.totalParams ?? m.params).toBeLessThanOrEqual(domain.params[1]);
			expect(m.tokens).toBeGreaterThanOrEqual(domain.tokens[0]);
			expect(m.tokens).toBeLessThanOrEqual(domain.tokens[1]);
			expect(Object.keys(bibliography), m.id).toContain(m.cite);
		}
		expect(new Set(models.map((m) => m.id)).size).toBe(models.length);
	});

	it('places a mixture of experts by its active parameters, its total beside them', () => {
		const moe = modelRows('besiroglu2024').filter((r) => r.architecture === 'moe');
		expect(moe.map((r) => r.id)).toEqual(['deepseek-v3']);
		const [v3] = moe;
		expect(v3.params).toBe(37e9);
		expect(v3.totalParams).toBe(671e9);
		expectRelative(v3.computeBudget, 6 * 37e9 * 14.8e12, 1e-12);
	});

	it('finds every open model since 2024 smaller than compute-optimal for its compute, under every fit', () => {
		// The chapter says so in prose; this keeps the prose true if a model or a fit changes.
		for (const law of ['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const) {
			const rows = modelRows(law);
			for (const m of newer) expect(rows.find((r) => r.id === m.id)!.sizeRatio, `${m.id} under ${law}`).toBeLessThan(1);
		}
	});

	it('filters by kind and by year', () => {
		const rows = modelRows('besiroglu2024');
		expect(rows.filter((r) => matches(r, allModels))).toHaveLength(rows.length);
		expect(rows.filter((r) => matches(r, { ...allModels, dense: false })).map((r) => r.id)).toEqual(['deepseek-v3']);
		expect(rows.filter((r) => matches(r, { ...allModels, moe: false }))).toHaveLength(rows.length - 1);
		const from2025 = rows.filter((r) => matches(r, { ...allModels, from: 2025 }));
		expect(from2025.length).toBeGreaterThan(0);
		for (const r of from2025) expect(r.year).toBeGreaterThanOrEqual(2025);
		expect(rows.filter((r) => matches(r, { dense: false, moe: false, from: years[0] }))).toHaveLength(0);
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});
});
