import { requirePositive } from './errors';

/**
 * Repeated data (muennighoff2023): U unique tokens seen for `epochs` epochs are worth
 * D' = U + U·R*·(1 − e^(−R/R*)) fresh tokens, R = epochs − 1 repetitions, R* ≈ 15.4. Up to about four epochs a
 * repeated token is worth almost a fresh one; the value of more repeats decays, and D' never exceeds U·(1 + R*).
 */
export const REPETITION_HALF_LIFE = 15.4;

export function effectiveData(uniqueTokens: number, epochs: number, rStar = REPETITION_HALF_LIFE): number {
	requirePositive('uniqueTokens', uniqueTokens);
	requirePositive('rStar', rStar);
	if (!(epochs >= 1) || !Number.isFinite(epochs)) throw new RangeError(`epochs must be at least 1, got ${epochs}`);
	const repeats = epochs - 1;
	return uniqueTokens + uniqueTokens * rStar * (1 - Math.exp(-repeats / rStar));
}

/** The most repeated data can ever be worth: U·(1 + R*). */
export function effectiveDataLimit(uniqueTokens: number, rStar = REPETITION_HALF_LIFE): number {
	return requirePositive('uniqueTokens', uniqueTokens) * (1 + rStar);
}
