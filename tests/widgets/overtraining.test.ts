import { describe, expect, it } from 'vitest';
import {
	devriesCriticalSizeFactor,
	frontierOf,
	parametricPresets,
	sizeFactorOverhead,
	smallestSizeFactor
} from '$lib/scaling';
import {
	GUESS_POSITIONS,
	OVERHEAD_CAP,
	SIZE_POSITIONS,
	SIZE_RANGE,
	SIZE_TICKS,
	guessVerdict,
	landmarks,
	onChart,
	overheadCurve,
	positionOf,
	readAt,
	sizeAt,
	youAreHere
} from '$lib/widgets/overtraining/model';
import { expectRelative } from '../scaling/helpers';

const epoch = parametricPresets.besiroglu2024.law;
const printed = parametricPresets.hoffmann2022.law;

describe('the over-training figure', () => {
	it('draws the overhead from just right of the smallest reachable size to 20×, zero at the optimum', () => {
		const curve = overheadCurve(epoch);
		expect(curve[0][0]).toBeGreaterThan(smallestSizeFactor(epoch));
		expect(curve.at(-1)![0]).toBeCloseTo(SIZE_RANGE[1], 9);
		expect(Math.min(...curve.map(([, o]) => o))).toBeGreaterThanOrEqual(-1e-12);
	});

	it('spans models several times too large, with ticks on both sides of the optimum', () => {
		expect(SIZE_RANGE[1]).toBeGreaterThanOrEqual(8);
		expect(SIZE_TICKS.filter((k) => k > 1).length).toBeGreaterThanOrEqual(3);
		expect(SIZE_TICKS.filter((k) => k < 1).length).toBeGreaterThanOrEqual(3);
		for (const k of SIZE_TICKS) {
			expect(k).toBeGreaterThanOrEqual(SIZE_RANGE[0]);
			expect(k).toBeLessThanOrEqual(SIZE_RANGE[1]);
		}
	});

	it('reads its log slider in multiples of the optimal size, both ends included', () => {
		expect(sizeAt(SIZE_POSITIONS[0])).toBeCloseTo(SIZE_RANGE[0], 12);
		expect(sizeAt(SIZE_POSITIONS[1])).toBeCloseTo(SIZE_RANGE[1], 12);
		expect(sizeAt(positionOf(0.3))).toBe(0.3);
		expect(sizeAt(positionOf(5.9))).toBe(5.9);
	});

	it('reads the curve at a size, and has no reading below the smallest reachable size', () => {
		expect(readAt(epoch, 0.5).overhead).toBe(sizeFactorOverhead(epoch, 0.5));
		expect(readAt(epoch, smallestSizeFactor(epoch) * 0.9)).toEqual({
			sizeFactor: smallestSizeFactor(epoch) * 0.9,
			tokenFactor: undefined,
			overhead: undefined
		});
	});

	it('prices an oversized model too: fewer tokens, and still more compute than the optimum', () => {
		const r = readAt(epoch, 5);
		expect(r.tokenFactor!).toBeLessThan(1);
		expect(r.overhead!).toBeGreaterThan(0.5);
		expect(r.overhead!).toBeLessThan(OVERHEAD_CAP);
	});

	it('places a model against the compute-optimal model of its own loss, on the de Vries curve', () => {
		const f = frontierOf(epoch);
		// A model 0.4× the optimal size at 1e22, trained to that optimum's loss, sits at k_N = 0.4 with de Vries's overhead.
		const k = 0.4;
		const N = k * f.params(1e22);
		const kD = readAt(epoch, k).tokenFactor!;
		const here = youAreHere(epoch, N, kD * f.tokens(1e22));
		expectRelative(here.sizeFactor, k, 1e-6);
		expectRelative(here.overhead!, sizeFactorOverhead(epoch, k)!, 1e-6);
	});

	it.each([
		['besiroglu2024', 5.9],
		['hoffmann2022', 17.2]
	] as const)(
		'shows Gopher (280 B on 300 B tokens) on the chart under %s, about %d× the optimum of its loss',
		(id, k) => {
			const here = youAreHere(parametricPresets[id].law, 280e9, 300e9);
			expect(here.sizeFactor).toBeCloseTo(k, 1);
			expect(onChart(here)).toBe(true);
		}
	);

	it('marks the asymptote and de Vries’s critical size, apart', () => {
		const marks = landmarks(printed);
		expect(marks.smallest).toBeCloseTo(0.0965, 3);
		expect(marks.critical).toBeGreaterThan(0.3);
		expect(marks.critical).toBeLessThan(0.31);
		expect(sizeFactorOverhead(printed, marks.critical)!).toBeCloseTo(1, 9);
	});

	it('judges a committed guess of the critical size against the fit’s answer', () => {
		expect(GUESS_POSITIONS).toEqual([-1, 0]);
		const answer = devriesCriticalSizeFactor(epoch);
		expect(guessVerdict(epoch, answer)).toEqual({ answer, ratio: 1 });
		expect(guessVerdict(epoch, 0.5).ratio).toBeCloseTo(0.5 / answer, 12);
	});
});
