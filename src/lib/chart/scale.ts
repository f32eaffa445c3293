// The two position scales the charts use, data space → pixels and back: linear, and logarithmic for quantities that
// span decades. d3-scale does the same and much more (colour interpolation, number formats for its own tick labels),
// which would add ≈11 KB gzip to every chart's island for methods the charts never call; ticks come from d3-array.
import { ticks as niceTicks } from 'd3-array';

export interface Scale {
	(value: number): number;
	invert(pixel: number): number;
	domain(): [number, number];
	range(): [number, number];
	/** About `count` round values inside the domain (linear scales; log axes use decades, see ./ticks). */
	ticks(count: number): number[];
}

function scale(
	domain: readonly [number, number],
	range: readonly [number, number],
	forward: (x: number) => number,
	backward: (t: number) => number
): Scale {
	const [t0, t1] = [forward(domain[0]), forward(domain[1])];
	const [r0, r1] = range;
	// A zero-width domain maps everything to the middle of the range instead of dividing by zero.
	const k = t1 === t0 ? 0 : (r1 - r0) / (t1 - t0);
	const at = (value: number) => (k === 0 ? (r0 + r1) / 2 : r0 + (forward(value) - t0) * k);
	return Object.assign(at, {
		invert: (pixel: number) => backward(k === 0 ? t0 : t0 + (pixel - r0) / k),
		domain: () => [domain[0], domain[1]] as [number, number],
		range: () => [r0, r1] as [number, number],
		ticks: (count: number) => niceTicks(Math.min(domain[0], domain[1]), Math.max(domain[0], domain[1]), count)
	});
}

/** value ↦ pixel, proportionally. */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): Scale {
	return scale(
		domain,
		range,
		(x) => x,
		(t) => t
	);
}

/** value ↦ pixel by log10(value): equal steps for equal ratios. Values ≤ 0 have no place: they map to NaN. */
export function scaleLog(domain: readonly [number, number], range: readonly [number, number]): Scale {
	return scale(domain, range, Math.log10, (t) => 10 ** t);
}

/** A pixel position to a tenth of a pixel: finer than any screen draws, and a third of the bytes in a page's markup. */
export const px = (value: number): number => Math.round(value * 10) / 10;
