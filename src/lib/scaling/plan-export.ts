import { toCsv, type Cell } from '../figure/csv';
import type { PlanPoint } from './plan';
import { clusterDays, type Cluster } from './plan-cluster';
import { PLAN_ALTERNATIVE_IDS, type Plan } from './plan-run';

/**
 * The plan card's downloads. JSON has no Infinity, so an unlimited input (unique tokens, epochs) is written as null.
 * Numbers are written at full precision; the card rounds, the files do not.
 */

const POINT_KEYS = [
	'params',
	'tokens',
	'epochs',
	'tokensPerParam',
	'effectiveTokens',
	'loss',
	'trainCompute',
	'inferenceCompute',
	'lifetimeCompute',
	'exceedsDataLimit'
] as const satisfies readonly (keyof PlanPoint)[];

const pointOf = (p: PlanPoint) => Object.fromEntries(POINT_KEYS.map((k) => [k, p[k]]));

/** The plan as JSON: inputs, the cluster and its training days if given, the plan, its spreads, the alternatives. */
export function planToJson(plan: Plan, { cluster }: { cluster?: Cluster } = {}): string {
	const document = {
		inputs: plan.inputs,
		cluster: cluster && { ...cluster, trainingDays: clusterDays(cluster, plan.trainCompute) },
		plan: { ...pointOf(plan), binding: plan.binding, reason: plan.reason },
		uncertainty: plan.uncertainty ?? null,
		alternatives: Object.fromEntries(PLAN_ALTERNATIVE_IDS.map((id) => [id, pointOf(plan.alternatives[id])]))
	};
	return JSON.stringify(
		document,
		(_, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
		2
	);
}

const CSV_HEADER = [
	'option',
	'binding',
	'reason',
	'params',
	'tokens',
	'epochs',
	'tokens_per_param',
	'effective_tokens',
	'loss',
	'loss_low',
	'loss_high',
	'training_flop',
	'inference_flop',
	'lifetime_flop',
	'exceeds_data_limit',
	'training_days',
	'budget_flop',
	'unique_tokens',
	'max_epochs',
	'inference_tokens',
	'law'
];

/**
 * The plan and its alternatives as CSV, one row each (the plan first), every row carrying the inputs so it stands
 * alone in a spreadsheet. Empty cells: no interval for the alternatives, no days without a cluster, unlimited inputs.
 */
export function planToCsv(plan: Plan, { cluster }: { cluster?: Cluster } = {}): string {
	const { computeBudget, uniqueTokens, maxEpochs, inferenceTokens, lawId } = plan.inputs;
	const row = (option: string, p: PlanPoint, extra: { binding?: string; reason?: string; band?: number[] }): Cell[] => [
		option,
		extra.binding,
		extra.reason,
		p.params,
		p.tokens,
		p.epochs,
		p.tokensPerParam,
		p.effectiveTokens,
		p.loss,
		extra.band?.[0],
		extra.band?.[2],
		p.trainCompute,
		p.inferenceCompute,
		p.lifetimeCompute,
		String(p.exceedsDataLimit),
		cluster && clusterDays(cluster, p.trainCompute),
		computeBudget,
		uniqueTokens,
		maxEpochs,
		inferenceTokens,
		lawId
	];
	return toCsv(CSV_HEADER, [
		row('plan', plan, { binding: plan.binding, reason: plan.reason, band: plan.uncertainty?.loss }),
		...PLAN_ALTERNATIVE_IDS.map((id) => row(id, plan.alternatives[id], {}))
	]);
}
