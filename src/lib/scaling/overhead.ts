import { requirePositive } from './errors';
import { optimalLossOf } from './frontier';
import { lossOf, type ParametricLaw } from './parametric';
import { trainingCompute } from './compute';

/**
 * How much more compute a model (N, D) spends than the compute-optimal model that reaches the same loss:
 * C(N, D) / C*(L(N, D)) − 1. Zero on the frontier, positive everywhere else.
 */
export function computeOverhead(law: ParametricLaw, params: number, tokens: number): number {
	const L = lossOf(law)(params, tokens);
	const optimalBudget = optimalLossOf(law).budgetFor(L);
	// L(N, D) > E for every finite N, D, so the optimal budget always exists.
	return trainingCompute(params, tokens) / optimalBudget! - 1;
}

/**
 * de Vries (devries2023): a model kN times the compute-optimal size needs kD times the optimal tokens to reach the
 * same loss, kD = [1 − (kN^−α − 1)·(A·N_opt^−α)/(B·D_opt^−β)]^(−1/β); at the optimum αA·N^−α = βB·D^−β, so the
 * ratio of the two terms is β/α and kD = [1 − (kN^−α − 1)·β/α]^(−1/β). Undefined when kN is too small to reach the
 * loss at all.
 */
export function tokenFactorForSizeFactor(law: ParametricLaw, sizeFactor: number): number | undefined {
	const { alpha, beta } = law;
	requirePositive('sizeFactor', sizeFactor);
	const inner = 1 - (sizeFactor ** -alpha - 1) * (beta / alpha);
	if (inner <= 0) return undefined;
	return inner ** (-1 / beta);
}

/** The compute overhead kN·kD − 1 of training a kN-times-optimal model to the optimal loss (devries2023). */
export function sizeFactorOverhead(law: ParametricLaw, sizeFactor: number): number | undefined {
	const kD = tokenFactorForSizeFactor(law, sizeFactor);
	return kD === undefined ? undefined : sizeFactor * kD - 1;
}

/**
 * The asymptote (1 + α/β)^(−1/α): the smallest size factor that can reach the optimal loss at all. Below it the
 * bracket of `tokenFactorForSizeFactor` is negative, and no amount of data makes up for the missing parameters; near it
 * the overhead runs to infinity. Not de Vries's "critical model size" (that is `devriesCriticalSizeFactor`, where the
 * overhead reaches 100%): about 0.097 with the printed fit, 0.146 with Epoch's.
 */
export function smallestSizeFactor({ alpha, beta }: ParametricLaw): number {
	return (1 + alpha / beta) ** (-1 / alpha);
}

/**
 * The size factor k_N < 1 at which a smaller model's overhead k_N·k_D − 1 equals `overhead`. The overhead falls
 * monotonically from +∞ at `smallestSizeFactor` to 0 at k_N = 1, so bisection on log k_N finds the one root.
 */
export function sizeFactorForOverhead(law: ParametricLaw, overhead: number): number {
	requirePositive('overhead', overhead);
	// Strictly inside the interval: the overhead is undefined at its left end and 0 at its right one.
	let lo = Math.log(smallestSizeFactor(law)) + 1e-12;
	let hi = 0;
	for (let i = 0; i < 200 && hi - lo > 1e-14; i++) {
		const mid = (lo + hi) / 2;
		// The overhead falls as k_N grows: too much (or no reach at all) means the root lies further right.
		if ((sizeFactorOverhead(law, Math.exp(mid)) ?? Infinity) > overhead) lo = mid;
		else hi = mid;
	}
	return Math.exp((lo + hi) / 2);
}

/** The overhead at de Vries's "critical model size" (devries2023): 100%, twice the compute of the optimum. */
export const DEVRIES_CRITICAL_OVERHEAD = 1;

/**
 * de Vries's critical model size (devries2023): the size factor at which training a smaller model to the optimal loss
 * costs twice the compute, "around 30% of the Chinchilla optimal model" with the printed fit.
 */
export function devriesCriticalSizeFactor(law: ParametricLaw): number {
	return sizeFactorForOverhead(law, DEVRIES_CRITICAL_OVERHEAD);
}
