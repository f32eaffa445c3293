import { expect } from 'vitest';

/** Asserts |actual/expected − 1| ≤ tolerance, with a message that shows both numbers. */
export function expectRelative(actual: number, expected: number, tolerance: number): void {
	const error = Math.abs(actual / expected - 1);
	expect(error, `${actual} vs ${expected}: relative error ${error} > ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

/** The bad numbers every guarded argument must refuse. */
export const badNumbers: [string, number][] = [
	['zero', 0],
	['negative', -1],
	['NaN', NaN],
	['Infinity', Infinity],
	['-Infinity', -Infinity]
];
