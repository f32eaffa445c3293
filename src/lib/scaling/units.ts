import { requirePositive } from './errors';

/** One petaFLOP/s-day: 1e15 FLOP/s for 86,400 s (kaplan2020 §1.3). */
export const FLOP_PER_PF_DAY = 8.64e19;

/** One zettaFLOP/s-day: 1e21 FLOP/s for 86,400 s. A "zettaFLOP" on its own is only 1e21 FLOP. */
export const FLOP_PER_ZFLOPS_DAY = 8.64e25;

const SECONDS_PER_HOUR = 3600;

export function flopToPfDays(flop: number): number {
	return requirePositive('flop', flop) / FLOP_PER_PF_DAY;
}

export function pfDaysToFlop(pfDays: number): number {
	return requirePositive('pfDays', pfDays) * FLOP_PER_PF_DAY;
}

export function flopToZflopsDays(flop: number): number {
	return requirePositive('flop', flop) / FLOP_PER_ZFLOPS_DAY;
}

export function zflopsDaysToFlop(zflopsDays: number): number {
	return requirePositive('zflopsDays', zflopsDays) * FLOP_PER_ZFLOPS_DAY;
}

/**
 * Accelerator-hours to spend `flop` on chips with peak `peakFlops` FLOP/s running at model FLOP utilisation `mfu`
 * (0 < mfu ≤ 1): the fraction of the peak that goes into the model's own arithmetic.
 */
export function acceleratorHours(flop: number, peakFlops: number, mfu: number): number {
	requirePositive('flop', flop);
	requirePositive('peakFlops', peakFlops);
	requirePositive('mfu', mfu);
	if (mfu > 1) throw new RangeError(`mfu must be at most 1 (a fraction of peak), got ${mfu}`);
	return flop / (peakFlops * mfu) / SECONDS_PER_HOUR;
}

/**
 * The budget a cluster buys: `count` accelerators for `days` days at `mfu` of their peak — the reverse of
 * `acceleratorHours` (count × days × 24 hours of them).
 */
export function computeFromHardware(count: number, days: number, peakFlops: number, mfu: number): number {
	requirePositive('count', count);
	requirePositive('days', days);
	requirePositive('peakFlops', peakFlops);
	requirePositive('mfu', mfu);
	if (mfu > 1) throw new RangeError(`mfu must be at most 1 (a fraction of peak), got ${mfu}`);
	return count * days * 24 * SECONDS_PER_HOUR * peakFlops * mfu;
}
