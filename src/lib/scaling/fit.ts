import { requirePositive } from './errors';

/** y = k·x^exponent. */
export interface PowerLaw {
	k: number;
	exponent: number;
}

/**
 * Least-squares fit of log y = log k + exponent·log x: how the paper turns a table of compute-optimal points into
 * N_opt ∝ C^a. Needs at least two distinct x values.
 */
export function fitPowerLaw(xs: readonly number[], ys: readonly number[]): PowerLaw {
	if (xs.length !== ys.length) {
		throw new RangeError(`xs and ys must have the same length, got ${xs.length} and ${ys.length}`);
	}
	if (xs.length < 2) throw new RangeError(`a power-law fit needs at least 2 points, got ${xs.length}`);
	const lx = xs.map((x, i) => Math.log(requirePositive(`xs[${i}]`, x)));
	const ly = ys.map((y, i) => Math.log(requirePositive(`ys[${i}]`, y)));
	const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / v.length;
	const mx = mean(lx);
	const my = mean(ly);
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < lx.length; i++) {
		sxy += (lx[i] - mx) * (ly[i] - my);
		sxx += (lx[i] - mx) ** 2;
	}
	if (sxx === 0) throw new RangeError('a power-law fit needs at least 2 distinct x values');
	const exponent = sxy / sxx;
	return { k: Math.exp(my - exponent * mx), exponent };
}

/** Evaluates a fitted power law at x. */
export function evalPowerLaw({ k, exponent }: PowerLaw, x: number): number {
	return k * requirePositive('x', x) ** exponent;
}
