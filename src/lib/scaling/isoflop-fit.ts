import { estimatePowerLaw, type BudgetFit, type BudgetGroup, type PowerLawEstimate } from './approach2';
import { quantile, resample, seededRandom } from './bootstrap';
import { FLOP_PER_PARAM_TOKEN } from './compute';
import { evalParabola, fitParabola, parabolaVertex } from './fit';
import type { Run } from './runs';

/**
 * Approach 2 on dense IsoFLOP sweeps (porian2024's runs): each budget's parabola in ln N is fitted only to the runs
 * near that budget's minimum, its vertex is N_opt, and N_opt ∝ C^a is fitted through the vertices. A bootstrap that
 * resamples runs within each budget gives an interval for a.
 */

/**
 * How far above a budget's lowest loss a run may lie and still shape its parabola: 3%. A parabola is the second-order
 * expansion of the loss about its minimum, so it describes only the runs close to it; away from it IsoFLOP curves are
 * lopsided (too-large models at small budgets reach losses near 10, twice the minimum). A fixed number of points or a
 * fixed span of ln N would not do: the sizes lie 1.3 to 3 times apart, so five points climb far up the flanks where
 * the grid is sparse and a span of ln N holds too few runs where it is coarse. A window in loss adapts to both. On the
 * 15 configurations 3% puts our exponents within 0.028 of the authors' (every window from 2.5% to 5% within 0.034);
 * a run far up the flanks can never enter it.
 */
export const NEAR_MINIMUM_LOSS_WINDOW = 0.03;

/** A parabola needs three distinct sizes. */
const MIN_SIZES = 3;

/**
 * The runs a budget's parabola is fitted to: those within `window` (relative) of its lowest loss. Where fewer than
 * three distinct sizes lie so close (sparse budgets, whose neighbours of the minimum already sit high), the lowest run's
 * size and its nearest sizes on either side, three in all (the three smallest or largest at an edge). Empty when the
 * budget trained fewer than three sizes.
 */
export function nearMinimum<T extends Run>(runs: readonly T[], window = NEAR_MINIMUM_LOSS_WINDOW): T[] {
	if (!(window >= 0)) throw new RangeError(`the loss window must be zero or positive, got ${window}`);
	const sizes = [...new Set(runs.map((r) => r.params))].sort((a, b) => a - b);
	if (sizes.length < MIN_SIZES) return [];
	let lowest = runs[0];
	for (const r of runs) if (r.loss < lowest.loss) lowest = r;
	const cut = lowest.loss * (1 + window);
	const near = runs.filter((r) => r.loss <= cut);
	if (new Set(near.map((r) => r.params)).size >= MIN_SIZES) return near;
	const at = sizes.indexOf(lowest.params);
	const start = Math.max(0, Math.min(at - 1, sizes.length - MIN_SIZES));
	const kept = new Set(sizes.slice(start, start + MIN_SIZES));
	return runs.filter((r) => kept.has(r.params));
}

/** A budget's fit with the runs its parabola was fitted to. */
export interface NearMinimumFit<T extends Run = Run> extends BudgetFit {
	/** The runs within the loss window (see nearMinimum); the parabola describes only their span of sizes. */
	window: T[];
}

/**
 * One budget's parabola through the runs near its minimum. No minimum when it opens downwards ('no-minimum') or its
 * vertex lies outside the sizes it was fitted to ('outside': the optimum is not bracketed by the runs, or the parabola
 * would extrapolate into sizes where runs measured a higher loss than it predicts).
 */
export function fitNearMinimum<T extends Run>(
	{ budget, runs }: BudgetGroup<T>,
	window = NEAR_MINIMUM_LOSS_WINDOW
): NearMinimumFit<T> {
	const count = runs.length;
	const near = nearMinimum(runs, window);
	if (near.length === 0) return { budget, count, window: near, problem: 'too-few' };
	const xs = near.map((r) => Math.log(r.params));
	const parabola = fitParabola(
		xs,
		near.map((r) => r.loss)
	);
	if (!(parabola.c2 > 0)) return { budget, count, window: near, parabola, problem: 'no-minimum' };
	const x = parabolaVertex(parabola);
	if (x < Math.min(...xs) || x > Math.max(...xs)) return { budget, count, window: near, parabola, problem: 'outside' };
	const params = Math.exp(x);
	const optimum = { params, tokens: budget / (FLOP_PER_PARAM_TOKEN * params), loss: evalParabola(parabola, x) };
	return { budget, count, window: near, parabola, optimum };
}

export interface IsoFlopFit<T extends Run = Run> {
	budgets: NearMinimumFit<T>[];
	/** N_opt ∝ C^a through the budgets with a minimum; undefined with fewer than two. */
	params?: PowerLawEstimate;
	/** D_opt = C/(6 N_opt) ∝ C^(1−a). */
	tokens?: PowerLawEstimate;
}

/** Approach 2 near each minimum, then the power laws across budgets (least squares in log–log). */
export function fitIsoFlops<T extends Run>(
	groups: readonly BudgetGroup<T>[],
	window = NEAR_MINIMUM_LOSS_WINDOW
): IsoFlopFit<T> {
	const budgets = groups.map((g) => fitNearMinimum(g, window));
	const minima = budgets.filter((f) => f.optimum);
	if (minima.length < 2) return { budgets };
	const C = minima.map((f) => f.budget);
	return {
		budgets,
		params: estimatePowerLaw(
			C,
			minima.map((f) => f.optimum!.params)
		),
		tokens: estimatePowerLaw(
			C,
			minima.map((f) => f.optimum!.tokens)
		)
	};
}

/** Tokens per parameter at each budget's optimum, D_opt/N_opt = C/(6 N_opt²); budgets without a minimum are left out. */
export function tokensPerParamAtOptima(fit: IsoFlopFit): { budget: number; tokensPerParam: number }[] {
	return fit.budgets.flatMap((f) =>
		f.optimum ? [{ budget: f.budget, tokensPerParam: f.optimum.tokens / f.optimum.params }] : []
	);
}

export interface ExponentBootstrap {
	/** The exponent a fitted on the runs themselves. */
	exponent: number;
	/** The central `level` of the resampled exponents (2.5th to 97.5th percentile by default); none if no resample gave one. */
	interval?: [number, number];
	level: number;
	/** Resamples drawn, and those that gave at least two minima (only these count). */
	count: number;
	usable: number;
}

/**
 * A percentile interval for a: `count` times, resample the runs within each budget (with replacement, as many as it
 * has) and refit. Resampling within budgets keeps every budget in every resample, as the design of the sweep does.
 * The same seed gives the same interval. Undefined when the runs themselves give no exponent.
 */
export function bootstrapIsoFlopExponent(
	groups: readonly BudgetGroup[],
	{
		count = 200,
		seed = 1,
		level = 0.95,
		window = NEAR_MINIMUM_LOSS_WINDOW
	}: { count?: number; seed?: number; level?: number; window?: number } = {}
): ExponentBootstrap | undefined {
	if (!(Number.isInteger(count) && count >= 1))
		throw new RangeError(`the number of resamples must be a whole number ≥ 1, got ${count}`);
	if (!(level > 0 && level < 1)) throw new RangeError(`the interval's level must lie between 0 and 1, got ${level}`);
	const exponent = fitIsoFlops(groups, window).params?.exponent;
	if (exponent === undefined) return undefined;
	const random = seededRandom(seed);
	const samples: number[] = [];
	for (let i = 0; i < count; i++) {
		const sample = groups.map((g) => ({ budget: g.budget, runs: resample(g.runs, random) }));
		const a = fitIsoFlops(sample, window).params?.exponent;
		if (a !== undefined) samples.push(a);
	}
	const tail = (1 - level) / 2;
	// Typed arrays sort numerically without a comparator.
	const sorted = Float64Array.from(samples).sort();
	const interval: [number, number] | undefined =
		sorted.length > 0 ? [quantile(sorted, tail), quantile(sorted, 1 - tail)] : undefined;
	return { exponent, interval, level, count, usable: samples.length };
}
