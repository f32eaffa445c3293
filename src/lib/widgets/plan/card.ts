// The plan card's words and numbers, as text: the comparison table's cells (the card, the figure's data table and the
// print all show the same), and the sentences around it. Pure: a plan in, the edition's text out.
import { fmt, lawName, ui } from '$lib/i18n';
import planUi from '$messages/plan';
import { accelerators, type Plan } from '$lib/scaling';
import type { PlanOption, PlanScenario } from './model';

/** Differences in loss smaller than this read "≈ 0". */
export const NEGLIGIBLE_LOSS = 1e-4;

export type PlanRowId = keyof typeof planUi.rows;
export const ROW_IDS = Object.keys(planUi.rows) as PlanRowId[];
/** The rows whose plan cell is a hook for independent checks, and the value each carries. */
export const HOOKS: Partial<Record<PlanRowId, (p: Plan) => number>> = {
	params: (p) => p.params,
	tokens: (p) => p.tokens,
	epochs: (p) => p.epochs,
	loss: (p) => p.loss
};

/** One option's cell in one row, as the card prints it. */
export function cellText(row: PlanRowId, o: PlanOption, unlimitedData: boolean): string {
	const p = o.point;
	switch (row) {
		case 'params':
			return fmt.formatCount(p.params);
		case 'tokens':
			return fmt.formatCount(p.tokens);
		case 'epochs':
			if (unlimitedData) return planUi.freshOnly;
			return `${fmt.significant(p.epochs, 3)}${p.exceedsDataLimit ? `${ui.punct.open}${planUi.overLimit}${ui.punct.close}` : ''}`;
		case 'tokensPerParam':
			return fmt.significant(p.tokensPerParam, 3);
		case 'loss':
			return fmt.formatLoss(p.loss);
		case 'days':
			return fmt.formatRounded(o.days, 3);
		case 'lifetime':
			// Three digits: options that all spend the budget must not read 5.2 and 5.3 × 10²³ from rounding noise.
			return fmt.formatScientific(p.lifetimeCompute, 3);
		case 'lossDelta':
			if (o.id === 'plan') return planUi.same;
			// Below 10⁻⁴ a gap is far inside any fit's precision; above, two significant digits (0.00021, not "+0.000").
			if (Math.abs(o.lossDelta) < NEGLIGIBLE_LOSS) return planUi.nearZero;
			// Two significant digits: a gap of 0.0002 reads as that, not as "+0.000".
			return `${o.lossDelta < 0 ? '−' : '+'}${fmt.significant(Math.abs(o.lossDelta), 2)}`;
		case 'lifetimeRatio':
			return o.id === 'plan' ? planUi.same : planUi.times(fmt.significant(o.lifetimeRatio, 3));
	}
}

/** The table as rows of text: the figure's data table and the card print the same cells. */
export function tableRows(options: PlanOption[], unlimitedData: boolean): { key: string; cells: string[] }[] {
	return ROW_IDS.map((row) => ({
		key: row,
		cells: [planUi.rows[row], ...options.map((o) => cellText(row, o, unlimitedData))]
	}));
}

/** The cluster in words: "512 × NVIDIA H100 SXM at 40% MFU". */
export function clusterText(s: PlanScenario): string {
	const accelerator = accelerators.find((a) => a.id === s.acceleratorId) ?? accelerators[0];
	return planUi.cluster(fmt.significant(s.acceleratorCount, 8), accelerator.label, fmt.formatPercent(s.mfu));
}

/** A limit in words: the edition's "unlimited", or the number. */
const limitWords = (value: number, format: (v: number) => string) =>
	value === Infinity ? planUi.unlimited : format(value);

/** The card's first line: everything the plan was made from. */
export function inputsText(s: PlanScenario): string {
	return planUi.inputsLine(
		fmt.formatFlop(s.computeBudget),
		clusterText(s),
		limitWords(s.uniqueTokens, fmt.formatCount),
		limitWords(s.maxEpochs, (v) => fmt.significant(v, 4)),
		fmt.formatCount(s.inferenceTokens),
		lawName(s.lawId).label
	);
}

/** The loss's interval from the bootstrap, or why there is none. */
export function intervalText(plan: Plan): string {
	const u = plan.uncertainty;
	if (!u) return planUi.noInterval;
	return planUi.interval(
		fmt.formatPercent(u.level),
		fmt.formatLoss(u.loss[0]),
		fmt.formatLoss(u.loss[2]),
		fmt.significant(u.count)
	);
}

/** Lifetime compute and the share of it spent serving. */
export function lifetimeText(plan: Plan): string {
	return planUi.lifetime(
		fmt.formatFlop(plan.lifetimeCompute),
		fmt.formatPercent(plan.inferenceCompute / plan.lifetimeCompute)
	);
}
