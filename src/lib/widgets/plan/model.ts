// The planner figure's numbers: the plan for a scenario (the core's planRun), its cluster and training days, the
// comparison with the rules a reader might use instead, the lines of its map, what typed limits read as, and the
// scenarios of the chapter's worked plans. Pure: scenario values in, numbers out.
import {
	clusterCompute,
	clusterDays,
	PLAN_ALTERNATIVE_IDS,
	planRun,
	solvePlan,
	parametricLaw,
	WORKED_PLANS,
	type Cluster,
	type ParametricLawId,
	type Plan,
	type PlanAlternativeId,
	type PlanInputs,
	type PlanPoint,
	type WorkedPlanId
} from '$lib/scaling';
import { BUDGET_RANGE, type ScenarioValues } from '$lib/state/params';
import { domain, type Point } from '../iso-loss-map/model';

export { domain };

/** What the planner reads of a scenario. */
export type PlanScenario = Pick<
	ScenarioValues,
	| 'computeBudget'
	| 'lawId'
	| 'acceleratorId'
	| 'acceleratorCount'
	| 'trainingDays'
	| 'mfu'
	| 'uniqueTokens'
	| 'maxEpochs'
	| 'inferenceTokens'
>;

/** The core's inputs for a scenario. */
export function planInputs(s: PlanScenario): PlanInputs {
	return {
		computeBudget: s.computeBudget,
		uniqueTokens: s.uniqueTokens,
		maxEpochs: s.maxEpochs,
		inferenceTokens: s.inferenceTokens
	};
}

/** The scenario's cluster: its accelerators, their count and days, at its utilisation. */
export function clusterOf(s: PlanScenario): Cluster {
	return { acceleratorId: s.acceleratorId, count: s.acceleratorCount, days: s.trainingDays, mfu: s.mfu };
}

/** The plan for a scenario, with the bootstrap's interval where the fit has one. */
export function planFor(s: PlanScenario): Plan {
	return planRun({ ...planInputs(s), lawId: s.lawId });
}

/** The days the scenario's cluster needs to spend `compute` FLOP. */
export function daysOn(s: PlanScenario, compute: number): number {
	return clusterDays(clusterOf(s), compute);
}

/** The plan first, then the alternatives, in the order the card and the downloads list them. */
export type PlanOptionId = 'plan' | PlanAlternativeId;
export const PLAN_OPTION_IDS: readonly PlanOptionId[] = ['plan', ...PLAN_ALTERNATIVE_IDS];

export interface PlanOption {
	id: PlanOptionId;
	point: PlanPoint;
	/** Days on the scenario's cluster: the same for every option, since each spends the whole budget. */
	days: number;
	/** L − L(plan): how much worse (positive) the option's expected loss is. */
	lossDelta: number;
	/** Lifetime compute as a multiple of the plan's. */
	lifetimeRatio: number;
}

/** The plan and its alternatives side by side, each with its difference from the plan as a number. */
export function planOptions(plan: Plan, s: PlanScenario): PlanOption[] {
	return PLAN_OPTION_IDS.map((id) => {
		const point = id === 'plan' ? plan : plan.alternatives[id];
		return {
			id,
			point,
			days: daysOn(s, point.trainCompute),
			lossDelta: point.loss - plan.loss,
			lifetimeRatio: point.lifetimeCompute / plan.lifetimeCompute
		};
	});
}

/** Budgets across the slider's range, for the path of plans. */
const PATH_BUDGETS = Array.from(
	{ length: 45 },
	(_, i) => BUDGET_RANGE[0] * (BUDGET_RANGE[1] / BUDGET_RANGE[0]) ** (i / 44)
);

/**
 * The plan for the same data and demand at every budget of the slider's range: with nothing to serve and data to
 * spare it is the compute-optimal frontier; serving pulls it towards smaller models trained longer, a data limit bends
 * it up towards larger ones.
 */
export function planPath(lawId: ParametricLawId, inputs: PlanInputs): Point[] {
	const law = parametricLaw(lawId);
	return PATH_BUDGETS.map((C) => {
		const p = solvePlan(law, { ...inputs, computeBudget: C });
		return [p.params, p.tokens];
	});
}

/** The tokens the data allows, U·E_max, as a line across the map; none when either is unlimited. */
export function dataLimitLine(inputs: Pick<PlanInputs, 'uniqueTokens' | 'maxEpochs'>): Point[] | undefined {
	const limit = inputs.uniqueTokens * inputs.maxEpochs;
	if (!Number.isFinite(limit)) return undefined;
	return domain.params.map((N) => [N, limit] as Point);
}

/** What a typed limit reads as: a number, "unlimited" (Infinity), or nothing the field can use. */
export function readLimit(
	text: string,
	unlimitedWords: readonly string[],
	parse: (text: string) => number | undefined
): number | undefined {
	const t = text.trim().toLowerCase();
	if (unlimitedWords.some((w) => w.toLowerCase() === t)) return Infinity;
	return parse(text);
}

/** A limit as the field shows it: the edition's word for unlimited, or the formatted number. */
export function limitText(value: number, unlimited: string, format: (value: number) => string): string {
	return value === Infinity ? unlimited : format(value);
}

/** The scenario of a worked plan: its cluster, the budget that cluster buys, its data and demand, Epoch's fit. */
export function workedPlanValues(id: WorkedPlanId): PlanScenario {
	const { cluster, uniqueTokens, maxEpochs, inferenceTokens } = WORKED_PLANS[id];
	return {
		computeBudget: clusterCompute(cluster),
		lawId: 'besiroglu2024',
		acceleratorId: cluster.acceleratorId,
		acceleratorCount: cluster.count,
		trainingDays: cluster.days,
		mfu: cluster.mfu,
		uniqueTokens,
		maxEpochs,
		inferenceTokens
	};
}

/**
 * A worked plan as a chapter pins it: its values without the unlimited ones, which are the scenario's defaults anyway
 * (a pin travels as JSON, which has no Infinity).
 */
export function workedPlanPin(id: WorkedPlanId): Partial<ScenarioValues> {
	return Object.fromEntries(
		Object.entries(workedPlanValues(id)).filter(([, v]) => typeof v !== 'number' || Number.isFinite(v))
	) as Partial<ScenarioValues>;
}

/** The guess's slider: log10 of a model size, 100 M to 10 T parameters. */
export const GUESS_RANGE = [8, 13] as const;
export const GUESS_START = 10;

/** How far a guess is from the plan: the plan's N over the guess (above 1: the plan is larger). */
export function guessFactor(guess: number, plan: Pick<PlanPoint, 'params'>): number {
	return plan.params / guess;
}
