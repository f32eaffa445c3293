// The shape, defaults and limits of the state the widgets share. Plain TypeScript, so tests and the URL code use it.
import { accelerators, DEFAULT_MFU, GOPHER_BUDGET, type ParametricLawId } from '$lib/scaling';

/** A model the reader places on the N–D plane. */
export interface ModelPoint {
	params: number;
	tokens: number;
}

export interface ExploreSnapshot {
	/** Training compute C in FLOP. */
	computeBudget: number;
	/** The parametric law used for losses and contours. */
	lawId: ParametricLawId;
	/** The reader's own model, once they place one. */
	model: ModelPoint | null;
	acceleratorId: string;
	/** Model FLOP utilisation, 0–1. */
	mfu: number;
}

/** The slider's range: 10¹⁷ to 10²⁸ FLOP. */
export const BUDGET_MIN = 1e17;
export const BUDGET_MAX = 1e28;

/** Where "your model" may sit: the axes of the iso-loss map. */
export const MODEL_DOMAIN: { params: [number, number]; tokens: [number, number] } = {
	params: [1e7, 1e14],
	tokens: [1e8, 1e16]
};

/** The prerendered state: the Gopher/Chinchilla budget under the printed Approach-3 fit. */
export const DEFAULTS: ExploreSnapshot = {
	computeBudget: GOPHER_BUDGET,
	lawId: 'hoffmann2022',
	model: null,
	acceleratorId: accelerators[0].id,
	mfu: DEFAULT_MFU
};

export function clampBudget(C: number): number {
	return Math.min(BUDGET_MAX, Math.max(BUDGET_MIN, C));
}

export function clampModel({ params, tokens }: ModelPoint): ModelPoint {
	const clamp = (x: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, x));
	return { params: clamp(params, MODEL_DOMAIN.params), tokens: clamp(tokens, MODEL_DOMAIN.tokens) };
}
