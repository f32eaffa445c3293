// Iso-loss contour lines of a parametric law on a log-spaced (N, D) grid, traced by d3-contour. They depend only on the
// law and the domain, so widgets compute them once per law (see contourCache), never per slider step.
import { contours } from 'd3-contour';
import { lossOf, optimalLossOf, frontierOf, type ParametricLaw } from '$lib/scaling';

export interface Domain {
	/** Parameters N, [min, max]. */
	params: [number, number];
	/** Tokens D, [min, max]. */
	tokens: [number, number];
}

export type DataPoint = [params: number, tokens: number];

export interface ContourLine {
	level: number;
	/** Open polylines in data space; the grid's border is not part of any line. */
	lines: DataPoint[][];
	/** Where to write the level: the compute-optimal point that reaches it, or the middle of its longest line. */
	labelAt: DataPoint | undefined;
}

const log10 = Math.log10;

/** Rounds a loss level for a readable label: two decimals below 3, one above. */
function roundLevel(level: number): number {
	return level < 3 ? Math.round(level * 100) / 100 : Math.round(level * 10) / 10;
}

/**
 * About `count` loss levels spread geometrically in L − E between the lowest and highest loss in the domain, so
 * contours are evenly spaced to the eye (loss falls like a power law). Rounded, distinct, ascending.
 */
export function contourLevels(law: ParametricLaw, domain: Domain, count = 9): number[] {
	const L = lossOf(law);
	const low = L(domain.params[1], domain.tokens[1]) - law.E;
	const high = L(domain.params[0], domain.tokens[0]) - law.E;
	const levels = new Set<number>();
	for (let i = 0; i < count; i++) {
		const r = low * 1.5 * ((high * 0.8) / (low * 1.5)) ** (i / (count - 1));
		levels.add(roundLevel(law.E + r));
	}
	// Rounding may push an end level out of the domain's range; such a contour would not be drawn.
	return [...levels].filter((l) => l > law.E + low && l < law.E + high).sort((a, b) => a - b);
}

/** Splits a closed ring at the grid's border into the open runs of interior points. */
function interiorRuns(ring: number[][], n: number): number[][][] {
	const inside = (p: number[]) => p[0] > 0 && p[0] < n && p[1] > 0 && p[1] < n;
	const start = ring.findIndex((p) => !inside(p));
	// A ring that never touches the border is one closed line.
	if (start === -1) return [ring];
	const rotated = [...ring.slice(start), ...ring.slice(0, start)];
	const runs: number[][][] = [];
	let run: number[][] = [];
	for (const p of rotated) {
		if (inside(p)) run.push(p);
		else {
			if (run.length > 1) runs.push(run);
			run = [];
		}
	}
	if (run.length > 1) runs.push(run);
	return runs;
}

/** Traces the contours of L at `levels` on an n×n grid, log-spaced over `domain`. */
export function lossContours(law: ParametricLaw, domain: Domain, levels: number[], n = 96): ContourLine[] {
	const L = lossOf(law);
	const [x0, x1] = domain.params.map(log10);
	const [y0, y1] = domain.tokens.map(log10);
	const dx = (x1 - x0) / (n - 1);
	const dy = (y1 - y0) / (n - 1);
	const values = new Float64Array(n * n);
	for (let j = 0; j < n; j++) {
		for (let i = 0; i < n; i++) values[j * n + i] = L(10 ** (x0 + i * dx), 10 ** (y0 + j * dy));
	}
	// d3-contour puts value i at coordinate i + 0.5.
	const toData = ([cx, cy]: number[]): DataPoint => [10 ** (x0 + (cx - 0.5) * dx), 10 ** (y0 + (cy - 0.5) * dy)];
	const f = frontierOf(law);
	const optimal = optimalLossOf(law);
	const inDomain = ([N, D]: DataPoint) =>
		N >= domain.params[0] && N <= domain.params[1] && D >= domain.tokens[0] && D <= domain.tokens[1];

	return contours()
		.size([n, n])
		.thresholds(levels)(Array.from(values))
		.map((multi) => {
			const lines = multi.coordinates.flatMap((polygon) =>
				polygon.flatMap((ring) => interiorRuns(ring, n).map((run) => run.map(toData)))
			);
			const C = optimal.budgetFor(multi.value);
			const onFrontier: DataPoint | undefined = C === undefined ? undefined : [f.params(C), f.tokens(C)];
			const longest = lines.reduce<DataPoint[]>((a, b) => (b.length > a.length ? b : a), []);
			const fallback = longest.length ? longest[Math.floor(longest.length / 2)] : undefined;
			return {
				level: multi.value,
				lines,
				labelAt: onFrontier && inDomain(onFrontier) ? onFrontier : fallback
			};
		})
		.filter((c) => c.lines.length > 0);
}

/** One contour set per key (the law id), computed on first use. */
export function contourCache(compute: (key: string) => ContourLine[]): (key: string) => ContourLine[] {
	const cache = new Map<string, ContourLine[]>();
	return (key) => {
		if (!cache.has(key)) cache.set(key, compute(key));
		return cache.get(key)!;
	};
}
