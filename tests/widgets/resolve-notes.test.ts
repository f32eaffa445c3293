// What the resolve figure says beside its numbers (our fit against the authors', what a step did to the optima), the
// axes it holds still across flips, and the resampling intervals it is given at build time.
import { describe, expect, it } from 'vitest';
import { PORIAN_CONFIGS, PORIAN_CONFIG_KEYS, PORIAN_PATHS, configKey } from '$lib/data/porian-configs';
import { MARKED_GAP, compareMethods, stepEffect } from '$lib/widgets/resolve/compare';
import { domainsFor } from '$lib/widgets/resolve/chart';
import { exponentPath, resamplingIntervals, resolveView } from '$lib/widgets/resolve/model';

const KAPLAN = 'rw,base,long,kaplan,kaplan,train';

describe('our fit against the authors’', () => {
	it('puts the one marked gap, Kaplan’s setup on RefinedWeb, down to its smallest budget: 0.835 vs 0.837 without it', () => {
		const view = resolveView(KAPLAN);
		const { gap, smallestBudget } = compareMethods(view);
		expect(gap).toBeGreaterThan(MARKED_GAP);
		expect(smallestBudget!.compute).toBe(1.25e16);
		expect(smallestBudget!.without).toBeCloseTo(0.835, 3);
		expect(smallestBudget!.authorsWithout).toBeCloseTo(0.837, 3);
		expect(smallestBudget!.params).toBe(view.budgets[0].minimum!.params);
		expect(smallestBudget!.authorsParams).toBe(1229800);
	});

	it.each(PORIAN_CONFIG_KEYS.filter((k) => k !== KAPLAN))('%s: within the mark, and no budget singled out', (key) => {
		const { gap, smallestBudget } = compareMethods(resolveView(key));
		expect(Math.abs(gap)).toBeLessThanOrEqual(MARKED_GAP);
		expect(smallestBudget).toBeUndefined();
	});

	it('sits below the authors’ on most configurations', () => {
		const below = PORIAN_CONFIG_KEYS.filter((k) => compareMethods(resolveView(k)).gap < 0);
		expect(below.length).toBeGreaterThanOrEqual(12);
	});

	it('says whether the authors’ value lies inside our interval, and nothing without one', () => {
		const view = resolveView(KAPLAN);
		expect(compareMethods(view, [0.8, 0.9]).insideInterval).toBe(true);
		expect(compareMethods(view, [0.85, 0.9]).insideInterval).toBe(false);
		expect(compareMethods(view).insideInterval).toBeUndefined();
	});
});

describe('what a step did to the optima', () => {
	it('has nothing to say at Kaplan’s setup', () => {
		expect(stepEffect(resolveView(KAPLAN))).toBeUndefined();
	});

	it.each(['rw', 'owt2', 'attention'] as const)(
		'on the %s path, compares each step with the one before at the first and last budgets both fitted',
		(path) => {
			const steps = PORIAN_PATHS[path];
			for (let i = 1; i < steps.length; i++) {
				const effect = stepEffect(resolveView(steps[i].key))!;
				expect(configKey(effect.previous.config)).toBe(steps[i - 1].key);
				const before = effect.previous.budgets.find((b) => b.compute === effect.smallest.compute)!.minimum!;
				expect(effect.smallest.before).toBe(before.params);
				expect(effect.largest.compute).toBeGreaterThan(effect.smallest.compute);
			}
		}
	);

	it('shows counting the head raising the small budgets’ optima far more than the large ones’, and matched decay lowering the largest', () => {
		const head = stepEffect(resolveView(PORIAN_PATHS.rw[1].key))!;
		expect(head.smallest.after / head.smallest.before).toBeGreaterThan(2);
		expect(head.largest.after / head.largest.before).toBeLessThan(1.3);
		const decay = stepEffect(resolveView(PORIAN_PATHS.rw[3].key))!;
		expect(decay.largest.after).toBeLessThan(decay.largest.before);
	});

	it('compares tuning alone with Kaplan’s setup', () => {
		const effect = stepEffect(resolveView('rw,tuned,long,const,kaplan,train'))!;
		expect(configKey(effect.previous.config)).toBe(KAPLAN);
	});
});

describe('the axes', () => {
	it.each(['rw', 'owt2'] as const)('hold every %s run’s size, every optimum and every parabola', (dataset) => {
		const d = domainsFor(dataset);
		for (const config of PORIAN_CONFIGS.filter((c) => c.dataset === dataset)) {
			const view = resolveView(config);
			for (const b of view.budgets.filter((b) => b.points.length)) {
				expect(b.compute).toBeGreaterThan(d.compute[0]);
				expect(b.compute).toBeLessThan(d.compute[1]);
				for (const p of b.points) expect(p.params).toBeGreaterThan(d.params[0]);
				for (const p of b.points) expect(p.params).toBeLessThan(d.params[1]);
				for (const p of b.points.filter((p) => p.nearMinimum)) expect(p.loss).toBeLessThan(d.loss[1]);
				for (const [, loss] of b.curve) expect(loss).toBeGreaterThan(d.loss[0]);
				for (const n of [b.minimum?.params, b.authors?.params].filter((n) => n !== undefined)) {
					expect(n).toBeGreaterThan(d.optimum[0]);
					expect(n).toBeLessThan(d.optimum[1]);
				}
			}
		}
	});

	it('keep the far flanks (losses near 10) off the loss axis', () => {
		expect(domainsFor('rw').loss[1]).toBeLessThan(8);
		expect(domainsFor('rw')).toBe(domainsFor('rw'));
	});
});

describe('resampling intervals drawn once', () => {
	const drawn = resamplingIntervals({ count: 30, seed: 3 });

	it('gives one interval per configuration, around its exponent', () => {
		expect(Object.keys(drawn).sort()).toEqual([...PORIAN_CONFIG_KEYS].sort());
		for (const key of PORIAN_CONFIG_KEYS) {
			const [low, high] = drawn[key]!;
			expect(low).toBeLessThanOrEqual(resolveView(key).exponent!);
			expect(high).toBeGreaterThanOrEqual(resolveView(key).exponent!);
		}
	});

	it('gives the path the same rows as drawing them itself, so the browser need not', () => {
		expect(exponentPath('owt2', { intervals: drawn })).toEqual(exponentPath('owt2', { count: 30, seed: 3 }));
	});
});
