import { describe, expect, it } from 'vitest';
import {
	acceleratorHours,
	computeFromHardware,
	accelerators,
	FLOP_PER_PF_DAY,
	FLOP_PER_ZFLOPS_DAY,
	flopToPfDays,
	flopToZflopsDays,
	pfDaysToFlop,
	zflopsDaysToFlop
} from '$lib/scaling';
import { badNumbers, expectRelative } from './helpers';

describe('compute units', () => {
	it('a PF-day is 1e15 FLOP/s for a day: 8.64e19 FLOP', () => {
		expectRelative(FLOP_PER_PF_DAY, 1e15 * 86_400, 1e-15);
	});

	it('a zettaFLOP/s-day is 8.64e25 FLOP, not the 1e21 the source wrote', () => {
		expectRelative(FLOP_PER_ZFLOPS_DAY, 1e21 * 86_400, 1e-15);
		expect(FLOP_PER_ZFLOPS_DAY / 1e21).toBeGreaterThan(8e4);
	});

	it.each([1e17, 5.76e23, 1e28])('PF-days round-trip for %d FLOP', (flop) => {
		expectRelative(pfDaysToFlop(flopToPfDays(flop)), flop, 1e-14);
		expectRelative(zflopsDaysToFlop(flopToZflopsDays(flop)), flop, 1e-14);
	});

	it('the Gopher budget is about 6,700 PF-days', () => {
		expectRelative(flopToPfDays(5.76e23), 6666.67, 1e-4);
	});

	it.each(badNumbers)('refuses a %s FLOP count', (_, bad) => {
		expect(() => flopToPfDays(bad)).toThrow(RangeError);
		expect(() => flopToZflopsDays(bad)).toThrow(/flop/);
		expect(() => pfDaysToFlop(bad)).toThrow(/pfDays/);
		expect(() => zflopsDaysToFlop(bad)).toThrow(/zflopsDays/);
	});
});

describe('acceleratorHours', () => {
	it('divides by the delivered FLOP/s and converts seconds to hours', () => {
		// 1e18 FLOP at 1e15 FLOP/s × 50% = 2,000 s = 0.5556 h.
		expectRelative(acceleratorHours(1e18, 1e15, 0.5), 2000 / 3600, 1e-12);
	});

	it('halving the utilisation doubles the hours', () => {
		expectRelative(acceleratorHours(5.76e23, 312e12, 0.2), 2 * acceleratorHours(5.76e23, 312e12, 0.4), 1e-12);
	});

	it.each(accelerators)('$label has a positive dense BF16 peak', ({ peakFlops }) => {
		expect(peakFlops).toBeGreaterThan(1e14);
		expect(peakFlops).toBeLessThan(1e16);
	});

	it.each([0, -0.1, 1.01, NaN])('refuses a utilisation of %d', (mfu) => {
		expect(() => acceleratorHours(1e20, 1e15, mfu)).toThrow(/mfu/);
	});
});

describe('computeFromHardware', () => {
	it('is count × days × 24 h × peak × MFU: 512 H100s for 30 days at 40% buy ≈ 5.25e23 FLOP', () => {
		expectRelative(computeFromHardware(512, 30, 989e12, 0.4), 512 * 30 * 86400 * 989e12 * 0.4, 1e-12);
	});

	it('round-trips through the accelerator-hours readout', () => {
		const flop = computeFromHardware(2048, 54, 312e12, 0.38);
		expectRelative(acceleratorHours(flop, 312e12, 0.38), 2048 * 54 * 24, 1e-12);
	});

	it.each([
		[0, 30, 1e15, 0.4, /count/],
		[8, -1, 1e15, 0.4, /days/],
		[8, 30, 1e15, 1.5, /mfu must be at most 1/]
	])('refuses %d accelerators for %d days (peak %d, MFU %d)', (n, d, p, m, message) => {
		expect(() => computeFromHardware(n, d, p, m)).toThrow(message);
	});
});
