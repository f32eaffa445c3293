import { describe, expect, it } from 'vitest';
import {
	budgetAtLog,
	budgetRows,
	KEY_STEPS,
	labelRows,
	landmarks,
	LOG_RANGE,
	sliderFraction
} from '$lib/controls/budget';
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

describe('landmarks on the compute scale', () => {
	it('mark GPT-3, Gopher, Llama 3.1 405B and the paper’s runs, at budgets from the core', () => {
		const byId = Object.fromEntries(landmarks.map((l) => [l.id, l.at]));
		expectRelative(byId.gpt3 as number, 6 * 175e9 * 300e9, 1e-12);
		expect(byId.gopher).toBe(5.76e23);
		expectRelative(byId.llama31 as number, 3.8e25, 0.01);
		expect(byId.paperRuns).toEqual([6e18, 3e21]);
	});

	it('place budgets along the slider from 0 to 1', () => {
		expect(sliderFraction(1e17)).toBe(0);
		expect(sliderFraction(1e28)).toBe(1);
		expect(sliderFraction(10 ** 22.5)).toBeCloseTo(0.5, 12);
	});

	it('stack labels that would overlap into rows', () => {
		// GPT-3 and Gopher sit a quarter of a decade apart: on a phone's slider their labels collide.
		expect(
			labelRows([
				{ x: 200, width: 40 },
				{ x: 207, width: 44 },
				{ x: 300, width: 90 }
			])
		).toEqual([0, 1, 0]);
		expect(
			labelRows([
				{ x: 10, width: 10 },
				{ x: 100, width: 10 }
			])
		).toEqual([0, 0]);
	});
});
