import { lbfgs, type LbfgsOptions, type LbfgsResult, type Objective } from './lbfgs';
import type { ParametricLaw } from './parametric';
import type { Run } from './runs';

/**
 * Approach 3 (hoffmann2022 §3.3, App. D.2): fit L(N, D) = E + A/N^α + B/D^β to final losses. Both ways the essay shows
 * work on log-loss with the law in log-sum-exp form, so every unknown is unconstrained:
 *   log L̂ = LSE(a − α·log N, b − β·log D, e),  A = eᵃ, B = eᵇ, E = eᵉ.
 * - 'paper': minimise Σ Huber_δ(log L̂ − log L) with L-BFGS from a grid of starting points, keep the best (App. D.2).
 * - 'epoch': maximise the likelihood of log L under a Huber error model with a fitted scale σ (besiroglu2024), BFGS-like
 *   from the paper's own unrounded estimate.
 * The unknowns travel as x = [a, b, e, α, β] (and log σ for 'epoch'), the order of Epoch's code.
 */
export type Approach3Method = 'paper' | 'epoch';

/** The paper's Huber δ, on log-loss. */
export const PAPER_HUBER_DELTA = 1e-3;

/**
 * The paper's grid of starting points (App. D.2), as Epoch's code spells it: α, β ∈ {0, 0.5, …, 2},
 * e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25}: 4,500 starts.
 */
export const PAPER_START_GRID: readonly (readonly number[])[] = /* @__PURE__ */ (() => {
	const range = (from: number, to: number, step: number) =>
		Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);
	const grid: number[][] = [];
	for (const alpha of range(0, 2, 0.5))
		for (const beta of range(0, 2, 0.5))
			for (const e of range(-1, 1, 0.5))
				for (const a of range(0, 25, 5)) for (const b of range(0, 25, 5)) grid.push([a, b, e, alpha, beta]);
	return grid;
})();

/** Every tenth start of the paper's grid (450): on the Chinchilla runs it finds the same optimum, ten times faster. */
export const QUICK_START_GRID: readonly (readonly number[])[] = /* @__PURE__ */ PAPER_START_GRID.filter(
	(_, i) => i % 10 === 0
);

/** hoffmann2022's unrounded estimate in log form (from the paper's TeX source, via Epoch): Epoch's starting point. */
export const HOFFMANN_UNROUNDED_START: readonly number[] = [6.0073404, 6.0179186, 0.5267228, 0.33917084, 0.2849083];

/** The runs as the fitters read them: logs computed once. */
export interface FitData {
	logParams: Float64Array;
	logTokens: Float64Array;
	logLoss: Float64Array;
}

export function fitData(runs: readonly Run[]): FitData {
	return {
		logParams: Float64Array.from(runs, (r) => Math.log(r.params)),
		logTokens: Float64Array.from(runs, (r) => Math.log(r.tokens)),
		logLoss: Float64Array.from(runs, (r) => Math.log(r.loss))
	};
}

export function huber(r: number, delta: number): number {
	const abs = Math.abs(r);
	return abs <= delta ? 0.5 * r * r : delta * (abs - 0.5 * delta);
}

function huberSlope(r: number, delta: number): number {
	return r > delta ? delta : r < -delta ? -delta : r;
}

/** erf, Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), with its Taylor series near 0 where that form loses digits. */
export function erf(x: number): number {
	const sign = Math.sign(x);
	const t0 = Math.abs(x);
	if (t0 < 1e-2) return (sign * 2 * (t0 - t0 ** 3 / 3 + t0 ** 5 / 10)) / Math.sqrt(Math.PI);
	const t = 1 / (1 + 0.3275911 * t0);
	const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	return sign * (1 - poly * Math.exp(-t0 * t0));
}

/** log of the normalising constant of the Huber density exp(−Huber_δ(z)) (Epoch's huber_normalizing_factor). */
export function huberLogNormaliser(delta: number): number {
	return Math.log(Math.sqrt(2 * Math.PI) * erf(delta / Math.SQRT2) + (2 * Math.exp(-0.5 * delta * delta)) / delta);
}

/** Predicts log L for one run and writes d(log L̂)/d[a, b, e, α, β] into `slope`. */
function predict(x: Float64Array, logN: number, logD: number, slope: Float64Array): number {
	const u1 = x[0] - x[3] * logN;
	const u2 = x[1] - x[4] * logD;
	const u3 = x[2];
	const m = Math.max(u1, u2, u3);
	const w1 = Math.exp(u1 - m);
	const w2 = Math.exp(u2 - m);
	const w3 = Math.exp(u3 - m);
	const sum = w1 + w2 + w3;
	slope[0] = w1 / sum;
	slope[1] = w2 / sum;
	slope[2] = w3 / sum;
	slope[3] = (-w1 / sum) * logN;
	slope[4] = (-w2 / sum) * logD;
	return m + Math.log(sum);
}

/** The paper's objective: Σ Huber_δ(log L̂ − log L) over the runs, with its gradient in [a, b, e, α, β]. */
export function paperObjective(data: FitData, delta = PAPER_HUBER_DELTA): Objective {
	const slope = new Float64Array(5);
	return (x, gradient) => {
		gradient.fill(0);
		let total = 0;
		for (let i = 0; i < data.logLoss.length; i++) {
			const r = predict(x, data.logParams[i], data.logTokens[i], slope) - data.logLoss[i];
			total += huber(r, delta);
			const h = huberSlope(r, delta);
			for (let k = 0; k < 5; k++) gradient[k] += h * slope[k];
		}
		return total;
	};
}

/**
 * Epoch's objective: the negative log-likelihood of log L = log L̂ + σ·z with z drawn from the Huber density, over
 * x = [a, b, e, α, β, log σ].
 */
export function epochObjective(data: FitData, delta = PAPER_HUBER_DELTA): Objective {
	const slope = new Float64Array(5);
	const logZ = huberLogNormaliser(delta);
	const n = data.logLoss.length;
	return (x, gradient) => {
		gradient.fill(0);
		const logScale = x[5];
		const scale = Math.exp(logScale);
		let total = n * (logZ + logScale);
		gradient[5] = n;
		for (let i = 0; i < n; i++) {
			const z = (data.logLoss[i] - predict(x, data.logParams[i], data.logTokens[i], slope)) / scale;
			total += huber(z, delta);
			const h = huberSlope(z, delta);
			for (let k = 0; k < 5; k++) gradient[k] -= (h / scale) * slope[k];
			gradient[5] -= h * z;
		}
		return total;
	};
}

/** [a, b, e, α, β] → the law. */
export function lawFromLog(x: ArrayLike<number>): ParametricLaw {
	return { E: Math.exp(x[2]), A: Math.exp(x[0]), B: Math.exp(x[1]), alpha: x[3], beta: x[4] };
}

/** The law → [a, b, e, α, β]. */
export function logFromLaw({ E, A, B, alpha, beta }: ParametricLaw): number[] {
	return [Math.log(A), Math.log(B), Math.log(E), alpha, beta];
}

export interface Approach3Options {
	method?: Approach3Method;
	delta?: number;
	/** Starting points [a, b, e, α, β]; default: the paper's grid for 'paper', Hoffmann's unrounded estimate for 'epoch'. */
	starts?: readonly (readonly number[])[];
	/** Called after each start with how many are done, so a worker can report progress. */
	onProgress?: (done: number, total: number) => void;
	/** Stopping rules; by default SciPy's L-BFGS-B ones for 'paper' and BFGS ones (gradient only) for 'epoch'. */
	stopping?: LbfgsOptions;
}

export interface Approach3Fit {
	law: ParametricLaw;
	/** The objective at the estimate (Huber sum for 'paper', negative log-likelihood for 'epoch'). */
	objective: number;
	/** The fitted scale σ of the error model ('epoch' only). */
	scale?: number;
	/** How many starts were tried, and how many converged. */
	starts: number;
	converged: number;
	iterations: number;
}

/** Fits Approach 3 to the runs; throws when fewer runs than unknowns or when no start gives a finite fit. */
export function fitApproach3(runs: readonly Run[], options: Approach3Options = {}): Approach3Fit {
	const method = options.method ?? 'paper';
	const delta = options.delta ?? PAPER_HUBER_DELTA;
	if (!(delta > 0) || !Number.isFinite(delta)) throw new RangeError(`Huber delta must be positive, got ${delta}`);
	if (runs.length < 6) throw new RangeError(`Approach 3 needs at least 6 runs for its 5 unknowns, got ${runs.length}`);
	const data = fitData(runs);
	const objective = method === 'paper' ? paperObjective(data, delta) : epochObjective(data, delta);
	const starts = options.starts ?? (method === 'paper' ? PAPER_START_GRID : [HOFFMANN_UNROUNDED_START]);
	let best: LbfgsResult | undefined;
	let fallback: LbfgsResult | undefined;
	let converged = 0;
	let iterations = 0;
	starts.forEach((start, i) => {
		const result = lbfgs(
			objective,
			method === 'epoch' && start.length === 5 ? [...start, 0] : start,
			// SciPy's BFGS, which Epoch ran, stops on the gradient alone; L-BFGS-B, the paper's, also on a small decrease.
			// (On noiseless runs the likelihood has no maximum: σ shrinks for ever while the law settles, hence the cap.)
			options.stopping ?? (method === 'epoch' ? { ftol: 0, maxIterations: 3000 } : {})
		);
		iterations += result.iterations;
		if (result.converged) converged++;
		// Like the paper's procedure in Epoch's code: only starts that converged compete.
		if (result.converged && Number.isFinite(result.f) && (!best || result.f < best.f)) best = result;
		if (Number.isFinite(result.f) && (!fallback || result.f < fallback.f)) fallback = result;
		options.onProgress?.(i + 1, starts.length);
	});
	// When no start converged, the best finite one still says where the fit was heading; `converged: 0` flags it.
	best ??= fallback;
	if (!best) throw new RangeError(`no start of ${starts.length} reached a finite fit`);
	const law = lawFromLog(best.x);
	return {
		law,
		objective: best.f,
		scale: method === 'epoch' ? Math.exp(best.x[5]) : undefined,
		starts: starts.length,
		converged,
		iterations
	};
}

/** a = β/(α+β), the exponent of N_opt in C that a parametric law implies (hoffmann2022 eq. 4). */
export function impliedExponents({ alpha, beta }: ParametricLaw): { a: number; b: number } {
	return { a: beta / (alpha + beta), b: alpha / (alpha + beta) };
}

/** The law with its exponents rounded to `decimals`, as the paper printed 0.34 and 0.28. */
export function roundExponents(law: ParametricLaw, decimals: number): ParametricLaw {
	// Zero decimals would round 0.34 to 0: a law with no exponent.
	if (!Number.isInteger(decimals) || decimals < 1) {
		throw new RangeError(`decimals must be a whole number of at least 1, got ${decimals}`);
	}
	const round = (v: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;
	return { ...law, alpha: round(law.alpha), beta: round(law.beta) };
}
