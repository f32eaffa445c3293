import { describe, expect, it } from 'vitest';
import { allocate, effectiveData, lossOf, parametricPresets } from '$lib/scaling';
import { EPOCH_RANGE, curve, shortfall } from '$lib/widgets/repeated/model';
import { expectRelative } from '../scaling/helpers';

const epoch = parametricPresets.besiroglu2024.law;
const optimum = allocate('besiroglu2024', 5.76e23);

describe('the repeated-data figure', () => {
	it('draws repeated data below fresh data, meeting it at one epoch', () => {
		const { effective, fresh } = curve(1e11);
		expect(effective[0]).toEqual([EPOCH_RANGE[0], 1e11]);
		expect(fresh[0]).toEqual([EPOCH_RANGE[0], 1e11]);
		effective.forEach(([, d], i) => expect(d).toBeLessThanOrEqual(fresh[i][1] * (1 + 1e-12)));
	});

	it('needs no repetition when the unique data is enough', () => {
		const s = shortfall(epoch, optimum, optimum.tokens * 2);
		expect(s.epochs).toBe(1);
		expect(s.worth).toBe(1);
		expect(s.lossIncrease).toBe(0);
	});

	it('with a quarter of the data: four epochs, worth what the formula says, a small loss cost', () => {
		const s = shortfall(epoch, optimum, optimum.tokens / 4);
		expect(s.epochs).toBeCloseTo(4, 9);
		expectRelative(s.effective, effectiveData(optimum.tokens / 4, 4), 1e-12);
		expect(s.worth).toBeGreaterThan(0.9);
		expect(s.lossIncrease).toBeGreaterThan(0);
		expect(s.loss).toBeCloseTo(lossOf(epoch)(optimum.params, s.effective), 12);
		expect(s.nextEpoch).toBeCloseTo(Math.exp(-3 / 15.4), 12);
	});
});
