// Reading and writing the shared state in the URL query (?C=5.76e23&law=besiroglu2024). Pure: strings in, values and
// notes out. Notes never repeat what the URL said (it could be markup or "NaN"); they say what was ignored and why.
import { accelerators, isParametricLawId, type ParametricLawId } from '$lib/scaling';
import { formatFlop } from '$lib/format/numbers';
import { parseNumber } from '$lib/format/parse';
import { BUDGET_MAX, BUDGET_MIN, DEFAULTS, MODEL_DOMAIN, type ExploreSnapshot } from './domain';

export interface QueryReading {
	/** The values the query set validly; keys it did not set are absent. */
	values: Partial<ExploreSnapshot>;
	/** One short note per value that was ignored, for the reader. */
	notes: string[];
}

/**
 * A `+` in a query string means a space, so a link typed by hand as `?C=1e+26` arrives as "1e 26": read the space after
 * the exponent's "e" as the plus it was.
 */
export function restorePlus(raw: string): string {
	return raw.trim().replace(/(\d)e (\d)/gi, '$1e+$2');
}

function readPositive(raw: string | null, min: number, max: number): number | 'invalid' | undefined {
	if (raw === null) return undefined;
	const value = parseNumber(restorePlus(raw));
	if (value === undefined || !Number.isFinite(value) || value < min || value > max) return 'invalid';
	return value;
}

export function readQuery(query: URLSearchParams): QueryReading {
	const values: Partial<ExploreSnapshot> = {};
	const notes: string[] = [];

	const C = readPositive(query.get('C'), BUDGET_MIN, BUDGET_MAX);
	if (C === 'invalid') {
		notes.push(
			`Ignored the budget in the link: budgets run from ${formatFlop(BUDGET_MIN)} to ${formatFlop(BUDGET_MAX)} FLOP. Showing ${formatFlop(DEFAULTS.computeBudget)} FLOP.`
		);
	} else if (C !== undefined) values.computeBudget = C;

	const law = query.get('law');
	if (law !== null) {
		if (isParametricLawId(law)) values.lawId = law as ParametricLawId;
		else notes.push('Ignored the law in the link: it is not one of the parametric fits. Showing Hoffmann et al.');
	}

	const N = readPositive(query.get('N'), ...MODEL_DOMAIN.params);
	const D = readPositive(query.get('D'), ...MODEL_DOMAIN.tokens);
	if (N === 'invalid' || D === 'invalid' || (N === undefined) !== (D === undefined)) {
		notes.push('Ignored “your model” from the link: it needs both N and D inside the chart.');
	} else if (N !== undefined && D !== undefined) values.model = { params: N, tokens: D };

	const gpu = query.get('gpu');
	if (gpu !== null) {
		if (accelerators.some((a) => a.id === gpu)) values.acceleratorId = gpu;
		else notes.push('Ignored the accelerator in the link: it is not one we list.');
	}

	const mfu = readPositive(query.get('mfu'), 0.01, 1);
	if (mfu === 'invalid') notes.push('Ignored the utilisation in the link: use a fraction from 0.01 to 1.');
	else if (mfu !== undefined) values.mfu = mfu;

	return { values, notes };
}

/** Shortest exact-enough text for a number in a URL: 5.76e23 rather than 576000000000000000000000. */
function short(x: number): string {
	return Number(x.toPrecision(4)).toExponential().replace('e+', 'e');
}

/** The query for a state: only what differs from the defaults, so the default page has a clean URL. */
export function writeQuery(state: ExploreSnapshot): URLSearchParams {
	const query = new URLSearchParams();
	if (state.computeBudget !== DEFAULTS.computeBudget) query.set('C', short(state.computeBudget));
	if (state.lawId !== DEFAULTS.lawId) query.set('law', state.lawId);
	if (state.model) {
		query.set('N', short(state.model.params));
		query.set('D', short(state.model.tokens));
	}
	if (state.acceleratorId !== DEFAULTS.acceleratorId) query.set('gpu', state.acceleratorId);
	if (state.mfu !== DEFAULTS.mfu) query.set('mfu', String(Number(state.mfu.toPrecision(3))));
	return query;
}
