import { requirePositive } from './errors';

/**
 * FLOPs spent per parameter per training token: 2 in the forward pass (a multiply and an add per weight) and 4 in the
 * backward pass (gradients for activations and for weights). Attention and embeddings are left out of this count
 * (kaplan2020 §2.1; hoffmann2022 §3.3).
 */
export const FLOP_PER_PARAM_TOKEN = 6;

/** Training compute C ≈ 6·N·D in FLOP for `params` parameters trained on `tokens` tokens. */
export function trainingCompute(params: number, tokens: number): number {
	requirePositive('params', params);
	requirePositive('tokens', tokens);
	return FLOP_PER_PARAM_TOKEN * params * tokens;
}

/** The iso-FLOP line: the token count D = C / (6·N) that spends exactly `computeBudget` on `params` parameters. */
export function isoFlopTokens(computeBudget: number, params: number): number {
	requirePositive('computeBudget', computeBudget);
	requirePositive('params', params);
	return computeBudget / (FLOP_PER_PARAM_TOKEN * params);
}
