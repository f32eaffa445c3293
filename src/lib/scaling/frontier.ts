import { FLOP_PER_PARAM_TOKEN } from './compute';
import { requirePositive } from './errors';
import { checkLaw, type ParametricLaw } from './parametric';

/**
 * The closed-form compute-optimal frontier of a parametric law (hoffmann2022 eq. 4):
 * N_opt = G·(C/6)^a, D_opt = G⁻¹·(C/6)^b, G = (αA/(βB))^(1/(α+β)), a = β/(α+β), b = α/(α+β).
 */
export interface Frontier {
	G: number;
	/** Exponent of N_opt in C. */
	a: number;
	/** Exponent of D_opt in C. */
	b: number;
	params(computeBudget: number): number;
	tokens(computeBudget: number): number;
}

export function frontierOf(law: ParametricLaw): Frontier {
	const { A, B, alpha, beta } = checkLaw(law);
	const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
	const a = beta / (alpha + beta);
	const b = alpha / (alpha + beta);
	return {
		G,
		a,
		b,
		params: (C) => G * (requirePositive('computeBudget', C) / FLOP_PER_PARAM_TOKEN) ** a,
		tokens: (C) => (requirePositive('computeBudget', C) / FLOP_PER_PARAM_TOKEN) ** b / G
	};
}

/**
 * The optimal loss along the frontier, L*(C) = E + K·(C/6)^−γ with γ = αβ/(α+β) and K = A·G^−α + B·G^β
 * (substitute eq. 4 into eq. 2).
 */
export interface OptimalLoss {
	gamma: number;
	K: number;
	at(computeBudget: number): number;
	/** The part of L*(C) above the irreducible loss: K·(C/6)^−γ. */
	reducibleAt(computeBudget: number): number;
	/** The smallest budget whose optimum reaches `loss` (the inverse of `at`); undefined when loss ≤ E. */
	budgetFor(loss: number): number | undefined;
}

export function optimalLossOf(law: ParametricLaw): OptimalLoss {
	const { E, A, B, alpha, beta } = checkLaw(law);
	const { G } = frontierOf(law);
	const gamma = (alpha * beta) / (alpha + beta);
	const K = A * G ** -alpha + B * G ** beta;
	const reducibleAt = (C: number) => K * (requirePositive('computeBudget', C) / FLOP_PER_PARAM_TOKEN) ** -gamma;
	return {
		gamma,
		K,
		reducibleAt,
		at: (C) => E + reducibleAt(C),
		budgetFor: (loss) => {
			if (!Number.isFinite(loss)) throw new RangeError(`loss must be a finite number, got ${loss}`);
			// No finite budget gets to or below the irreducible loss E.
			if (loss <= E) return undefined;
			return FLOP_PER_PARAM_TOKEN * (K / (loss - E)) ** (1 / gamma);
		}
	};
}
