import { accelerators, type Accelerator } from './accelerators';
import { acceleratorHours, computeFromHardware } from './units';

/** A cluster as the planner's reader describes one: which chip, how many, for how long, at what utilisation. */
export interface Cluster {
	/** An id from `accelerators` ('a100', 'h100', 'h200'). */
	acceleratorId: string;
	count: number;
	days: number;
	/** Model FLOP utilisation, 0 < mfu ≤ 1. */
	mfu: number;
}

/** The accelerator of an id; a RangeError naming the choices otherwise. */
export function acceleratorById(id: string): Accelerator {
	const found = accelerators.find((a) => a.id === id);
	if (!found)
		throw new RangeError(`acceleratorId must be one of ${accelerators.map((a) => a.id).join(', ')}, got ${id}`);
	return found;
}

/** C in FLOP: the training budget the cluster buys in its days. */
export function clusterCompute({ acceleratorId, count, days, mfu }: Cluster): number {
	return computeFromHardware(count, days, acceleratorById(acceleratorId).peakFlops, mfu);
}

/** The days the cluster (its days aside) needs to spend `computeBudget` FLOP: the plan's training time on it. */
export function clusterDays({ acceleratorId, count, mfu }: Omit<Cluster, 'days'>, computeBudget: number): number {
	if (!(count > 0) || !Number.isFinite(count))
		throw new RangeError(`count must be a finite number greater than 0, got ${count}`);
	return acceleratorHours(computeBudget, acceleratorById(acceleratorId).peakFlops, mfu) / count / 24;
}
