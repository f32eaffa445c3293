import { requirePositive } from './errors';

/** One training run: a model of `params` parameters trained on `tokens` tokens with `compute` FLOP, to `loss` nats/token. */
export interface Run {
	params: number;
	tokens: number;
	compute: number;
	loss: number;
}

/** A run known by its parameters and compute, with D = C/(6N) as Epoch computes it. */
export function runFromCompute(params: number, compute: number, loss: number): Run {
	requirePositive('params', params);
	requirePositive('compute', compute);
	requirePositive('loss', loss);
	return { params, tokens: compute / (6 * params), compute, loss };
}

/** A run known by its parameters and tokens, with C = 6·N·D. */
export function runFromTokens(params: number, tokens: number, loss: number): Run {
	requirePositive('params', params);
	requirePositive('tokens', tokens);
	requirePositive('loss', loss);
	return { params, tokens, compute: 6 * params * tokens, loss };
}

/**
 * The runs without the `count` highest losses, as Epoch dropped the 5 worst of the 245 before fitting: keeps a run when
 * its loss is below the count-th highest (so ties at the cut go too, as in their code).
 */
export function withoutHighestLosses<T extends Run>(runs: readonly T[], count: number): T[] {
	if (count <= 0) return [...runs];
	if (count >= runs.length) return [];
	const cut = [...runs].map((r) => r.loss).sort((a, b) => b - a)[count - 1];
	return runs.filter((r) => r.loss < cut);
}

/** The smallest and largest compute among the runs: where a fitted law stops being a description of data. */
export function computeSpan(runs: readonly Run[]): { min: number; max: number } {
	if (runs.length === 0) throw new RangeError('computeSpan needs at least one run');
	let min = Infinity;
	let max = -Infinity;
	for (const r of runs) {
		min = Math.min(min, r.compute);
		max = Math.max(max, r.compute);
	}
	return { min, max };
}
