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
 * The smallest size factor that can reach the optimal loss at all, (1 + α/β)^(−1/α): below it the bracket of
 * `tokenFactorForSizeFactor` is negative, and no amount of data makes up for the missing parameters.
 */
export function criticalSizeFactor({ alpha, beta }: ParametricLaw): number {
	return (1 + alpha / beta) ** (-1 / alpha);
}
