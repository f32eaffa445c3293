import { fitParabola, parabolaVertex, evalParabola, type Parabola } from './fit';
import { FLOP_PER_PARAM_TOKEN } from './compute';
import type { Run } from './runs';

/**
 * Approach 2 (hoffmann2022 §3.2) on a set of runs: group them into IsoFLOP budgets, fit a parabola to loss against
 * log N on each, take its minimum, and fit N_opt ∝ C^a and D_opt ∝ C^b through the minima.
 */

/** The paper's nine IsoFLOP budgets (§3.2, Figure 3). */
export const PAPER_ISOFLOP_BUDGETS = [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21] as const;

/** How far (in decades of compute) a run may sit from a budget and still count as on it: read-off points scatter. */
export const BUDGET_TOLERANCE_DECADES = 0.1;

export interface BudgetGroup<T extends Run = Run> {
	budget: number;
	runs: T[];
}

/** Each run goes to the nearest budget within `tolerance` decades; runs near none stay out. */
export function groupByBudget<T extends Run>(
	runs: readonly T[],
	budgets: readonly number[] = PAPER_ISOFLOP_BUDGETS,
	tolerance = BUDGET_TOLERANCE_DECADES
): BudgetGroup<T>[] {
	const groups = budgets.map((budget) => ({ budget, runs: [] as T[] }));
	for (const run of runs) {
		let best: BudgetGroup<T> | undefined;
		let distance = Infinity;
		for (const group of groups) {
			const d = Math.abs(Math.log10(run.compute / group.budget));
			if (d < distance) [best, distance] = [group, d];
		}
		if (best && distance <= tolerance) best.runs.push(run);
	}
	return groups;
}

/** Why a budget gave no minimum: too few runs, a parabola opening downwards, or a minimum outside its runs. */
export type BudgetProblem = 'too-few' | 'no-minimum' | 'outside';

export interface BudgetFit {
	budget: number;
	count: number;
	parabola?: Parabola;
	/** The parabola's minimum: N_opt, D_opt = C/(6 N_opt), and the loss there. */
	optimum?: { params: number; tokens: number; loss: number };
	problem?: BudgetProblem;
}

/** Fits one budget's parabola in ln N; the minimum counts only inside the sizes that budget trained. */
export function fitBudget({ budget, runs }: BudgetGroup): BudgetFit {
	const count = runs.length;
	if (count < 3) return { budget, count, problem: 'too-few' };
	const xs = runs.map((r) => Math.log(r.params));
	if (new Set(xs).size < 3) return { budget, count, problem: 'too-few' };
	const parabola = fitParabola(
		xs,
		runs.map((r) => r.loss)
	);
	if (!(parabola.c2 > 0)) return { budget, count, parabola, problem: 'no-minimum' };
	const x = parabolaVertex(parabola);
	if (x < Math.min(...xs) || x > Math.max(...xs)) return { budget, count, parabola, problem: 'outside' };
	const params = Math.exp(x);
	return {
		budget,
		count,
		parabola,
		optimum: { params, tokens: budget / (FLOP_PER_PARAM_TOKEN * params), loss: evalParabola(parabola, x) }
	};
}

/** y = k·x^exponent fitted in log–log, with the exponent's standard error and 95% interval. */
export interface PowerLawEstimate {
	k: number;
	exponent: number;
	standardError: number;
	interval: [number, number];
	points: number;
}

/** Two-sided 95% Student-t quantiles for 1–30 degrees of freedom; 1.96 beyond. */
const T95 = [
	12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
	2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042
];

export function t95(degreesOfFreedom: number): number {
	if (degreesOfFreedom < 1) return Infinity;
	return T95[degreesOfFreedom - 1] ?? 1.96;
}

/** Least squares of log y on log x with the usual interval for the slope; needs 2 distinct x (3 for an interval). */
export function estimatePowerLaw(xs: readonly number[], ys: readonly number[]): PowerLawEstimate {
	const n = xs.length;
	if (n < 2 || n !== ys.length) throw new RangeError(`a power-law fit needs at least 2 paired points, got ${n}`);
	const lx = xs.map(Math.log);
	const ly = ys.map(Math.log);
	const mx = lx.reduce((s, v) => s + v, 0) / n;
	const my = ly.reduce((s, v) => s + v, 0) / n;
	let sxx = 0;
	let sxy = 0;
	for (let i = 0; i < n; i++) {
		sxx += (lx[i] - mx) ** 2;
		sxy += (lx[i] - mx) * (ly[i] - my);
	}
	if (!(sxx > 0)) throw new RangeError('a power-law fit needs at least 2 distinct x values');
	const exponent = sxy / sxx;
	const intercept = my - exponent * mx;
	let rss = 0;
	for (let i = 0; i < n; i++) rss += (ly[i] - intercept - exponent * lx[i]) ** 2;
	const standardError = n > 2 ? Math.sqrt(rss / (n - 2) / sxx) : Infinity;
	const half = t95(n - 2) * standardError;
	return { k: Math.exp(intercept), exponent, standardError, interval: [exponent - half, exponent + half], points: n };
}

export interface Approach2Fit {
	budgets: BudgetFit[];
	/** N_opt ∝ C^a and D_opt ∝ C^b through the minima; undefined with fewer than two minima. */
	params?: PowerLawEstimate;
	tokens?: PowerLawEstimate;
}

export function fitApproach2(
	runs: readonly Run[],
	budgets: readonly number[] = PAPER_ISOFLOP_BUDGETS,
	tolerance = BUDGET_TOLERANCE_DECADES
): Approach2Fit {
	const fits = groupByBudget(runs, budgets, tolerance).map(fitBudget);
	const minima = fits.filter((f) => f.optimum);
	if (minima.length < 2) return { budgets: fits };
	const C = minima.map((f) => f.budget);
	return {
		budgets: fits,
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
