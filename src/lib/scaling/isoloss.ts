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

/**
 * The smallest data set that can reach `loss` with an unlimited model: D_min = (B / (L − E))^(1/β), the iso-loss
 * curve's horizontal asymptote. Undefined when loss ≤ E.
 */
export function minTokensForLoss(law: ParametricLaw, loss: number): number | undefined {
	const { E, B, beta } = checkLaw(law);
	requireFinite('loss', loss);
	if (loss <= E) return undefined;
	return (B / (loss - E)) ** (1 / beta);
}

/** The parameters a model trained on `tokens` tokens needs to reach `loss`: the iso-loss curve read the other way. */
export function isoLossParams(law: ParametricLaw, loss: number, tokens: number): number | undefined {
	const { E, A, B, alpha, beta } = checkLaw(law);
	requireFinite('loss', loss);
	requirePositive('tokens', tokens);
	const modelTerm = loss - E - B / tokens ** beta;
	if (modelTerm <= 0) return undefined;
	return (A / modelTerm) ** (1 / alpha);
}

/**
 * Points of the iso-loss curve L(N, D) = `loss` inside a box of parameters × tokens, ordered by N, computed from the
 * closed form (no grid, no interpolation error). The curve falls steeply near its vertical asymptote N_min and flattens
 * towards D_min, so it is sampled evenly in log N and in log D alike, and every point lies on the curve exactly.
 */
export function isoLossCurve(
	law: ParametricLaw,
	loss: number,
	params: readonly [number, number],
	tokens: readonly [number, number],
	samples = 48
): [number, number][] {
	const points: [number, number][] = [];
	const inBox = (N: number, D: number) => N >= params[0] && N <= params[1] && D >= tokens[0] && D <= tokens[1];
	const logSpace = ([lo, hi]: readonly [number, number], i: number) =>
		10 ** (Math.log10(lo) + ((Math.log10(hi) - Math.log10(lo)) * i) / (samples - 1));
	for (let i = 0; i < samples; i++) {
		const N = logSpace(params, i);
		const D = isoLossTokens(law, loss, N);
		if (D !== undefined && inBox(N, D)) points.push([N, D]);
		const D2 = logSpace(tokens, i);
		const N2 = isoLossParams(law, loss, D2);
		if (N2 !== undefined && inBox(N2, D2)) points.push([N2, D2]);
	}
	return points.sort((a, b) => a[0] - b[0]);
}
