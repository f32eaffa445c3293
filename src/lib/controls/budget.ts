// The compute budget on a log slider, how its keys move it, and the budget in every unit the control shows. Pure.
import { acceleratorHours, accelerators, flopToPfDays, flopToZflopsDays, type Accelerator } from '$lib/scaling';
import { BUDGET_RANGE } from '$lib/state/params';

export const LOG_RANGE = [Math.log10(BUDGET_RANGE[0]), Math.log10(BUDGET_RANGE[1])] as const;

/** Arrow keys move a tenth of a decade and Page Up/Down a decade; the slider's own step keeps dragging smooth. */
export const KEY_STEPS: Readonly<Record<string, number>> = {
	ArrowRight: 0.1,
	ArrowUp: 0.1,
	ArrowLeft: -0.1,
	ArrowDown: -0.1,
	PageUp: 1,
	PageDown: -1
};

/** The budget 10^logC, kept inside the slider's range. */
export function budgetAtLog(logC: number): number {
	return 10 ** Math.min(LOG_RANGE[1], Math.max(LOG_RANGE[0], logC));
}

export type BudgetUnit = 'flop' | 'pfDays' | 'zflopsDays' | 'hours';

export interface BudgetRow {
	unit: BudgetUnit;
	/** For accelerator-hours: which accelerator. */
	accelerator?: Accelerator;
	value: number;
}

/** The budget as FLOP, PF-days, zettaFLOP/s-days and hours on each accelerator at utilisation `mfu`. */
export function budgetRows(computeBudget: number, mfu: number): BudgetRow[] {
	return [
		{ unit: 'flop', value: computeBudget },
		{ unit: 'pfDays', value: flopToPfDays(computeBudget) },
		{ unit: 'zflopsDays', value: flopToZflopsDays(computeBudget) },
		...accelerators.map((accelerator) => ({
			unit: 'hours' as const,
			accelerator,
			value: acceleratorHours(computeBudget, accelerator.peakFlops, mfu)
		}))
	];
}
