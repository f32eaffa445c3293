import { describe, expect, it } from 'vitest';
import { allocate, effectiveData, lossOf, parametricPresets } from '$lib/scaling';
import {
	EPOCH_RANGE,
	GUESS_EPOCHS,
	UNIQUE_RANGE,
	curve,
	guessAnswer,
	needMark,
	positionForQuarter,
	shortfall
} from '$lib/widgets/repeated-data/model';
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

describe('the repeated-data figure’s mark and question', () => {
	it('keeps the budget’s dot in view past the last epoch, at the right edge, marked off the scale', () => {
		const s = shortfall(epoch, optimum, optimum.tokens / 500);
		expect(s.epochs).toBeCloseTo(500, 6);
		const mark = needMark(s)!;
		expect(mark.offScale).toBe(true);
		expect(mark.at).toEqual([EPOCH_RANGE[1], s.effective]);
	});

	it('puts the dot at its epochs when they fit, and none when no repetition is needed', () => {
		const s = shortfall(epoch, optimum, optimum.tokens / 4);
		expect(needMark(s)).toEqual({ at: [s.epochs, s.effective], offScale: false });
		expect(needMark(shortfall(epoch, optimum, optimum.tokens * 2))).toBeUndefined();
	});

	it('answers the chapter’s question: four epochs are worth about 93% of fresh data', () => {
		expect(GUESS_EPOCHS).toBe(4);
		expect(guessAnswer()).toBeCloseTo((1 + 15.4 * (1 - Math.exp(-3 / 15.4))) / 4, 12);
		expect(guessAnswer()).toBeCloseTo(0.93, 2);
	});

	it('starts the figure on a quarter of the budget’s tokens after the guess, inside the slider', () => {
		expect(10 ** positionForQuarter(optimum.tokens)).toBeCloseTo(optimum.tokens / 4, -3);
		expect(positionForQuarter(1e20)).toBe(UNIQUE_RANGE[1]);
		expect(positionForQuarter(1e6)).toBe(UNIQUE_RANGE[0]);
	});
});
