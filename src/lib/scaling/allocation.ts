import { FLOP_PER_PARAM_TOKEN } from './compute';
import { requirePositive } from './errors';
import { fitPowerLaw, type PowerLaw } from './fit';
import { table3Approach1, tableA3Approach2, type OptimalRow } from './tables';
import { FLOP_PER_PF_DAY } from './units';

/** How to split a budget between parameters and tokens, with 6·params·tokens = C exactly. */
export interface Allocation {
	params: number;
	tokens: number;
}

/** An allocation rule: a budget in, a split out. */
export type AllocationRule = (computeBudget: number) => Allocation;

/** A rule that picks N and spends the rest of the budget on tokens, so the point lies on its iso-FLOP line. */
export function fromParams(paramsFor: (computeBudget: number) => number): AllocationRule {
	return (C) => {
		requirePositive('computeBudget', C);
		const params = paramsFor(C);
		return { params, tokens: C / (FLOP_PER_PARAM_TOKEN * params) };
	};
}

/** N_opt = k·C^a fitted by least squares in log space to printed (C, N) rows. */
export function fitRows(rows: readonly OptimalRow[]): PowerLaw {
	return fitPowerLaw(
		rows.map((r) => r.flop),
		rows.map((r) => r.params)
	);
}

export const approach1Fit = fitRows(table3Approach1);
export const approach2Fit = fitRows(tableA3Approach2);

/** kaplan2020 Table 6: N_opt = 1.3e9 · (C_min in PF-days)^0.73, N counting non-embedding parameters. */
export const kaplanParams: PowerLaw = { k: 1.3e9, exponent: 0.73 };

/**
 * Kaplan's rule is written in C_min, the compute a run would need at a batch size far below the critical batch size
 * (kaplan2020 §1.3, §5.1). Training at the critical batch size, as that paper recommends, costs about twice as much
 * (kaplan2020 §6): C ≈ 2·C_min. hoffmann2022 App. D.4 applies the rule this way (1e21 FLOP → about 4.7 B parameters).
 */
export const KAPLAN_COMPUTE_PER_MIN_COMPUTE = 2;

/** C_min for a real budget C: the compute Kaplan's formulas take as input. */
export function kaplanMinCompute(computeBudget: number): number {
	return requirePositive('computeBudget', computeBudget) / KAPLAN_COMPUTE_PER_MIN_COMPUTE;
}

export const allocationRules = {
	'hoffmann2022-approach1': fromParams((C) => approach1Fit.k * C ** approach1Fit.exponent),
	'hoffmann2022-approach2': fromParams((C) => approach2Fit.k * C ** approach2Fit.exponent),
	// N from C_min = C/2 (see kaplanMinCompute). Kaplan's own token formula, D = 2e10·C_min^0.27, lands near but not on
	// the same budget (6·N·D ≈ 0.9·C), so we keep its N and spend the rest of the budget on tokens: the point then lies
	// on its own iso-FLOP line.
	kaplan2020: fromParams((C) => kaplanParams.k * (kaplanMinCompute(C) / FLOP_PER_PF_DAY) ** kaplanParams.exponent),
	// D = 20·N on C = 6·N·D gives C = 120·N², so N = √(C/120).
	tokens20: fromParams((C) => Math.sqrt(C / (FLOP_PER_PARAM_TOKEN * 20)))
} satisfies Record<string, AllocationRule>;

export type AllocationRuleId = keyof typeof allocationRules;
