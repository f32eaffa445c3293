import { describe, expect, it } from 'vitest';
import { criticalSizeFactor, frontierOf, parametricPresets, sizeFactorOverhead } from '$lib/scaling';
import { SIZE_RANGE, overheadCurve, readAt, youAreHere } from '$lib/widgets/overtraining/model';
import { expectRelative } from '../scaling/helpers';

const epoch = parametricPresets.besiroglu2024.law;

describe('the over-training figure', () => {
	it('draws the overhead from just right of the critical size to 1.5×, zero at the optimum', () => {
		const curve = overheadCurve(epoch);
		expect(curve[0][0]).toBeGreaterThan(criticalSizeFactor(epoch));
		expect(curve.at(-1)![0]).toBeCloseTo(SIZE_RANGE[1], 9);
		expect(Math.min(...curve.map(([, o]) => o))).toBeGreaterThanOrEqual(-1e-12);
	});

	it('reads the curve at a size, and has no reading below the critical size', () => {
		expect(readAt(epoch, 0.5).overhead).toBe(sizeFactorOverhead(epoch, 0.5));
		expect(readAt(epoch, criticalSizeFactor(epoch) * 0.9)).toEqual({
			sizeFactor: criticalSizeFactor(epoch) * 0.9,
			tokenFactor: undefined,
			overhead: undefined
		});
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
});
