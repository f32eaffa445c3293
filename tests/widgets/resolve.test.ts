import { describe, expect, it } from 'vitest';
import {
	PORIAN_CONFIGS,
	PORIAN_CONFIG_KEYS,
	PORIAN_PATHS,
	authorsFit,
	parseConfigKey,
	porianBudgetGroups
} from '$lib/data/porian-runs';
import { evalParabola, fitIsoFlops } from '$lib/scaling';
import {
	PATH_REFERENCE_BUDGET,
	RESOLVE_FIGURE,
	exponentPath,
	optimumRows,
	pathOf,
	resolveView
} from '$lib/widgets/resolve/model';

const kaplan = resolveView('rw,base,long,kaplan,kaplan,train');
const slope = ([[c0, n0], [c1, n1]]: [number, number][]) => Math.log(n1 / n0) / Math.log(c1 / c0);

describe('the resolve figure’s view of one configuration', () => {
	it('is the figure `resolve`, and names its configuration as the data file does, in column order', () => {
		expect(RESOLVE_FIGURE).toBe('resolve');
		expect(kaplan.dataConfig).toBe('rw,base,long,kaplan,kaplan,train');
		expect(resolveView(PORIAN_CONFIGS[12]).dataConfig).toBe('rw,base,short,kaplan,attention,train');
		expect(() => resolveView('rw,tuned,short,const,kaplan,val')).toThrow(/rw,tuned,short,const,kaplan,val/);
	});

	it('groups the runs by budget, smallest model first, all 1,745 of them across the configurations', () => {
		let total = 0;
		for (const key of PORIAN_CONFIG_KEYS) {
			const view = resolveView(key);
			expect(view.budgets.map((b) => b.index)).toEqual(view.budgets.map((_, i) => i));
			for (const b of view.budgets) {
				total += b.points.length;
				for (let i = 1; i < b.points.length; i++) expect(b.points[i].params).toBeGreaterThan(b.points[i - 1].params);
			}
		}
		expect(total).toBe(1745);
	});

	it('gives each budget its colour index log2(C/1.25e16)', () => {
		kaplan.budgets.forEach((b) => expect(b.compute).toBeCloseTo(1.25e16 * 2 ** b.index, -3));
	});

	it('marks the runs near each minimum, and draws the parabola over exactly their sizes, lowest at the minimum', () => {
		for (const b of kaplan.budgets.filter((b) => b.minimum)) {
			const near = b.points.filter((p) => p.nearMinimum);
			expect(near.length).toBeGreaterThanOrEqual(3);
			expect(b.points.filter((p) => p.loss > 6).every((p) => !p.nearMinimum)).toBe(true);
			expect(b.curve[0][0] / near[0].params).toBeCloseTo(1, 9);
			expect(b.curve.at(-1)![0] / near.at(-1)!.params).toBeCloseTo(1, 9);
			const lowest = Math.min(...b.curve.map(([, l]) => l));
			expect(b.minimum!.loss).toBeLessThanOrEqual(lowest + 1e-12);
			expect(b.minimum!.params).toBeGreaterThanOrEqual(near[0].params);
			expect(b.minimum!.params).toBeLessThanOrEqual(near.at(-1)!.params);
		}
	});

	it('gives D/N at each minimum as C/(6 N_opt²)', () => {
		for (const b of kaplan.budgets.filter((b) => b.minimum)) {
			expect(b.minimum!.tokensPerParam / (b.compute / (6 * b.minimum!.params ** 2))).toBeCloseTo(1, 12);
		}
	});

	it('shows our exponent beside the authors’, both lines drawn with their own slopes', () => {
		expect(kaplan.exponent).toBeCloseTo(fitIsoFlops(porianBudgetGroups(kaplan.config)).params!.exponent, 12);
		expect(kaplan.tokensExponent).toBeCloseTo(1 - kaplan.exponent!, 12);
		expect(kaplan.authorsExponent).toBe(0.8338);
		expect(kaplan.authorsTokensExponent).toBe(0.1652);
		expect(slope(kaplan.line)).toBeCloseTo(kaplan.exponent!, 9);
		expect(slope(kaplan.authorsLine)).toBeCloseTo(0.8338, 4);
		// Over the budgets trained: Kaplan's counting stops at 1.28e19.
		expect(kaplan.line.map(([C]) => C)).toEqual([1.25e16, 1.28e19]);
	});

	it.each([...PORIAN_CONFIG_KEYS])('%s: a finite exponent, and no NaN anywhere in the view', (key) => {
		const view = resolveView(key);
		expect(Number.isFinite(view.exponent)).toBe(true);
		const numbers = JSON.stringify(view, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'BAD' : v));
		expect(numbers).not.toContain('BAD');
		expect(numbers).not.toContain('null');
	});

	it('says why a budget has no minimum, and leaves the authors’ optimum out where they found none', () => {
		const view = resolveView('rw,base,long,kaplan,attention,train');
		const [first, second] = view.budgets;
		expect([first.problem, second.problem]).toEqual(['outside', 'outside']);
		expect(first.minimum).toBeUndefined();
		expect(first.authors).toBeUndefined();
		expect(first.curve.length).toBeGreaterThan(0); // the parabola is still drawn, its vertex off the runs
		expect(view.budgets[2].authors!.params).toBe(authorsFit(view.config).budgets[2].optimum!.params);
	});

	it('gives a loss range that shows every parabola but not the far flanks', () => {
		const [low, high] = kaplan.nearLossExtent;
		for (const b of kaplan.budgets)
			for (const p of b.points.filter((p) => p.nearMinimum)) expect(p.loss).toBeLessThanOrEqual(high);
		expect(low).toBeCloseTo(Math.min(...kaplan.budgets.flatMap((b) => b.points.map((p) => p.loss))), 12);
		expect(high).toBeLessThan(5);
	});

	it('tabulates each trained budget’s optimum, ours beside the authors’', () => {
		const rows = optimumRows(kaplan);
		expect(rows).toHaveLength(11);
		const [C, N, authorsN, ratio, authorsRatio] = rows[4];
		expect(C).toBe(2e17);
		expect(N).toBe(kaplan.budgets[4].minimum!.params);
		expect(authorsN).toBe(11756000);
		expect(ratio).toBeCloseTo(2e17 / (6 * N! * N!), 6);
		expect(authorsRatio).toBeCloseTo(2835400000 / 11756000, 9);
		const missing = optimumRows(resolveView('rw,base,long,kaplan,standard,val'))[0];
		expect(missing.slice(1)).toEqual([undefined, undefined, undefined, undefined]);
	});

	it('evaluates each curve on its own parabola', () => {
		const b = kaplan.budgets[5];
		const fit = fitIsoFlops(porianBudgetGroups(kaplan.config)).budgets[5];
		for (const [N, loss] of b.curve) expect(loss).toBeCloseTo(evalParabola(fit.parabola!, Math.log(N)), 12);
	});
});

describe('the exponent path', () => {
	it.each([
		['rw,base,long,kaplan,kaplan,train', 'rw'],
		['owt2,tuned,short,const,standard,val', 'owt2'],
		['rw,base,short,chinchilla,attention,train', 'attention'],
		['rw,tuned,long,const,kaplan,train', 'rw']
	])('reads %s along the %s path', (key, path) => {
		expect(pathOf(parseConfigKey(key))).toBe(path);
	});

	const rw = exponentPath('rw', { count: 100, seed: 1 });

	it('walks RefinedWeb ≈ 0.83 → 0.70 → 0.60 → 0.57 → 0.50, ours and the authors’ side by side', () => {
		expect(rw.map((r) => r.step)).toEqual(['kaplan', 'count', 'warmup', 'decay', 'tuned']);
		expect(rw.map((r) => r.key)).toEqual(PORIAN_PATHS.rw.map((s) => s.key));
		expect(rw.map((r) => r.authors)).toEqual([0.8338, 0.7009, 0.6035, 0.5714, 0.497]);
		[0.83, 0.7, 0.6, 0.57, 0.5].forEach((a, i) => expect(Math.abs(rw[i].exponent! - a)).toBeLessThanOrEqual(0.04));
		for (let i = 1; i < rw.length; i++) expect(rw[i].exponent!).toBeLessThan(rw[i - 1].exponent!);
	});

	it('puts each step’s exponent inside its resampling interval', () => {
		for (const row of rw) {
			expect(row.interval![0]).toBeLessThanOrEqual(row.exponent!);
			expect(row.interval![1]).toBeGreaterThanOrEqual(row.exponent!);
		}
	});

	it('gives D/N at 1.28e19 on each fitted line, ours within 30% of the authors’ at every step', () => {
		expect(PATH_REFERENCE_BUDGET).toBe(1.28e19);
		const { fit } = resolveView(rw[0].key);
		const N = fit!.k * 1.28e19 ** fit!.exponent;
		expect(rw[0].tokensPerParam! / (1.28e19 / (6 * N * N))).toBeCloseTo(1, 12);
		for (const path of ['rw', 'owt2', 'attention'] as const) {
			for (const row of exponentPath(path, { count: 1 })) {
				expect(Math.abs(Math.log(row.tokensPerParam! / row.authorsTokensPerParam)), row.key).toBeLessThan(
					Math.log(1.3)
				);
			}
		}
	});

	it('repeats exactly with the same seed', () => {
		expect(exponentPath('owt2', { count: 30, seed: 5 })).toEqual(exponentPath('owt2', { count: 30, seed: 5 }));
	});

	it('starts the attention path from Kaplan’s setup, as the standard path does', () => {
		const attention = exponentPath('attention', { count: 20 });
		expect(attention[0].key).toBe(rw[0].key);
		expect(attention.slice(1).map((r) => r.authors)).toEqual([0.7159, 0.624, 0.5778, 0.5041]);
	});
});
