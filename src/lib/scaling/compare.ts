import { trainingCompute } from './compute';
import { frontier, loss, optimalLoss, type LawId } from './laws';

/** Where a model (N, D) stands against the compute-optimal model of the same compute, under one parametric law. */
export interface Comparison {
	/** C = 6·N·D. */
	computeBudget: number;
	loss: number;
	optimal: { params: number; tokens: number; loss: number };
	/** N / N_opt: above 1 the model is larger than compute-optimal for its compute. */
	sizeRatio: number;
	tokensPerParam: number;
	/** L(N, D) − L*(C): what the same compute would have saved. */
	extraLoss: number;
	/** C*(L): the budget of the cheapest (compute-optimal) model that reaches the same loss. */
	cheapestBudget: number;
	/** C / C*(L) − 1: extra compute over the cheapest model that reaches the same loss. */
	computeOverhead: number;
}

export function compareToOptimum(lawId: LawId, params: number, tokens: number): Comparison {
	const computeBudget = trainingCompute(params, tokens);
	const f = frontier(lawId);
	const optimal = optimalLoss(lawId);
	const L = loss(lawId, params, tokens);
	const optimalLossValue = optimal.at(computeBudget);
	// L > E for every finite model, so a budget reaching it always exists.
	const cheapest = optimal.budgetFor(L)!;
	return {
		computeBudget,
		loss: L,
		optimal: { params: f.params(computeBudget), tokens: f.tokens(computeBudget), loss: optimalLossValue },
		sizeRatio: params / f.params(computeBudget),
		tokensPerParam: tokens / params,
		extraLoss: L - optimalLossValue,
		cheapestBudget: cheapest,
		computeOverhead: computeBudget / cheapest - 1
	};
}
