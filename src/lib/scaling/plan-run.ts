import { allocationRules } from './allocation';
import { FLOP_PER_PARAM_TOKEN } from './compute';
import { frontierOf } from './frontier';
import { parametricLaw } from './laws';
import type { ParametricLaw } from './parametric';
import { checkPlanInputs, planPoint, solvePlan, type PlanInputs, type PlanPoint, type PlanSolution } from './plan';
import { EPOCH_BOOTSTRAP_LAWS } from './plan-bootstrap';
import { planUncertainty, type PlanUncertainty } from './plan-uncertainty';
import type { ParametricLawId } from './presets';

/** The planner's whole answer: the plan, the rules a reader might use instead, and how sure the fit can be. */

/** The inputs and the fit (default: Epoch's, besiroglu2024). */
export interface PlanRequest extends PlanInputs {
	lawId?: ParametricLawId;
}

export const DEFAULT_PLAN_LAW: ParametricLawId = 'besiroglu2024';

/**
 * The rules a reader would otherwise follow, each on the same budget line (6·N·D = C) and scored the same way:
 * - computeOptimal: the fit's compute-optimal point, ignoring the data and the serving (hoffmann2022 eq. 4);
 * - tokens20: 20 tokens per parameter, N = √(C/120);
 * - kaplan2020: Kaplan's N_opt = 1.3e9·(C_min/PF-day)^0.73 with C_min = C/2 (kaplan2020 Table 6, §6).
 */
export type PlanAlternativeId = 'computeOptimal' | 'tokens20' | 'kaplan2020';
export const PLAN_ALTERNATIVE_IDS: readonly PlanAlternativeId[] = ['computeOptimal', 'tokens20', 'kaplan2020'];

export interface Plan extends PlanSolution {
	/** The inputs as used, the fit's id included. */
	inputs: Required<PlanRequest>;
	alternatives: Record<PlanAlternativeId, PlanPoint>;
	/** The bootstrap's spreads; undefined when the fit has no stored refits and none were passed. */
	uncertainty?: PlanUncertainty;
}

/** The stored bootstrap refits of a fit, where there are any (only Epoch's: the others have no runs to resample). */
export function bootstrapLawsFor(lawId: ParametricLawId): readonly ParametricLaw[] | undefined {
	return lawId === 'besiroglu2024' ? EPOCH_BOOTSTRAP_LAWS : undefined;
}

/** The three alternatives under `law`, for the same inputs. */
export function planAlternatives(law: ParametricLaw, inputs: PlanInputs): Record<PlanAlternativeId, PlanPoint> {
	const C = checkPlanInputs(inputs).computeBudget;
	const onBudget = (params: number) => planPoint(law, inputs, params, C / (FLOP_PER_PARAM_TOKEN * params));
	return {
		computeOptimal: onBudget(frontierOf(law).params(C)),
		tokens20: onBudget(allocationRules.tokens20(C).params),
		kaplan2020: onBudget(allocationRules.kaplan2020(C).params)
	};
}

/**
 * The plan for a request. `laws` are refits for the interval (default: the fit's stored bootstrap, if it has one; pass
 * [] for none); `level` is the share of refits each band spans.
 */
export function planRun(
	request: PlanRequest,
	{ laws, level = 0.95 }: { laws?: readonly ParametricLaw[]; level?: number } = {}
): Plan {
	const lawId = request.lawId ?? DEFAULT_PLAN_LAW;
	const law = parametricLaw(lawId);
	const { computeBudget, uniqueTokens, maxEpochs, inferenceTokens } = checkPlanInputs(request);
	const inputs = { computeBudget, uniqueTokens, maxEpochs, inferenceTokens };
	const solution = solvePlan(law, inputs);
	const refits = laws ?? bootstrapLawsFor(lawId);
	return {
		...solution,
		inputs: { ...inputs, lawId },
		alternatives: planAlternatives(law, inputs),
		uncertainty: refits && refits.length >= 2 ? planUncertainty(refits, inputs, solution, level) : undefined
	};
}
