// Iso-loss contour lines of a parametric law across a box of the (N, D) plane, each from the closed form of the curve
// (the core's isoLossCurve): exact, and cheap enough to draw any level on demand, such as the contour through the
// optimum of the reader's budget. Widgets still keep a law's fixed set of levels (see contourCache).
import { isoLossCurve, lossOf, optimalLossOf, frontierOf, type ParametricLaw } from '$lib/scaling';

export interface Domain {
	/** Parameters N, [min, max]. */
	params: [number, number];
	/** Tokens D, [min, max]. */
	tokens: [number, number];
}

export type DataPoint = [params: number, tokens: number];

export interface ContourLine {
	level: number;
	/** Polylines in data space, inside the box. */
	lines: DataPoint[][];
	/** Where to write the level: the compute-optimal point that reaches it, or the middle of its longest line. */
	labelAt: DataPoint | undefined;
}

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

/** Traces the contours of L at `levels` across `domain`, each from the closed form of the iso-loss curve. */
export function lossContours(law: ParametricLaw, domain: Domain, levels: number[]): ContourLine[] {
	const f = frontierOf(law);
	const optimal = optimalLossOf(law);
	const inDomain = ([N, D]: DataPoint) =>
		N >= domain.params[0] && N <= domain.params[1] && D >= domain.tokens[0] && D <= domain.tokens[1];
	return levels
		.map((level) => {
			const line = isoLossCurve(law, level, domain.params, domain.tokens);
			const C = optimal.budgetFor(level);
			const onFrontier: DataPoint | undefined = C === undefined ? undefined : [f.params(C), f.tokens(C)];
			const fallback = line.length ? line[Math.floor(line.length / 2)] : undefined;
			return {
				level,
				lines: line.length > 1 ? [line] : [],
				labelAt: onFrontier && inDomain(onFrontier) ? onFrontier : fallback
			};
		})
		.filter((c) => c.lines.length > 0);
}

/** One contour set per key (the law id), computed on first use. */
export function contourCache(compute: (key: string) => ContourLine[]): (key: string) => ContourLine[] {
	const cache = new Map<string, ContourLine[]>();
	return (key) => {
		if (!cache.has(key)) {
			// A custom law's slider makes a new key per step: keep the last few dozen laws, not every one.
			if (cache.size >= 32) cache.delete(cache.keys().next().value!);
			cache.set(key, compute(key));
		}
		return cache.get(key)!;
	};
}
