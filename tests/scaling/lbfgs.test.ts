import { describe, expect, it } from 'vitest';
import { lbfgs, type Objective } from '$lib/scaling';

const rosenbrock: Objective = (x, g) => {
	g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2);
	g[1] = 200 * (x[1] - x[0] ** 2);
	return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2;
};

/** f = Σ wᵢ(xᵢ − cᵢ)², badly scaled on purpose. */
const weights = [1, 10, 100, 1000, 1e4];
const centre = [3, -2, 0.5, 7, -0.1];
const bowl: Objective = (x, g) => {
	let f = 0;
	for (let i = 0; i < x.length; i++) {
		f += weights[i] * (x[i] - centre[i]) ** 2;
		g[i] = 2 * weights[i] * (x[i] - centre[i]);
	}
	return f;
};

describe('lbfgs', () => {
	it('finds the bottom of Rosenbrock’s valley from the classic start (−1.2, 1)', () => {
		const result = lbfgs(rosenbrock, [-1.2, 1], { ftol: 0, gtol: 1e-8 });
		expect(result.converged).toBe(true);
		expect(result.x[0]).toBeCloseTo(1, 5);
		expect(result.x[1]).toBeCloseTo(1, 5);
	});

	it('solves a badly scaled 5-D quadratic to the gradient tolerance', () => {
		const result = lbfgs(bowl, [0, 0, 0, 0, 0], { ftol: 0, gtol: 1e-9 });
		expect(result.converged).toBe(true);
		result.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i], 8));
	});

	it('does not touch its starting array', () => {
		const start = [0, 0, 0, 0, 0];
		lbfgs(bowl, start);
		expect(start).toEqual([0, 0, 0, 0, 0]);
	});

	it('reports a run cut short by the iteration limit as not converged', () => {
		const result = lbfgs(rosenbrock, [-1.2, 1], { maxIterations: 3, ftol: 0 });
		expect(result.converged).toBe(false);
		expect(result.iterations).toBe(3);
	});

	it('stops at once, unconverged, where the objective is not finite', () => {
		const result = lbfgs((x, g) => (g.fill(0), NaN), [1, 2]);
		expect(result.converged).toBe(false);
		expect(result.iterations).toBe(0);
	});

	it('stops on a small relative decrease (SciPy’s ftol) before the gradient is small', () => {
		const loose = lbfgs(rosenbrock, [-1.2, 1], { ftol: 1e-2, gtol: 0 });
		const tight = lbfgs(rosenbrock, [-1.2, 1], { ftol: 0, gtol: 1e-8 });
		expect(loose.converged).toBe(true);
		expect(loose.iterations).toBeLessThan(tight.iterations);
	});
});
