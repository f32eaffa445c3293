import { requirePositive } from './errors';

/**
 * The parametric loss of hoffmann2022 eq. 2: L(N, D) = E + A/N^α + B/D^β.
 * E is the irreducible loss of natural text, A/N^α what a finite model leaves on the table, B/D^β what finite data does.
 */
export interface ParametricLaw {
	E: number;
	A: number;
	B: number;
	alpha: number;
	beta: number;
}

/** Checks every coefficient, so a hand-built law fails here rather than producing NaN in a chart. */
export function checkLaw(law: ParametricLaw): ParametricLaw {
	requirePositive('E', law.E);
	requirePositive('A', law.A);
	requirePositive('B', law.B);
	requirePositive('alpha', law.alpha);
	requirePositive('beta', law.beta);
	return law;
}

/** L(N, D) for one law, as a function: `lossOf(law)(70e9, 1.4e12)`. */
export function lossOf(law: ParametricLaw): (params: number, tokens: number) => number {
	const { E, A, B, alpha, beta } = checkLaw(law);
	return (params, tokens) => {
		requirePositive('params', params);
		requirePositive('tokens', tokens);
		return E + A / params ** alpha + B / tokens ** beta;
	};
}
