import { FLOP_PER_PARAM_TOKEN } from './compute';
import { requirePositive } from './errors';
import { frontierOf, optimalLossOf } from './frontier';
import { lossOf, type ParametricLaw } from './parametric';

/** One point of an IsoFLOP profile: a model size, the tokens the budget leaves it, and its loss. */
export interface ProfilePoint {
	params: number;
	tokens: number;
	loss: number;
}

/**
 * The IsoFLOP profile of Approach 2 (hoffmann2022 §3.2, Figure 3): the loss of every model size trained on the same
 * budget, sampled at `points` log-spaced sizes within `spanDecades` either side of the optimum.
 */
export function isoFlopProfile(
	law: ParametricLaw,
	computeBudget: number,
	{ points = 41, spanDecades = 1.5 } = {}
): ProfilePoint[] {
	requirePositive('computeBudget', computeBudget);
	const L = lossOf(law);
	const center = Math.log10(frontierOf(law).params(computeBudget));
	return Array.from({ length: points }, (_, i) => {
		const params = 10 ** (center - spanDecades + (2 * spanDecades * i) / (points - 1));
		const tokens = computeBudget / (FLOP_PER_PARAM_TOKEN * params);
		return { params, tokens, loss: L(params, tokens) };
	});
}

/** The profile's minimum, from the closed form. */
export function profileMinimum(law: ParametricLaw, computeBudget: number): ProfilePoint {
	const f = frontierOf(law);
	return {
		params: f.params(computeBudget),
		tokens: f.tokens(computeBudget),
		loss: optimalLossOf(law).at(computeBudget)
	};
}
