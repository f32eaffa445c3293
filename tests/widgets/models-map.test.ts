import { describe, expect, it } from 'vitest';
import { models } from '$lib/data/models';
import { trainingCompute } from '$lib/scaling';
import { domain, isoFlopAcross, modelRows, tokens20Line } from '$lib/widgets/models-map/model';
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
