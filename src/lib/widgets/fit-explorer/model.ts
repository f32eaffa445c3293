// The numbers the fit figure shows, as pure functions of the core: which runs go in, the rows of the comparison
// table, the frontier with its bootstrap band, and the default result the page is prerendered with.
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import {
	BUDGET_TOLERANCE_DECADES,
	GOPHER_BUDGET,
	PAPER_HUBER_DELTA,
	fitApproach2,
	fitApproach3,
	frontierBands,
	frontierOf,
	impliedExponents,
	parametricPresets,
	quantile,
	roundExponents,
	seededRandom,
	withNoise,
	withoutHighestLosses,
	type Approach2Fit,
	type Approach3Method,
	type Band,
	type ParametricLaw,
	type Run
} from '$lib/scaling';
import type { RunRow } from './protocol';

export type Subset = 'all' | 'small' | 'large';

export interface FitSettings {
	method: Approach3Method;
	delta: number;
	subset: Subset;
	/** Drop the 5 highest losses, as Epoch did. */
	dropOutliers: boolean;
	/** Relative noise added to every loss (seeded, so the same setting gives the same runs). */
	noise: number;
	/** Round α and β to this many decimals before use; 0 keeps them unrounded. */
	decimals: number;
	/** The paper's full grid of 4,500 starts, or every tenth of it. */
	grid: 'paper' | 'quick';
}

export const DEFAULT_SETTINGS: FitSettings = {
	method: 'epoch',
	delta: PAPER_HUBER_DELTA,
	subset: 'all',
	dropOutliers: true,
	noise: 0,
	decimals: 0,
	grid: 'paper'
};

/** Small-compute runs are those below this budget; the rest are large. */
export const SUBSET_SPLIT = 1e20;
export const DELTAS = [1e-4, 1e-3, 1e-2, 1e-1] as const;
export const NOISES = [0, 0.005, 0.01, 0.02, 0.05] as const;
export const DECIMALS = [0, 3, 2, 1] as const;
export const BOOTSTRAP_COUNTS = [100, 200, 1000, 4000] as const;
const NOISE_SEED = 20220329;
export const BOOTSTRAP_SEED = 42;

/** The runs a fit sees, in this order: the subset by compute, Epoch's outliers out, then noise. */
export function selectRuns(runs: readonly Run[], settings: FitSettings): Run[] {
	let chosen = settings.dropOutliers ? withoutHighestLosses(runs, 5) : [...runs];
	if (settings.subset === 'small') chosen = chosen.filter((r) => r.compute < SUBSET_SPLIT);
	if (settings.subset === 'large') chosen = chosen.filter((r) => r.compute >= SUBSET_SPLIT);
	return withNoise(chosen, settings.noise, seededRandom(NOISE_SEED));
}

export const toRows = (runs: readonly Run[]): RunRow[] => runs.map((r) => [r.params, r.tokens, r.loss]);

/** Approach 3's unknowns: E, A, B, α and β. */
export const UNKNOWNS = 5;
/** Fewer runs than this and Approach 3 is refused: it cannot fit five unknowns to five points and say anything. */
export const MIN_RUNS = UNKNOWNS + 1;
/**
 * A fit worth reading has at least three runs per unknown (15: ten left over to show the scatter the five constants
 * cannot absorb, where six runs leave one) on at least three compute budgets (how the optimum moves with compute is
 * what a and b describe: two budgets fix a line through two points with nothing to check it against, as Approach 2's
 * interval needs three minima). The paper had 400 runs on nine budgets; Epoch's read-off has 240 on the same nine.
 */
export const TRUSTED = { runs: 3 * UNKNOWNS, budgets: 3 } as const;

/**
 * How many compute budgets the runs sit on: runs within a fifth of a decade of the first run of a budget (±0.1 decade,
 * the scatter Approach 2 allows a run about its budget) count as one. Runs off any IsoFLOP grid count by the same rule.
 */
export function budgetCount(runs: readonly Pick<Run, 'compute'>[]): number {
	const logs = runs.map((r) => Math.log10(r.compute)).sort((x, y) => x - y);
	let count = 0;
	let first = -Infinity;
	for (const log of logs) {
		if (log - first > 2 * BUDGET_TOLERANCE_DECADES) {
			count += 1;
			first = log;
		}
	}
	return count;
}

/** Whether the runs can carry a fit one can trust (see TRUSTED), with the counts the figure's warning names. */
export function fitSupport(runs: readonly Pick<Run, 'compute'>[]): { runs: number; budgets: number; trusted: boolean } {
	const budgets = budgetCount(runs);
	return { runs: runs.length, budgets, trusted: runs.length >= TRUSTED.runs && budgets >= TRUSTED.budgets };
}

/** An interval to print: both ends finite (a bootstrap or a line through two points can leave it open). */
export function hasInterval(interval: readonly [number, number] | undefined): interval is [number, number] {
	return !!interval && Number.isFinite(interval[0]) && Number.isFinite(interval[1]);
}

/** The law as used: rounded exponents if the reader asked for them. */
export function usedLaw(law: ParametricLaw, decimals: number): ParametricLaw {
	return decimals > 0 ? roundExponents(law, decimals) : law;
}

export type FitParam = 'E' | 'A' | 'B' | 'alpha' | 'beta' | 'a' | 'b';
export const FIT_PARAMS: readonly FitParam[] = ['E', 'A', 'B', 'alpha', 'beta', 'a', 'b'];

/** Every reported number of a law, exponents a and b included. */
export function paramsOf(law: ParametricLaw): Record<FitParam, number> {
	return { ...law, ...impliedExponents(law) };
}

/** The printed Approach-3 values and Epoch's, beside which a fit is read. */
export const REFERENCES = {
	printed: paramsOf(parametricPresets.hoffmann2022.law),
	epoch: paramsOf(parametricPresets.besiroglu2024.law)
};

/** 95% intervals of every parameter over bootstrap refits. */
export function intervals(laws: readonly ParametricLaw[]): Record<FitParam, [number, number]> {
	const all = laws.map(paramsOf);
	return Object.fromEntries(
		FIT_PARAMS.map((p) => {
			const sorted = all.map((x) => x[p]).sort((x, y) => x - y);
			return [p, [quantile(sorted, 0.025), quantile(sorted, 0.975)]];
		})
	) as Record<FitParam, [number, number]>;
}

/** The budgets a frontier is drawn over: 1e18 to 1e28, a quarter-decade apart. */
export const FRONTIER_COMPUTE = Array.from({ length: 41 }, (_, i) => 10 ** (18 + i / 4));

export type FrontierY = 'params' | 'tokensPerParam';

export function frontierPoints(law: ParametricLaw, y: FrontierY): [number, number][] {
	const f = frontierOf(law);
	return FRONTIER_COMPUTE.map((C) => [C, y === 'params' ? f.params(C) : f.tokens(C) / f.params(C)]);
}

export function bandRows(laws: readonly ParametricLaw[], y: FrontierY): [number, number, number][] {
	const bands = frontierBands(laws, FRONTIER_COMPUTE);
	const rows: Band[] = y === 'params' ? bands.params : bands.tokensPerParam;
	return FRONTIER_COMPUTE.map((C, i) => [C, rows[i][0], rows[i][2]]);
}

/** What the figure shows of a bootstrap, computed in the worker so the page only draws it. */
export interface BootstrapSummary {
	count: number;
	intervals: Record<FitParam, [number, number]>;
	bands: Record<FrontierY, [number, number, number][]>;
	/** The 95% range of N_opt at Gopher's budget. */
	gopher: [number, number];
}

export function summariseBootstrap(laws: readonly ParametricLaw[], decimals: number): BootstrapSummary {
	const used = laws.map((l) => usedLaw(l, decimals));
	const atGopher = used.map((l) => frontierOf(l).params(GOPHER_BUDGET)).sort((x, y) => x - y);
	return {
		count: used.length,
		intervals: intervals(used),
		bands: { params: bandRows(used, 'params'), tokensPerParam: bandRows(used, 'tokensPerParam') },
		gopher: [quantile(atGopher, 0.025), quantile(atGopher, 0.975)]
	};
}

/** The result the page is prerendered with: Epoch's way on Epoch's 240 runs (≈ 50 ms, once per build). */
export interface FitResult {
	law: ParametricLaw;
	converged: number;
	starts: number;
	milliseconds?: number;
}

let defaultResult: FitResult | undefined;
export function defaultFit(): FitResult {
	if (!defaultResult) {
		const fit = fitApproach3(selectRuns(chinchillaRuns, DEFAULT_SETTINGS), { method: DEFAULT_SETTINGS.method });
		defaultResult = { law: fit.law, converged: fit.converged, starts: fit.starts };
	}
	return defaultResult;
}

/** Approach 2 on the same runs, for the table's last rows (cheap: nine parabolas and a line). */
export function approach2Of(runs: readonly Run[]): Approach2Fit {
	return fitApproach2(runs);
}
