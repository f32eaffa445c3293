import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import { isoLossTokens, lifetimeOptimum, optimalLossOf, parametricPresets } from '$lib/scaling';
import {
	DEFAULT_POSITION,
	DEMAND_RANGE,
	GUESS_DEMAND,
	RUNS_MAX_TOKENS_PER_PARAM,
	SARDANA_MAX_TOKENS_PER_PARAM,
	SWEEP,
	cautionFor,
	demandAt,
	guessAnswer,
	positionOf,
	sizeAtRatio,
	sizeTicks,
	sweep,
	targetLoss
} from '$lib/widgets/lifetime-cost/model';
import { expectRelative } from '../scaling/helpers';

const epoch = parametricPresets.besiroglu2024.law;

describe('the lifetime figure', () => {
	it('reads its demand slider in decades, with "none" at the left end', () => {
		expect(demandAt(DEMAND_RANGE[0])).toBe(0);
		expect(demandAt(12)).toBeCloseTo(1e12, -3);
		expect(demandAt(99)).toBe(1e15);
		expect(positionOf(0)).toBe(DEMAND_RANGE[0]);
		expect(positionOf(1e13)).toBeCloseTo(13, 12);
		expect(positionOf(1)).toBe(DEMAND_RANGE[0] + 1);
	});

	it('targets the loss Chinchilla-optimal training reaches on the budget', () => {
		expect(targetLoss(epoch, 1e22)).toBe(optimalLossOf(epoch).at(1e22));
	});

	it('sweeps demand from none to a quadrillion tokens, the savings growing', () => {
		const rows = sweep(epoch, targetLoss(epoch, 5.76e23));
		expect(rows.map((r) => r.demand)).toEqual([...SWEEP]);
		expect(rows[0].optimum.saving).toBeCloseTo(0, 9);
		for (let i = 1; i < rows.length; i++) expect(rows[i].optimum.saving).toBeGreaterThan(rows[i - 1].optimum.saving);
	});
});

describe('where the lifetime figure leaves what was measured', () => {
	it('knows the largest tokens per parameter among the runs behind the fits, from the data', () => {
		const largest = Math.max(...chinchillaRuns.map((r) => r.tokens / r.params));
		expectRelative(RUNS_MAX_TOKENS_PER_PARAM, largest, 0.002);
	});

	it.each([
		[20, 'none'],
		[RUNS_MAX_TOKENS_PER_PARAM, 'none'],
		[3730, 'pastRuns'],
		[SARDANA_MAX_TOKENS_PER_PARAM, 'pastRuns'],
		[15_000, 'pastSardana']
	] as const)('cautions at %d tokens per parameter: %s', (ratio, caution) => {
		expect(cautionFor(ratio)).toBe(caution);
	});

	it('cautions at the 3,730 tokens per parameter Epoch’s fit recommends for Gopher’s loss served 10¹⁵ tokens', () => {
		const best = lifetimeOptimum(epoch, targetLoss(epoch, 5.76e23), 1e15).best;
		expect(best.tokens / best.params).toBeCloseTo(3730, -1);
		expect(cautionFor(best.tokens / best.params)).toBe('pastRuns');
	});

	it.each([RUNS_MAX_TOKENS_PER_PARAM, SARDANA_MAX_TOKENS_PER_PARAM])(
		'finds the size on the iso-loss curve that trains %d tokens per parameter',
		(ratio) => {
			const loss = targetLoss(epoch, 5.76e23);
			const N = sizeAtRatio(epoch, loss, ratio);
			expectRelative(isoLossTokens(epoch, loss, N)! / N, ratio, 1e-8);
		}
	);

	it('gives the size axis several ticks where it spans a decade or so', () => {
		expect(sizeTicks([1.5e10, 2.8e11])).toEqual([2e10, 5e10, 1e11, 2e11]);
		expect(sizeTicks([3e9, 3e11]).length).toBeLessThanOrEqual(6);
		expect(sizeTicks([3e9, 3e11]).length).toBeGreaterThanOrEqual(3);
	});
});

describe('the lifetime figure’s question', () => {
	it('asks at the demand the figure starts on', () => {
		expect(demandAt(DEFAULT_POSITION)).toBeCloseTo(GUESS_DEMAND, -3);
	});

	it('answers with the cheapest model’s share of the Chinchilla optimum and its saving', () => {
		const answer = guessAnswer(epoch, 5.76e23);
		const o = lifetimeOptimum(epoch, targetLoss(epoch, 5.76e23), GUESS_DEMAND);
		expect(answer.sizeFactor).toBeCloseTo(o.best.params / o.chinchilla.params, 12);
		expect(answer.sizeFactor).toBeGreaterThan(0.1);
		expect(answer.sizeFactor).toBeLessThan(1);
		expect(answer.saving).toBeCloseTo(o.saving, 12);
	});
});
