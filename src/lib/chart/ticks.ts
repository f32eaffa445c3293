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
