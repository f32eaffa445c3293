// "Figure 4 made live": the read-off runs as points of loss against compute, coloured by model size, under the
// compute-optimal envelope of a fit, with everything beyond the runs marked as extrapolation.
import { computeSpan, optimalLossOf, type ParametricLaw, type Run } from '$lib/scaling';

/** Upper edges of the model-size bins that colour the points (half-decades from 100 M to 10 B). */
export const SIZE_EDGES = [1e8, 3e8, 1e9, 3e9, 1e10] as const;

/** The bin of a model size: 0 below 100 M … 5 from 10 B. */
export function sizeBin(params: number): number {
	const i = SIZE_EDGES.findIndex((edge) => params < edge);
	return i < 0 ? SIZE_EDGES.length : i;
}

export interface RunPoint {
	run: Run;
	at: [number, number];
	class: string;
}

/** The runs in compute order (then size), which is the order the arrow keys step through. */
export function runPoints(runs: readonly Run[]): RunPoint[] {
	return [...runs]
		.sort((a, b) => a.compute - b.compute || a.params - b.params)
		.map((run) => ({ run, at: [run.compute, run.loss], class: `run-size-${sizeBin(run.params)}` }));
}

/** The compute axis: from below the smallest run to past the Gopher budget, so the extrapolation shows. */
export const COMPUTE_DOMAIN: [number, number] = [1e18, 1e24];

/** L*(C), the lowest loss the fit predicts for each budget, across the compute axis. */
export function envelope(law: ParametricLaw, [from, to] = COMPUTE_DOMAIN, steps = 60): [number, number][] {
	const optimal = optimalLossOf(law);
	return Array.from({ length: steps + 1 }, (_, i) => {
		const C = from * (to / from) ** (i / steps);
		return [C, optimal.at(C)];
	});
}

/** The loss axis: every run, and the envelope over the compute axis, with a little room. */
export function lossDomain(runs: readonly Run[], law: ParametricLaw): [number, number] {
	const losses = runs.map((r) => r.loss);
	const low = Math.min(...losses, optimalLossOf(law).at(COMPUTE_DOMAIN[1]));
	const high = Math.max(...losses);
	return [low - 0.05 * (high - low), high + 0.03 * (high - low)];
}

/** Where the data end: budgets past the largest run are extrapolation. */
export function dataEnd(runs: readonly Run[]): number {
	return computeSpan(runs).max;
}
