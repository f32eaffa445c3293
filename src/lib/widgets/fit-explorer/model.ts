// The numbers the fit figure shows, as pure functions of the core: which runs go in, the rows of the comparison
// table, the frontier with its bootstrap band, and the default result the page is prerendered with.
import { chinchillaRuns } from '$lib/data/chinchilla-runs';
import {
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
