import { requireFinite, requirePositive } from './errors';
import { checkLaw, type ParametricLaw } from './parametric';

/**
 * The iso-loss curve D(N; L): the tokens a model of `params` parameters needs to reach `loss`.
 * Solving L = E + A/N^α + B/D^β for D gives D = (B / (L − E − A/N^α))^(1/β), which exists only while
 * L − E − A/N^α > 0. Below that size the model cannot reach `loss` on any amount of data: we return undefined.
 */
export function isoLossTokens(law: ParametricLaw, loss: number, params: number): number | undefined {
	const { E, A, B, alpha, beta } = checkLaw(law);
	requireFinite('loss', loss);
	requirePositive('params', params);
	const dataTerm = loss - E - A / params ** alpha;
	if (dataTerm <= 0) return undefined;
	return (B / dataTerm) ** (1 / beta);
}

/**
 * The smallest model that can reach `loss` with unlimited data: N_min = (A / (L − E))^(1/α); the iso-loss curve has a
 * vertical asymptote there. Undefined when loss ≤ E (no model reaches the irreducible loss).
 */
export function minParamsForLoss(law: ParametricLaw, loss: number): number | undefined {
	const { E, A, alpha } = checkLaw(law);
	requireFinite('loss', loss);
	if (loss <= E) return undefined;
	return (A / (loss - E)) ** (1 / alpha);
}
