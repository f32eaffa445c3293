import { checkLaw, type ParametricLaw } from './parametric';
import type { CustomLawId } from './presets';

/**
 * A fit of the reader's own, named by its constants: `custom:1.8172,482.01,2085.4,0.3478,0.3658` (E, A, B, α, β).
 * The id carries the whole law, so a custom fit travels in a URL and every id-based function of the core works on it
 * with no state kept anywhere.
 */
export const CUSTOM_PREFIX = 'custom:';

/** What a custom law may hold: wide enough for any published fit, narrow enough that every figure stays finite. */
export const CUSTOM_RANGES = {
	E: [0.1, 10],
	A: [1, 1e7],
	B: [1, 1e8],
	alpha: [0.05, 2],
	beta: [0.05, 2]
} as const satisfies Record<keyof ParametricLaw, readonly [number, number]>;

const KEYS = ['E', 'A', 'B', 'alpha', 'beta'] as const;

/** Where a value is outside its range, which constant and the range; undefined when the law is acceptable. */
export function customLawProblem(
	law: ParametricLaw
): { key: keyof ParametricLaw; range: readonly [number, number] } | undefined {
	for (const key of KEYS) {
		const value = law[key];
		const range = CUSTOM_RANGES[key];
		if (!Number.isFinite(value) || value < range[0] || value > range[1]) return { key, range };
	}
	return undefined;
}

/** The id of a custom law, its constants to 5 significant digits. */
export function customLawId(law: ParametricLaw): CustomLawId {
	const problem = customLawProblem(law);
	if (problem) {
		throw new RangeError(
			`${problem.key} must be between ${problem.range[0]} and ${problem.range[1]}, got ${law[problem.key]}`
		);
	}
	return `${CUSTOM_PREFIX}${KEYS.map((k) => Number(law[k].toPrecision(5))).join(',')}`;
}

/** The law a custom id names, or undefined for anything else (garbage, a value out of range, a preset's id). */
export function parseCustomLawId(id: unknown): ParametricLaw | undefined {
	if (typeof id !== 'string' || !id.startsWith(CUSTOM_PREFIX) || id.length > 120) return undefined;
	const parts = id.slice(CUSTOM_PREFIX.length).split(',');
	if (parts.length !== KEYS.length || !parts.every((p) => /^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(p))) return undefined;
	const law = Object.fromEntries(KEYS.map((k, i) => [k, Number(parts[i])])) as unknown as ParametricLaw;
	return customLawProblem(law) ? undefined : checkLaw(law);
}

export function isCustomLawId(id: unknown): id is CustomLawId {
	return parseCustomLawId(id) !== undefined;
}
