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

/** y = c0 + c1·x + c2·x². */
export interface Parabola {
	c0: number;
	c1: number;
	c2: number;
}

/**
 * Least-squares parabola through (x, y): how Approach 2 located each IsoFLOP minimum (a parabola in log N). Solves the
 * 3×3 normal equations on centred x for stability.
 */
export function fitParabola(xs: readonly number[], ys: readonly number[]): Parabola {
	if (xs.length !== ys.length) {
		throw new RangeError(`xs and ys must have the same length, got ${xs.length} and ${ys.length}`);
	}
	if (xs.length < 3) throw new RangeError(`a parabola fit needs at least 3 points, got ${xs.length}`);
	const m = xs.reduce((s, x) => s + x, 0) / xs.length;
	const u = xs.map((x) => x - m);
	const S = [0, 0, 0, 0, 0];
	const T = [0, 0, 0];
	u.forEach((ui, i) => {
		for (let k = 0; k <= 4; k++) S[k] += ui ** k;
		for (let k = 0; k <= 2; k++) T[k] += ys[i] * ui ** k;
	});
	// Cramer's rule on [[S0 S1 S2] [S1 S2 S3] [S2 S3 S4]]·[b0 b1 b2] = T.
	const det3 = (a: number[][]) =>
		a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) -
		a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0]) +
		a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
	const M = [
		[S[0], S[1], S[2]],
		[S[1], S[2], S[3]],
		[S[2], S[3], S[4]]
	];
	const det = det3(M);
	if (!(Math.abs(det) > 0)) throw new RangeError('a parabola fit needs at least 3 distinct x values');
	const solve = (col: number) => det3(M.map((row, r) => row.map((v, c) => (c === col ? T[r] : v)))) / det;
	const [b0, b1, b2] = [solve(0), solve(1), solve(2)];
	// Undo the centring: y = b0 + b1(x − m) + b2(x − m)².
	return { c0: b0 - b1 * m + b2 * m * m, c1: b1 - 2 * b2 * m, c2: b2 };
}

/** The vertex x of a parabola (its minimum when c2 > 0). */
export function parabolaVertex({ c1, c2 }: Parabola): number {
	if (c2 === 0) throw new RangeError('a straight line has no vertex');
	return -c1 / (2 * c2);
}

export function evalParabola({ c0, c1, c2 }: Parabola, x: number): number {
	return c0 + c1 * x + c2 * x * x;
}
