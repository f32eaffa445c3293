import { describe, expect, it } from 'vitest';
import { evalPowerLaw, fitPowerLaw } from '$lib/scaling';
import { expectRelative } from './helpers';

describe('fitPowerLaw', () => {
	it.each([
		[2, 0.5],
		[1.3e9, 0.73],
		[0.1, 1.7],
		[5, -0.3]
	])('recovers y = %d·x^%d exactly from clean data', (k, exponent) => {
		const xs = [1e18, 1e20, 3e21, 1e24, 1e27];
		const fit = fitPowerLaw(
			xs,
			xs.map((x) => k * x ** exponent)
		);
		expectRelative(fit.k, k, 1e-9);
		expect(fit.exponent).toBeCloseTo(exponent, 12);
	});

	it('is the least-squares line in log space (residuals sum to zero)', () => {
		const xs = [1, 10, 100, 1000];
		const ys = [2, 25, 180, 2100];
		const fit = fitPowerLaw(xs, ys);
		const residuals = xs.map((x, i) => Math.log(ys[i]) - Math.log(evalPowerLaw(fit, x)));
		expect(Math.abs(residuals.reduce((a, b) => a + b, 0))).toBeLessThan(1e-12);
	});

	it.each([
		[[1], [1], /at least 2/],
		[[1, 2], [1], /same length/],
		[[3, 3], [1, 2], /distinct/],
		[[1, -2], [1, 2], /xs\[1\]/],
		[[1, 2], [1, 0], /ys\[1\]/]
	])('refuses bad input %j, %j', (xs, ys, message) => {
		expect(() => fitPowerLaw(xs, ys)).toThrow(message);
	});
});
