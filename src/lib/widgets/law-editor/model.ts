// The law editor's numbers: each constant's slider (linear for E, α, β; logarithmic for A and B, which span decades),
// typed values checked against the ranges a custom law may hold, and what the edited law implies.
import { CUSTOM_RANGES, customLawProblem, frontierOf, optimalLossOf, type ParametricLaw } from '$lib/scaling';

export type Constant = keyof ParametricLaw;
export const CONSTANTS: readonly Constant[] = ['E', 'A', 'B', 'alpha', 'beta'];

/** The slider's span for each constant: narrower than what may be typed, where the published fits live. */
export const SLIDERS: Record<Constant, { min: number; max: number; log: boolean }> = {
	E: { min: 1, max: 3, log: false },
	A: { min: 10, max: 1e5, log: true },
	B: { min: 10, max: 1e6, log: true },
	alpha: { min: 0.1, max: 1, log: false },
	beta: { min: 0.1, max: 1, log: false }
};

/** 0…1000 along the slider. */
export function toSlider(key: Constant, value: number): number {
	const { min, max, log } = SLIDERS[key];
	const t = log ? Math.log(value / min) / Math.log(max / min) : (value - min) / (max - min);
	return Math.round(1000 * Math.min(1, Math.max(0, t)));
}

export function fromSlider(key: Constant, position: number): number {
	const { min, max, log } = SLIDERS[key];
	const t = Math.min(1, Math.max(0, position / 1000));
	const value = log ? min * (max / min) ** t : min + (max - min) * t;
	return Number(value.toPrecision(log ? 3 : 3));
}

/** The law with one constant changed, or the range it must stay in. */
export function withConstant(
	law: ParametricLaw,
	key: Constant,
	value: number
): { ok: true; law: ParametricLaw } | { ok: false; range: readonly [number, number] } {
	const next = { ...law, [key]: value };
	const problem = customLawProblem(next);
	return problem ? { ok: false, range: CUSTOM_RANGES[problem.key] } : { ok: true, law: next };
}

/** What a law implies at one budget: the exponents and the compute-optimal model. */
export function implied(law: ParametricLaw, computeBudget: number) {
	const f = frontierOf(law);
	const params = f.params(computeBudget);
	const tokens = f.tokens(computeBudget);
	return {
		a: f.a,
		b: f.b,
		params,
		tokens,
		tokensPerParam: tokens / params,
		loss: optimalLossOf(law).at(computeBudget)
	};
}
