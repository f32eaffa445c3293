import { describe, expect, it } from 'vitest';
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import { PAPER_ISOFLOP_BUDGETS, fitApproach2 } from '$lib/scaling';
import { approach2View, minimaLine, placedRuns } from '$lib/widgets/approach2-runs/model';

const placed = placedRuns(chinchillaRuns);
const none = new Set<number>();

describe('Approach 2 on the read-off runs', () => {
	it('places runs on the nine budgets, numbered in budget then size order', () => {
		expect(placed.map((p) => p.index)).toEqual(placed.map((_, i) => i));
		for (let i = 1; i < placed.length; i++) expect(placed[i].budget).toBeGreaterThanOrEqual(placed[i - 1].budget);
		expect(new Set(placed.map((p) => p.budget)).size).toBe(PAPER_ISOFLOP_BUDGETS.length);
	});

	it('with nothing dropped, gives the core’s Approach-2 fit', () => {
		const view = approach2View(placed, none, none);
		expect(view.params!.exponent).toBeCloseTo(fitApproach2(chinchillaRuns).params!.exponent, 12);
		expect(view.budgets).toHaveLength(9);
	});

	it('dropping budgets changes a and the number of minima, and two are the least for a line', () => {
		const all = approach2View(placed, none, none);
		const late = approach2View(placed, new Set([0, 1, 2, 3]), none);
		expect(late.params!.points).toBe(all.params!.points - 4);
		expect(late.params!.exponent).not.toBeCloseTo(all.params!.exponent, 3);
		expect(approach2View(placed, new Set([0, 1, 2, 3, 4, 5, 6, 7]), none).params).toBeUndefined();
	});

	it('dropping runs refits their budget’s parabola without them', () => {
		const first = placed.filter((p) => p.budget === 4).map((p) => p.index);
		const view = approach2View(placed, none, new Set(first.slice(0, 2)));
		expect(view.budgets[4].fit.count).toBe(first.length - 2);
	});

	it('draws each parabola over the sizes its budget trained, and the line through the minima', () => {
		const view = approach2View(placed, none, none);
		const budget = view.budgets[3];
		const sizes = placed.filter((p) => p.budget === 3).map((p) => p.run.params);
		expect(budget.curve[0][0]).toBeCloseTo(Math.min(...sizes), -3);
		expect(budget.curve.at(-1)![0] / Math.max(...sizes)).toBeCloseTo(1, 9);
		const [[c0, n0], [c1, n1]] = minimaLine(view.params!);
		expect(Math.log(n1 / n0) / Math.log(c1 / c0)).toBeCloseTo(view.params!.exponent, 12);
	});
});
