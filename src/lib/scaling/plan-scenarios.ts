import type { Cluster } from './plan-cluster';
import { clusterCompute } from './plan-cluster';
import { DEFAULT_MAX_EPOCHS } from './plan';
import type { PlanRequest } from './plan-run';

/**
 * Three worked plans for the chapter and its tests; every number they show comes from `planRun` on these inputs.
 * All three run NVIDIA H100s (989 TFLOP/s dense BF16) at 40% MFU, a utilisation large runs commonly report, under
 * Epoch's fit, with Muennighoff et al.'s four epochs as the most repeats allowed.
 * - university: one node of 8 accelerators for a month; data to spare and nothing to serve — only compute binds.
 * - startup: 512 accelerators for a month and 300 B unique tokens — the compute-optimal model would need more than
 *   four passes over them.
 * - serving: a lab expecting to serve 10¹⁵ tokens over the model's life. Its budget is our choice: 4,096 accelerators
 *   (a round power of two) for 90 days, ≈ 1.3e25 FLOP; large enough that the plan stays inside the range of tokens
 *   per parameter Sardana et al. trained (up to 10,000), which at Gopher's budget it would not. Unlimited data.
 */
export type WorkedPlanId = 'university' | 'startup' | 'serving';
export const WORKED_PLAN_IDS: readonly WorkedPlanId[] = ['university', 'startup', 'serving'];

export interface WorkedPlan {
	cluster: Cluster;
	uniqueTokens: number;
	maxEpochs: number;
	inferenceTokens: number;
}

export const WORKED_PLANS: Record<WorkedPlanId, WorkedPlan> = {
	university: {
		cluster: { acceleratorId: 'h100', count: 8, days: 30, mfu: 0.4 },
		uniqueTokens: Infinity,
		maxEpochs: DEFAULT_MAX_EPOCHS,
		inferenceTokens: 0
	},
	startup: {
		cluster: { acceleratorId: 'h100', count: 512, days: 30, mfu: 0.4 },
		uniqueTokens: 300e9,
		maxEpochs: DEFAULT_MAX_EPOCHS,
		inferenceTokens: 0
	},
	serving: {
		cluster: { acceleratorId: 'h100', count: 4096, days: 90, mfu: 0.4 },
		uniqueTokens: Infinity,
		maxEpochs: DEFAULT_MAX_EPOCHS,
		inferenceTokens: 1e15
	}
};

/** A worked plan as the planner's request: its cluster's budget in FLOP, its data and demand, Epoch's fit. */
export function workedPlanRequest(id: WorkedPlanId): PlanRequest {
	const { cluster, uniqueTokens, maxEpochs, inferenceTokens } = WORKED_PLANS[id];
	return { computeBudget: clusterCompute(cluster), uniqueTokens, maxEpochs, inferenceTokens, lawId: 'besiroglu2024' };
}
