import { describe, expect, it } from 'vitest';
import { decadeTicks, logTicks, shownTickLabels } from '$lib/chart/ticks';

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

	it('along y, keeps labels a line apart, whatever the order they come in', () => {
		expect(shownTickLabels([300, 100, 290, 200], [1, 1, 1, 1], 'y', { size: 12 })).toEqual([false, true, true, true]);
	});
});
