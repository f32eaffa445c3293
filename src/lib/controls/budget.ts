// The compute budget on a log slider, how its keys move it, and the budget in every unit the control shows. Pure.
import { models } from '$lib/data/models';
import {
	acceleratorHours,
	accelerators,
	flopToPfDays,
	flopToZflopsDays,
	GOPHER_BUDGET,
	isoFlopBudgets,
	trainingCompute,
	type Accelerator
} from '$lib/scaling';
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

/** A budget worth finding on the slider: a model's training compute, or the range of the paper's own runs. */
export interface Landmark {
	id: 'gpt3' | 'gopher' | 'llama31' | 'paperRuns';
	/** The budget, or the two ends of a range. */
	at: number | readonly [number, number];
}

const computeOf = (id: string) => {
	const m = models.find((model) => model.id === id)!;
	return trainingCompute(m.params, m.tokens);
};

/**
 * The landmarks on the compute scale: GPT-3 and Gopher (hoffmann2022 Table 1, C = 6·N·D; Gopher's budget as the paper
 * uses it, Table 3), Llama 3.1 405B (grattafiori2024) and the span of the paper's IsoFLOP runs (§3.2).
 */
export const landmarks: readonly Landmark[] = [
	{ id: 'paperRuns', at: [isoFlopBudgets[0], isoFlopBudgets.at(-1)!] },
	{ id: 'gpt3', at: computeOf('gpt3') },
	{ id: 'gopher', at: GOPHER_BUDGET },
	{ id: 'llama31', at: computeOf('llama31-405b') }
];

/** Where a budget sits along the slider, from 0 (10¹⁷) to 1 (10²⁸). */
export function sliderFraction(computeBudget: number): number {
	return (Math.log10(computeBudget) - LOG_RANGE[0]) / (LOG_RANGE[1] - LOG_RANGE[0]);
}

/**
 * Rows for labels along a line so that none overlaps the one before it in its row: each label, left to right, takes
 * the first row where it fits. `items` are centres and widths in pixels; returns each item's row.
 */
export function labelRows(items: readonly { x: number; width: number }[], gap = 6): number[] {
	const ends: number[] = [];
	const order = items.map((item, i) => ({ ...item, i })).sort((a, b) => a.x - b.x);
	const rows = new Array<number>(items.length);
	for (const item of order) {
		const start = item.x - item.width / 2;
		let row = ends.findIndex((end) => start >= end + gap);
		if (row === -1) row = ends.length;
		ends[row] = item.x + item.width / 2;
		rows[item.i] = row;
	}
	return rows;
}
