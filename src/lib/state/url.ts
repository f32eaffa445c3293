// A scenario in the URL query (?C=5.76e23&law=besiroglu2024), derived from the parameter table. Pure: strings in,
// values and notes out. A named scenario's keys carry its name as a prefix (?d4.C=1e21), so a page can keep several.
// Notes never repeat what the URL said (it could be markup or "NaN"); they say what was ignored and why.
import { DEFAULTS, paramKeys, params, type Param, type ScenarioValues } from './params';

export interface QueryReading {
	/** The values the query set validly; keys it did not set are absent. */
	values: Partial<ScenarioValues>;
	/** One short note per value that was ignored, for the reader. */
	notes: string[];
}

const keyOf = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

export function readQuery(query: URLSearchParams, prefix = ''): QueryReading {
	const values: Record<string, unknown> = {};
	const notes: string[] = [];
	const get = (key: string) => query.get(keyOf(prefix, key));
	for (const key of paramKeys) {
		const value = (params[key] as Param<unknown>).read(get);
		if (value === 'invalid') notes.push(params[key].note());
		else if (value !== undefined) values[key] = value;
	}
	return { values: values as Partial<ScenarioValues>, notes };
}

/** The query for a scenario: only what differs from `base` (the defaults), so the default page has a clean URL. */
export function writeQuery(state: ScenarioValues, prefix = '', base: ScenarioValues = DEFAULTS): URLSearchParams {
	const query = new URLSearchParams();
	for (const key of paramKeys) {
		const param = params[key] as Param<unknown>;
		if (JSON.stringify(state[key]) === JSON.stringify(base[key])) continue;
		for (const [k, v] of param.write(state[key])) query.set(keyOf(prefix, k), v);
	}
	return query;
}

/**
 * `query` with a scenario written into it: the keys that scenario owns replaced by its values (only what differs from
 * `base`), every other key kept as it was (another scenario's, a course platform's own). The one way the URL, a copied
 * link and an embed snippet get a scenario's state.
 */
export function withScenario(
	query: URLSearchParams,
	state: ScenarioValues,
	prefix = '',
	base: ScenarioValues = DEFAULTS
): URLSearchParams {
	const next = new URLSearchParams(query);
	for (const key of ownedKeys(prefix)) next.delete(key);
	for (const [key, value] of writeQuery(state, prefix, base)) next.set(key, value);
	return next;
}

/** Every query key a scenario with this prefix owns, to clear before writing it afresh. */
export function ownedKeys(prefix = ''): string[] {
	return paramKeys.flatMap((key) => params[key].url.map((k) => keyOf(prefix, k)));
}
