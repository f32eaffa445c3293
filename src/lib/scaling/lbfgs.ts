/**
 * A small L-BFGS minimiser with supplied gradients: the optimiser the paper names for its Approach-3 fit (App. D.2).
 * Hand-written because no kept npm package offers L-BFGS with supplied gradients (fmin has conjugate gradient and
 * Nelder–Mead only); the fits here have five or six unknowns, so a dense two-loop recursion is plenty.
 *
 * Stopping rules follow SciPy's L-BFGS-B defaults, as Epoch's code does when it reproduces the paper's fit (the paper
 * names only L-BFGS, not its settings): stop when the largest gradient component is below `gtol` (1e-5) or the relative
 * decrease of f in one step is below `ftol` (≈ 2.2e-9).
 *
 * The line search is not SciPy's: SciPy's L-BFGS-B looks for a step meeting the (strong) Wolfe conditions, sufficient
 * decrease and curvature; this one backtracks, halving the step until the Armijo (sufficient-decrease) condition holds,
 * and keeps a step's curvature pair only when it is positive, which the Wolfe search would have guaranteed.
 */

/** Writes ∇f(x) into `gradient` and returns f(x). */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
	/** Pairs of (step, gradient change) remembered; SciPy's default is 10. */
	memory?: number;
	maxIterations?: number;
	gtol?: number;
	ftol?: number;
}

export interface LbfgsResult {
	x: Float64Array;
	f: number;
	iterations: number;
	evaluations: number;
	/** Stopped by `gtol` or `ftol`, not by the iteration limit or a failed line search. */
	converged: boolean;
}

const dot = (a: Float64Array, b: Float64Array) => {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i] * b[i];
	return s;
};
const maxAbs = (a: Float64Array) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

export function lbfgs(objective: Objective, start: ArrayLike<number>, options: LbfgsOptions = {}): LbfgsResult {
	const { memory = 10, maxIterations = 15000, gtol = 1e-5, ftol = 2.220446049250313e-9 } = options;
	const n = start.length;
	let x = Float64Array.from(start);
	let g = new Float64Array(n);
	let f = objective(x, g);
	let evaluations = 1;
	if (!Number.isFinite(f)) return { x, f, iterations: 0, evaluations, converged: false };
	const steps: Float64Array[] = [];
	const changes: Float64Array[] = [];
	const rhos: number[] = [];
	const alphas = new Float64Array(memory);
	const direction = new Float64Array(n);
	let xNew = new Float64Array(n);
	let gNew = new Float64Array(n);

	for (let iteration = 1; iteration <= maxIterations; iteration++) {
		if (maxAbs(g) <= gtol) return { x, f, iterations: iteration - 1, evaluations, converged: true };
		// Two-loop recursion: direction = −H·g with H the L-BFGS inverse-Hessian estimate.
		for (let i = 0; i < n; i++) direction[i] = -g[i];
		for (let k = steps.length - 1; k >= 0; k--) {
			alphas[k] = rhos[k] * dot(steps[k], direction);
			for (let i = 0; i < n; i++) direction[i] -= alphas[k] * changes[k][i];
		}
		if (steps.length > 0) {
			const last = steps.length - 1;
			const scale = dot(steps[last], changes[last]) / dot(changes[last], changes[last]);
			for (let i = 0; i < n; i++) direction[i] *= scale;
		}
		for (let k = 0; k < steps.length; k++) {
			const beta = rhos[k] * dot(changes[k], direction);
			for (let i = 0; i < n; i++) direction[i] += steps[k][i] * (alphas[k] - beta);
		}
		let slope = dot(g, direction);
		if (!(slope < 0)) {
			// Not a descent direction (curvature information gone stale): restart from steepest descent.
			steps.length = changes.length = rhos.length = 0;
			for (let i = 0; i < n; i++) direction[i] = -g[i];
			slope = -dot(g, g);
		}
		// Backtracking line search with the Armijo condition only (no Wolfe curvature test, unlike SciPy); the first step
		// of a fresh start is kept small.
		let step = steps.length === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
		let fNew = Infinity;
		for (let tries = 0; tries < 60; tries++) {
			for (let i = 0; i < n; i++) xNew[i] = x[i] + step * direction[i];
			fNew = objective(xNew, gNew);
			evaluations++;
			if (Number.isFinite(fNew) && fNew <= f + 1e-4 * step * slope) break;
			step *= 0.5;
			fNew = Infinity;
		}
		if (!Number.isFinite(fNew)) return { x, f, iterations: iteration, evaluations, converged: false };
		const s = new Float64Array(n);
		const y = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			s[i] = xNew[i] - x[i];
			y[i] = gNew[i] - g[i];
		}
		const sy = dot(s, y);
		// Keep only pairs with positive curvature, so the inverse-Hessian estimate stays positive definite.
		if (sy > 1e-10 * Math.sqrt(dot(s, s) * dot(y, y))) {
			if (steps.length === memory) {
				steps.shift();
				changes.shift();
				rhos.shift();
			}
			steps.push(s);
			changes.push(y);
			rhos.push(1 / sy);
		}
		const decrease = (f - fNew) / Math.max(Math.abs(f), Math.abs(fNew), 1);
		[x, xNew] = [xNew, x];
		[g, gNew] = [gNew, g];
		f = fNew;
		if (decrease <= ftol) return { x, f, iterations: iteration, evaluations, converged: true };
	}
	return { x, f, iterations: maxIterations, evaluations, converged: false };
}
