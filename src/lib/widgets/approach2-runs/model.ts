// Approach 2 on the read-off runs: the runs placed on the paper's nine IsoFLOP budgets, a parabola in ln N per budget,
// and the power law through the minima, with any budget or run the reader drops left out.
import {
	PAPER_ISOFLOP_BUDGETS,
	estimatePowerLaw,
	evalParabola,
	fitBudget,
	groupByBudget,
	type BudgetFit,
	type PowerLawEstimate,
	type Run
} from '$lib/scaling';

export interface PlacedRun {
	/** Index among the placed runs: how the reader's dropped set names a run. */
	index: number;
	run: Run;
	/** Index of its budget among the nine. */
	budget: number;
}

/** The runs within a tenth of a decade of one of the nine budgets, by budget then size. */
export function placedRuns(runs: readonly Run[]): PlacedRun[] {
	return groupByBudget(runs)
		.flatMap((group, budget) => [...group.runs].sort((a, b) => a.params - b.params).map((run) => ({ run, budget })))
		.map((p, index) => ({ ...p, index }));
}

export interface BudgetView {
	budget: number;
	/** Its index among the nine, for its colour class. */
	index: number;
	included: boolean;
	fit: BudgetFit;
	/** The fitted parabola over the sizes the budget trained, as [N, loss]. */
	curve: [number, number][];
}

export interface Approach2View {
	budgets: BudgetView[];
	/** N_opt ∝ C^a through the included minima (undefined with fewer than two). */
	params?: PowerLawEstimate;
	tokens?: PowerLawEstimate;
}

export function approach2View(
	placed: readonly PlacedRun[],
	droppedBudgets: ReadonlySet<number>,
	droppedRuns: ReadonlySet<number>
): Approach2View {
	const budgets = PAPER_ISOFLOP_BUDGETS.map((budget, index): BudgetView => {
		const runs = placed.filter((p) => p.budget === index && !droppedRuns.has(p.index)).map((p) => p.run);
		const fit = fitBudget({ budget, runs });
		const sizes = runs.map((r) => Math.log(r.params));
		const curve: [number, number][] =
			fit.parabola && sizes.length
				? Array.from({ length: 31 }, (_, i) => {
						const x = Math.min(...sizes) + ((Math.max(...sizes) - Math.min(...sizes)) * i) / 30;
						return [Math.exp(x), evalParabola(fit.parabola!, x)];
					})
				: [];
		return { budget, index, included: !droppedBudgets.has(index), fit, curve };
	});
	const minima = budgets.filter((b) => b.included && b.fit.optimum);
	if (minima.length < 2) return { budgets };
	const C = minima.map((b) => b.budget);
	return {
		budgets,
		params: estimatePowerLaw(
			C,
			minima.map((b) => b.fit.optimum!.params)
		),
		tokens: estimatePowerLaw(
			C,
			minima.map((b) => b.fit.optimum!.tokens)
		)
	};
}

/** The fitted line N_opt = k·C^a across the nine budgets, for drawing. */
export function minimaLine(estimate: PowerLawEstimate): [number, number][] {
	const [low, high] = [PAPER_ISOFLOP_BUDGETS[0] / 2, PAPER_ISOFLOP_BUDGETS.at(-1)! * 2];
	return [low, high].map((C) => [C, estimate.k * C ** estimate.exponent]);
}
