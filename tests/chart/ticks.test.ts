import { describe, expect, it } from 'vitest';
import { decadeTicks, decimalsToTell, logTicks, shownTickLabels, xTickAnchor } from '$lib/chart/ticks';

describe('logTicks: enough ticks on a short log axis', () => {
	it.each([
		[
			[0.1, 20],
			[0.1, 0.2, 0.5, 1, 2, 5, 10, 20]
		],
		[
			[3e9, 8e10],
			[5e9, 1e10, 2e10, 5e10]
		],
		[
			[1.2e10, 9e10],
			[2e10, 5e10]
		],
		[
			[1, 100],
			[1, 2, 5, 10, 20, 50, 100]
		]
	])('puts 1-2-5 ticks in %j', (domain, expected) => {
		expect(logTicks(domain)).toEqual(expected);
	});

	it('thins to 1 and 3, then to decades, to stay within the maximum', () => {
		expect(logTicks([1, 1e3], 7)).toEqual([1, 3, 10, 30, 100, 300, 1000]);
		expect(logTicks([1, 1e3], 6)).toEqual([1, 10, 100, 1000]);
		expect(logTicks([1, 1e6], 8)).toEqual(decadeTicks([1, 1e6], 8));
	});

	it('finds more ticks than decadeTicks where a domain spans under a decade', () => {
		expect(decadeTicks([3e9, 8e10])).toEqual([1e10]);
		expect(logTicks([3e9, 8e10]).length).toBeGreaterThanOrEqual(3);
	});

	it('accepts a domain given high end first', () => {
		expect(logTicks([20, 0.1])).toEqual(logTicks([0.1, 20]));
	});
});

describe('shownTickLabels', () => {
	it('keeps every label that has room along x', () => {
		expect(shownTickLabels([100, 200, 300], [30, 30, 30], 'x')).toEqual([true, true, true]);
	});

	it('drops a label that would run into the last one kept, keeping the ticks after it that clear', () => {
		// Centred labels 40 px wide at 100, 130, 160: the second would overlap the first, the third clears it.
		expect(shownTickLabels([100, 130, 160], [40, 40, 40], 'x')).toEqual([true, false, true]);
	});

	it('starts the label at the corner tick, where it reaches further right', () => {
		expect(shownTickLabels([58, 110], [30, 20], 'x', { start: 58 })).toEqual([true, true]);
		expect(shownTickLabels([58, 95], [30, 20], 'x', { start: 58 })).toEqual([true, false]);
		expect(shownTickLabels([58, 95], [30, 20], 'x')).toEqual([true, true]);
	});

	it('ends the label at a tick near the right edge, where a centred one would run out of the chart', () => {
		// A 50 px label at 370 in a 390 px chart: centred it would reach 395; ended at its tick it stays inside.
		expect(xTickAnchor(370, 50, 58, 390)).toBe('end');
		expect(xTickAnchor(300, 50, 58, 390)).toBe('middle');
		expect(xTickAnchor(58, 50, 58, 390)).toBe('start');
		// Ended at 370, it reaches back to 320: a label centred at 300 (to 325) now runs into it and steps aside.
		expect(shownTickLabels([300, 370], [50, 50], 'x', { start: 58, stop: 390 })).toEqual([true, false]);
		expect(shownTickLabels([250, 370], [50, 50], 'x', { start: 58, stop: 390 })).toEqual([true, true]);
	});

	it('writes evenly spaced ticks with the decimals that tell them apart', () => {
		expect(decimalsToTell([1.845, 1.85, 1.855, 1.86])).toBe(3);
		expect(decimalsToTell([2, 2.5, 3])).toBe(1);
		expect(decimalsToTell([0.1, 0.2, 0.3])).toBe(1);
		expect(decimalsToTell([0, 10, 20])).toBe(0);
		expect(decimalsToTell([1])).toBe(0);
	});

	it('along y, keeps labels a line apart, whatever the order they come in', () => {
		expect(shownTickLabels([300, 100, 290, 200], [1, 1, 1, 1], 'y', { size: 12 })).toEqual([false, true, true, true]);
	});
});
