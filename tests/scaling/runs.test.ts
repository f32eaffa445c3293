import { describe, expect, it } from 'vitest';
import { computeSpan, runFromCompute, runFromTokens, withoutHighestLosses } from '$lib/scaling';
import { badNumbers, expectRelative } from './helpers';

describe('runs', () => {
	it('runFromCompute derives D = C/(6N), as Epoch does', () => {
		const run = runFromCompute(70e9, 5.88e23, 1.94);
		expectRelative(run.tokens, 1.4e12, 1e-12);
	});

	it('runFromTokens derives C = 6·N·D', () => {
		expectRelative(runFromTokens(70e9, 1.4e12, 2).compute, 5.88e23, 1e-12);
	});

	it.each(badNumbers)('refuses a %s size, budget or loss', (_, bad) => {
		expect(() => runFromCompute(bad, 1e20, 2)).toThrow(/params/);
		expect(() => runFromCompute(1e9, bad, 2)).toThrow(/compute/);
		expect(() => runFromTokens(1e9, 1e10, bad)).toThrow(/loss/);
	});

	it('withoutHighestLosses drops the k worst runs, ties at the cut included', () => {
		const runs = [3, 5, 2, 5, 4, 1].map((loss) => runFromTokens(1e9, 1e10, loss));
		expect(withoutHighestLosses(runs, 1).map((r) => r.loss)).toEqual([3, 2, 4, 1]);
		expect(withoutHighestLosses(runs, 3).map((r) => r.loss)).toEqual([3, 2, 1]);
		expect(withoutHighestLosses(runs, 0)).toHaveLength(6);
		expect(withoutHighestLosses(runs, 6)).toEqual([]);
	});

	it('computeSpan gives the smallest and largest budget, and refuses no runs', () => {
		const runs = [1e19, 3e21, 2e18].map((C) => runFromCompute(1e8, C, 3));
		expect(computeSpan(runs)).toEqual({ min: 2e18, max: 3e21 });
		expect(() => computeSpan([])).toThrow(/at least one/);
	});
});
