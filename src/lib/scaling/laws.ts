import {
	allocationRules,
	approach1Fit,
	approach2Fit,
	kaplanParams,
	type AllocationRuleId,
	type Allocation
} from './allocation';
import { requirePositive } from './errors';
import { frontierOf, optimalLossOf, type Frontier, type OptimalLoss } from './frontier';
import { lossOf, type ParametricLaw } from './parametric';
import { parseCustomLawId } from './custom';
import { parametricPresets, type ParametricLawId, type PresetLawId } from './presets';

export type LawId = ParametricLawId | AllocationRuleId;
export type LawKind = 'parametric' | 'allocation';

/** What the reader sees of a law: its name, whether it has a loss function, and the key of its source. */
export interface LawInfo {
	id: LawId;
	label: string;
	/** A few words for table rows and legends. */
	short: string;
	kind: LawKind;
	cite: string;
}

const allocationInfo: Record<AllocationRuleId, Omit<LawInfo, 'id' | 'kind'>> = {
	'hoffmann2022-approach1': {
		label: 'Hoffmann et al. 2022, Approach 1 (Table 3)',
		short: 'Approach 1',
		cite: 'hoffmann2022'
	},
	'hoffmann2022-approach2': {
		label: 'Hoffmann et al. 2022, Approach 2 (Table A3)',
		short: 'Approach 2',
		cite: 'hoffmann2022'
	},
	kaplan2020: { label: 'Kaplan et al. 2020', short: 'Kaplan 2020', cite: 'kaplan2020' },
	tokens20: { label: '20 tokens per parameter', short: '20 tokens/param', cite: 'hoffmann2022' }
};

function parametricEntry(id: PresetLawId): LawInfo {
	const { label, short, cite } = parametricPresets[id];
	return { id, label, short, kind: 'parametric', cite };
}

function allocationEntry(id: AllocationRuleId): LawInfo {
	return { id, kind: 'allocation', ...allocationInfo[id] };
}

/** Every law the essay knows, parametric laws first, in the order tables list them. */
export const laws: Record<LawId, LawInfo> = {
	hoffmann2022: parametricEntry('hoffmann2022'),
	'hoffmann2022-unrounded': parametricEntry('hoffmann2022-unrounded'),
	besiroglu2024: parametricEntry('besiroglu2024'),
	'hoffmann2022-approach1': allocationEntry('hoffmann2022-approach1'),
	'hoffmann2022-approach2': allocationEntry('hoffmann2022-approach2'),
	kaplan2020: allocationEntry('kaplan2020'),
	tokens20: allocationEntry('tokens20')
};

/** The laws the essay ships (a reader's custom fit is not among them). */
export const lawIds = Object.keys(laws) as LawId[];

const allocationExponents: Record<AllocationRuleId, number> = {
	'hoffmann2022-approach1': approach1Fit.exponent,
	'hoffmann2022-approach2': approach2Fit.exponent,
	kaplan2020: kaplanParams.exponent,
	// N = √(C/120).
	tokens20: 0.5
};
export const parametricLawIds = lawIds.filter((id) => laws[id].kind === 'parametric') as PresetLawId[];

export function isLawId(id: unknown): id is LawId {
	return typeof id === 'string' && (Object.hasOwn(laws, id) || parseCustomLawId(id) !== undefined);
}

export function isParametricLawId(id: unknown): id is ParametricLawId {
	return typeof id === 'string' && (Object.hasOwn(parametricPresets, id) || parseCustomLawId(id) !== undefined);
}

/** What the reader sees of any law, a custom one included ("Your fit (E 1.82, A 482, …)"). */
export function lawInfo(lawId: LawId): LawInfo {
	const id = requireLawId(lawId);
	if (Object.hasOwn(laws, id)) return laws[id as keyof typeof laws];
	const { E, A, B, alpha, beta } = parseCustomLawId(id)!;
	const n = (v: number) => String(Number(v.toPrecision(3)));
	return {
		id,
		label: `Your fit (E ${n(E)}, A ${n(A)}, B ${n(B)}, α ${n(alpha)}, β ${n(beta)})`,
		short: 'Your fit',
		kind: 'parametric',
		cite: ''
	};
}

function requireLawId(id: unknown): LawId {
	if (!isLawId(id)) {
		throw new RangeError(`lawId must be one of ${lawIds.join(', ')} or custom:E,A,B,α,β, got ${String(id)}`);
	}
	return id;
}

/** The coefficients of a parametric law; a RangeError for allocation rules, which have no loss function. */
export function parametricLaw(lawId: LawId): ParametricLaw {
	const id = requireLawId(lawId);
	if (!isParametricLawId(id)) {
		throw new RangeError(
			`lawId ${id} is an allocation rule with no loss function; use one of ${parametricLawIds.join(', ')}`
		);
	}
	return Object.hasOwn(parametricPresets, id) ? parametricPresets[id as PresetLawId].law : parseCustomLawId(id)!;
}

// Frontiers and optimal-loss curves are pure functions of the law: build each once. A reader dragging a custom
// law's slider makes a new id per step, so the caches forget everything past a few dozen laws.
const CACHE_LIMIT = 64;
function remember<T>(cache: Map<LawId, T>, lawId: LawId, make: () => T): T {
	let value = cache.get(lawId);
	if (value === undefined) {
		if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
		value = make();
		cache.set(lawId, value);
	}
	return value;
}
const frontiers = new Map<LawId, Frontier>();
const optimalLosses = new Map<LawId, OptimalLoss>();

export function frontier(lawId: LawId): Frontier {
	const law = parametricLaw(lawId);
	return remember(frontiers, lawId, () => frontierOf(law));
}

export function optimalLoss(lawId: LawId): OptimalLoss {
	const law = parametricLaw(lawId);
	return remember(optimalLosses, lawId, () => optimalLossOf(law));
}

/** The compute-optimal split of `computeBudget` FLOP under `lawId`; always 6·params·tokens = computeBudget. */
export function allocate(lawId: LawId, computeBudget: number): Allocation {
	const id = requireLawId(lawId);
	requirePositive('computeBudget', computeBudget);
	if (isParametricLawId(id)) {
		// Derive D from N so the point sits exactly on its iso-FLOP line, whatever rounding the closed form has.
		const params = frontier(id).params(computeBudget);
		return { params, tokens: computeBudget / (6 * params) };
	}
	return allocationRules[id](computeBudget);
}

/**
 * The exponents of a law's allocation, N_opt ∝ C^a and D_opt ∝ C^b (a + b = 1 since 6·N·D = C): from the closed form
 * for parametric laws, from the fit for Approaches 1 and 2, 0.73 for Kaplan and 0.5 for 20 tokens per parameter.
 */
export function exponentsOf(lawId: LawId): { a: number; b: number } {
	const id = requireLawId(lawId);
	const a = isParametricLawId(id) ? frontier(id).a : allocationExponents[id];
	return { a, b: 1 - a };
}

/** The loss a parametric law predicts for `params` parameters trained on `tokens` tokens. */
export function loss(lawId: LawId, params: number, tokens: number): number {
	return lossOf(parametricLaw(lawId))(params, tokens);
}
