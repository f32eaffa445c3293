// The figure `resolve`: Porian et al.'s IsoFLOP runs for one training configuration (loss against N, one curve per
// budget), each budget's parabola near its minimum, N_opt against C with the fitted line, our exponent beside the
// authors', and the exponent along the paper's path from Kaplan's setup to Chinchilla's, with a resampling interval.
import {
	PORIAN_CONFIG_KEYS,
	PORIAN_PATHS,
	authorsFit,
	configKey,
	parseConfigKey,
	porianBudgetGroups,
	type PorianConfig,
	type PorianConfigKey,
	type PorianPathId,
	type PorianStep
} from '$lib/data/porian-runs';
import {
	bootstrapIsoFlopExponent,
	estimatePowerLaw,
	evalParabola,
	fitIsoFlops,
	type BudgetProblem,
	type PowerLawEstimate
} from '$lib/scaling';

/** The figure's id (its root's data-widget). */
export const RESOLVE_FIGURE = 'resolve';

/** The smallest budget; budget i is 1.25e16·2^i, so `index` names its colour in every configuration alike. */
const FIRST_BUDGET = 1.25e16;

/** The largest budget every configuration trained (Kaplan's counting stops there): where a step's D/N is read. */
export const PATH_REFERENCE_BUDGET = 1.28e19;

/** Segments of each budget's parabola as drawn. */
const CURVE_STEPS = 24;

export interface ResolvePoint {
	params: number;
	loss: number;
	/** Within the loss window its budget's parabola was fitted to. */
	nearMinimum: boolean;
}

/** A compute-optimal point: N_opt, D_opt = C/(6 N_opt), the loss there and D/N. */
export interface Optimum {
	params: number;
	tokens: number;
	loss: number;
	tokensPerParam: number;
}

export interface ResolveBudget {
	compute: number;
	/** log2(C / 1.25e16): the budget's place among the twelve, for its colour. */
	index: number;
	/** Its runs, smallest model first. */
	points: ResolvePoint[];
	/** The fitted parabola over the sizes it was fitted to, as [N, loss]; empty without one. */
	curve: [number, number][];
	/** Our minimum; absent with `problem` saying why. */
	minimum?: Optimum;
	problem?: BudgetProblem;
	/** The authors' optimum at this budget, if they found one. */
	authors?: Optimum;
}

export interface ResolveView {
	config: PorianConfig;
	/** The file's values joined by commas in column order, as the figure's data-config hook reads. */
	dataConfig: string;
	budgets: ResolveBudget[];
	/** N_opt ∝ C^a through our minima (undefined with fewer than two), and through the authors' optima. */
	fit?: PowerLawEstimate;
	authorsFit: PowerLawEstimate;
	/** Our exponent of N_opt (and of D_opt, 1 − a), the authors' as they published them. */
	exponent?: number;
	tokensExponent?: number;
	authorsExponent: number;
	authorsTokensExponent: number;
	/** Our fitted line and the authors' over the budgets trained, as [C, N]. */
	line: [number, number][];
	authorsLine: [number, number][];
	/** The lowest and highest loss among the runs near the minima: a loss axis that shows the parabolas. */
	nearLossExtent: [number, number];
}

function optimumOf(compute: number, params: number, loss: number, tokens = compute / (6 * params)): Optimum {
	return { params, tokens, loss, tokensPerParam: tokens / params };
}

function lineOver(law: PowerLawEstimate | undefined, [from, to]: [number, number]): [number, number][] {
	return law ? [from, to].map((C): [number, number] => [C, law.k * C ** law.exponent]) : [];
}

/** Everything the figure draws for one configuration (a key such as `rw,base,long,kaplan,kaplan,train`, or its values). */
export function resolveView(configOrKey: PorianConfig | string): ResolveView {
	const config = typeof configOrKey === 'string' ? parseConfigKey(configOrKey) : configOrKey;
	const groups = porianBudgetGroups(config);
	const theirs = authorsFit(config);
	const ours = fitIsoFlops(groups);
	const budgets = ours.budgets.map((fit, i): ResolveBudget => {
		const window = new Set(fit.window);
		const points = groups[i].runs
			.map((r) => ({ params: r.params, loss: r.loss, nearMinimum: window.has(r) }))
			.sort((a, b) => a.params - b.params);
		const xs = fit.window.map((r) => Math.log(r.params));
		const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
		const curve = fit.parabola
			? Array.from({ length: CURVE_STEPS + 1 }, (_, s): [number, number] => {
					const x = lo + ((hi - lo) * s) / CURVE_STEPS;
					return [Math.exp(x), evalParabola(fit.parabola!, x)];
				})
			: [];
		const authors = theirs.budgets.find((b) => b.compute === fit.budget)?.optimum;
		return {
			compute: fit.budget,
			index: Math.round(Math.log2(fit.budget / FIRST_BUDGET)),
			points,
			curve,
			minimum: fit.optimum && optimumOf(fit.budget, fit.optimum.params, fit.optimum.loss),
			problem: fit.problem,
			authors: authors && optimumOf(fit.budget, authors.params, authors.loss, authors.tokens)
		};
	});
	const withAuthors = theirs.budgets.filter((b) => b.optimum);
	const authorsLaw = estimatePowerLaw(
		withAuthors.map((b) => b.compute),
		withAuthors.map((b) => b.optimum!.params)
	);
	const trained = budgets.filter((b) => b.points.length > 0).map((b) => b.compute);
	const span: [number, number] = [Math.min(...trained), Math.max(...trained)];
	const near = budgets.flatMap((b) => b.points.filter((p) => p.nearMinimum).map((p) => p.loss));
	return {
		config,
		dataConfig: configKey(config),
		budgets,
		fit: ours.params,
		authorsFit: authorsLaw,
		exponent: ours.params?.exponent,
		tokensExponent: ours.tokens?.exponent,
		authorsExponent: theirs.nExponent,
		authorsTokensExponent: theirs.tExponent,
		line: lineOver(ours.params, span),
		authorsLine: lineOver(authorsLaw, span),
		nearLossExtent: [Math.min(...near), Math.max(...near)]
	};
}

/** One row of the data table: a budget's optimum, ours beside the authors' (undefined where there is none). */
export type OptimumRow = [
	compute: number,
	params: number | undefined,
	authorsParams: number | undefined,
	tokensPerParam: number | undefined,
	authorsTokensPerParam: number | undefined
];

export function optimumRows(view: ResolveView): OptimumRow[] {
	return view.budgets
		.filter((b) => b.points.length > 0)
		.map((b) => [
			b.compute,
			b.minimum?.params,
			b.authors?.params,
			b.minimum?.tokensPerParam,
			b.authors?.tokensPerParam
		]);
}

export { pathOf } from './switches';

export interface PathRow {
	step: PorianStep;
	key: PorianConfigKey;
	/** Our exponent of N_opt, with its bootstrap interval (runs resampled within each budget). */
	exponent?: number;
	interval?: [number, number];
	authors: number;
	/** D/N at the optimum at 1.28e19 FLOP, on our fitted line and on the authors'. */
	tokensPerParam?: number;
	authorsTokensPerParam: number;
}

/** D/N on N_opt = k·C^a at budget C: C/(6 N²). */
export function tokensPerParamOn(law: PowerLawEstimate, C: number): number {
	const N = law.k * C ** law.exponent;
	return C / (6 * N * N);
}

/** How the resampling intervals are drawn: `count` resamples (200), a seed (1) and a level (95%). */
export interface ResamplingOptions {
	count?: number;
	seed?: number;
	level?: number;
}

/** Each configuration's resampling interval for a (≈ 10 ms each at 200 resamples, so the page draws them at build time). */
export type ResamplingIntervals = Partial<Record<PorianConfigKey, [number, number]>>;

export function resamplingIntervals(
	{ count = 200, seed = 1, level = 0.95 }: ResamplingOptions = {},
	keys: readonly PorianConfigKey[] = PORIAN_CONFIG_KEYS
): ResamplingIntervals {
	const intervals: ResamplingIntervals = {};
	for (const key of keys) {
		const interval = bootstrapIsoFlopExponent(porianBudgetGroups(key), { count, seed, level })?.interval;
		if (interval) intervals[key] = interval;
	}
	return intervals;
}

/**
 * The exponent at each step of a path, ours and the authors', with a percentile interval from `count` resamples
 * (95% by default; ≈ 10 ms per step for 200 resamples), or from `intervals` already drawn (then this costs ≈ 1 ms).
 * The same seed gives the same rows.
 */
export function exponentPath(
	path: PorianPathId,
	{ intervals, ...resampling }: ResamplingOptions & { intervals?: ResamplingIntervals } = {}
): PathRow[] {
	const drawn =
		intervals ??
		resamplingIntervals(
			resampling,
			PORIAN_PATHS[path].map((s) => s.key)
		);
	return PORIAN_PATHS[path].map(({ step, key }) => {
		const view = resolveView(key);
		const interval = drawn[key];
		return {
			step,
			key,
			exponent: view.exponent,
			interval,
			authors: view.authorsExponent,
			tokensPerParam: view.fit && tokensPerParamOn(view.fit, PATH_REFERENCE_BUDGET),
			authorsTokensPerParam: tokensPerParamOn(view.authorsFit, PATH_REFERENCE_BUDGET)
		};
	});
}
