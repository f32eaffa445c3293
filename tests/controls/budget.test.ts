import { describe, expect, it } from 'vitest';
import { budgetAtLog, budgetRows, KEY_STEPS, LOG_RANGE } from '$lib/controls/budget';
import { accelerators, acceleratorHours, FLOP_PER_PF_DAY, FLOP_PER_ZFLOPS_DAY } from '$lib/scaling';
import { BUDGET_RANGE } from '$lib/state/params';
import { expectRelative } from '../scaling/helpers';

describe('the budget slider', () => {
	it('spans the parameter table’s range in decades', () => {
		expect(LOG_RANGE).toEqual([17, 28]);
		expect(budgetAtLog(LOG_RANGE[0])).toBeCloseTo(BUDGET_RANGE[0], -1);
	});

	it.each([
		[23.5, 10 ** 23.5],
		[10, BUDGET_RANGE[0]],
		[40, BUDGET_RANGE[1]]
	])('budgetAtLog(%d) keeps the budget inside the range', (log, C) => {
		expectRelative(budgetAtLog(log), C, 1e-12);
	});

	it('moves a tenth of a decade with the arrows and a decade with Page Up/Down', () => {
		expect(KEY_STEPS).toMatchObject({ ArrowRight: 0.1, ArrowLeft: -0.1, PageUp: 1, PageDown: -1 });
	});
});

describe('budgetRows', () => {
	const rows = budgetRows(8.64e25, 0.4);

	it('gives the budget in FLOP, PF-days and zettaFLOP/s-days', () => {
		expect(rows.slice(0, 3).map((r) => r.unit)).toEqual(['flop', 'pfDays', 'zflopsDays']);
		expectRelative(rows[1].value, 8.64e25 / FLOP_PER_PF_DAY, 1e-12);
		expectRelative(rows[2].value, 8.64e25 / FLOP_PER_ZFLOPS_DAY, 1e-12);
	});

	it('and in hours on every accelerator at the given utilisation', () => {
		const hours = rows.filter((r) => r.unit === 'hours');
		expect(hours.map((r) => r.accelerator!.id)).toEqual(accelerators.map((a) => a.id));
		for (const row of hours)
			expectRelative(row.value, acceleratorHours(8.64e25, row.accelerator!.peakFlops, 0.4), 1e-12);
	});
});
