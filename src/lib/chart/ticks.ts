// Tick values for the axes, computed from the scales (Svelte draws them; d3-axis would touch the DOM).
import { superscript } from '$lib/format/numbers';
import type { Scale } from './scale';

/** Powers of ten inside a log domain, thinned so at most `max` remain: 1e7, 1e8, … */
export function decadeTicks(domain: readonly number[], max = 8): number[] {
	const lo = Math.ceil(Math.log10(Math.min(domain[0], domain[1])) - 1e-9);
	const hi = Math.floor(Math.log10(Math.max(domain[0], domain[1])) + 1e-9);
	const all: number[] = [];
	for (let e = lo; e <= hi; e++) all.push(10 ** e);
	const step = Math.max(1, Math.ceil(all.length / max));
	return all.filter((_, i) => i % step === 0);
}

/**
 * Ticks at 1, 2 and 5 times each power of ten inside a log domain (or 1 and 3, if those are too many; decades as a last
 * resort), at most `max`: for log axes spanning a decade or two, where `decadeTicks` leaves one tick or none.
 */
export function logTicks(domain: readonly number[], max = 8): number[] {
	const lo = Math.min(domain[0], domain[1]);
	const hi = Math.max(domain[0], domain[1]);
	for (const mantissas of [
		[1, 2, 5],
		[1, 3]
	]) {
		const values: number[] = [];
		for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
			for (const m of mantissas) {
				// Rounded, so a tick reads 0.2 and not 0.20000000000000004.
				const v = Number((m * 10 ** e).toPrecision(12));
				if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) values.push(v);
			}
		}
		if (values.length <= max) return values;
	}
	return decadeTicks(domain, max);
}

/** The fewest decimals that write evenly spaced ticks each differently: 0.005 apart, three. */
export function decimalsToTell(values: readonly number[]): number {
	if (values.length < 2) return 0;
	const step = Math.abs(values[1] - values[0]);
	return step > 0 ? Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)) : 0;
}

/** Ticks for either kind of scale: decades on log scales, d3's nice ticks on linear ones. */
export function ticksFor(scale: Scale, kind: 'log' | 'linear', max: number): number[] {
	return kind === 'log' ? decadeTicks(scale.domain(), max) : scale.ticks(max);
}

/**
 * The texts of an axis's ticks. On a log axis that reaches 10¹⁵, where counts run out of unit names, every tick is a
 * power of ten ("10¹²", "10¹⁶"), so one axis never mixes "100 T" with "10¹⁶".
 */
export function tickLabels(values: readonly number[], kind: 'log' | 'linear', format: (v: number) => string): string[] {
	if (kind === 'log' && values.some((v) => v >= 1e15)) {
		return values.map((v) => `10${superscript(Math.round(Math.log10(v)))}`);
	}
	return values.map(format);
}

/**
 * Where an x tick's label sits on its tick: starting at it for the tick at the corner (clear of the y axis's lowest
 * label), ending at it where a centred label would run past the chart's right edge (`stop`), else centred.
 */
export function xTickAnchor(position: number, width: number, start: number, stop: number): 'start' | 'middle' | 'end' {
	if (position <= start + 4) return 'start';
	return position + width / 2 > stop ? 'end' : 'middle';
}

/**
 * Which tick labels an axis can show without one running into the next: along x, each label's box (placed as
 * `xTickAnchor` says) must clear the last one kept by `gap` pixels; along y, each must be a line's height from the
 * last. The ticks and grid lines all stay; only crowded labels go.
 */
export function shownTickLabels(
	positions: readonly number[],
	widths: readonly number[],
	dimension: 'x' | 'y',
	{
		size = 12,
		gap = 6,
		start = -Infinity,
		stop = Infinity
	}: { size?: number; gap?: number; start?: number; stop?: number } = {}
): boolean[] {
	const order = positions.map((_, i) => i).sort((a, b) => positions[a] - positions[b]);
	const shown = positions.map(() => false);
	let end = -Infinity;
	for (const i of order) {
		const p = positions[i];
		const anchor = xTickAnchor(p, widths[i], start, stop);
		const [from, to] =
			dimension === 'x'
				? anchor === 'start'
					? [p, p + widths[i]]
					: anchor === 'end'
						? [p - widths[i], p]
						: [p - widths[i] / 2, p + widths[i] / 2]
				: [p, p + size];
		if (from >= end + (dimension === 'x' ? gap : 2)) {
			shown[i] = true;
			end = to;
		}
	}
	return shown;
}
