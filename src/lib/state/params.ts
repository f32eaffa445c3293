// The one definition of every parameter a scenario holds: its URL key(s), default, range, how it is read from text and
// written back, and what a reader is told when a link or an input gives a bad value. The scenario's type, its
// defaults, the URL query and every input's validation derive from this table.
import { fmt, lawName, ui } from '$lib/i18n';
import { parseNumber } from '$lib/format/parse';
import {
	accelerators,
	DEFAULT_MAX_EPOCHS,
	DEFAULT_MFU,
	GOPHER_BUDGET,
	isParametricLawId,
	type ParametricLawId
} from '$lib/scaling';

/** A model the reader places on the N–D plane. */
export interface ModelPoint {
	params: number;
	tokens: number;
}

/** Reads one raw query value; null when the key is absent. */
export type QueryGetter = (key: string) => string | null;

export interface Param<T> {
	/** The query keys this parameter owns (a model point owns two). */
	url: readonly string[];
	fallback: T;
	/** The value a control or the URL offers, checked: the value to keep, or undefined to refuse it. */
	accept(value: unknown): T | undefined;
	/** From the URL: undefined when absent, 'invalid' when present but unusable. */
	read(get: QueryGetter): T | 'invalid' | undefined;
	/** To the URL: the key/value pairs, short and exact enough to round-trip. */
	write(value: T): [string, string][];
	/** What the reader is told when the URL's value was ignored (never repeats the value). */
	note(): string;
}

/** A `+` in a query means a space, so `?C=1e+26` typed by hand arrives as "1e 26": read that space as the plus. */
export function restorePlus(raw: string): string {
	return raw.trim().replace(/(\d)e (\d)/gi, '$1e+$2');
}

/** Shortest exact-enough text for a number in a URL: 5.76e23 rather than 576000000000000000000000. */
export function shortNumber(x: number): string {
	return Number(x.toPrecision(4)).toExponential().replace('e+', 'e');
}

const inRange = (value: unknown, [min, max]: readonly [number, number]): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

function readNumber(raw: string | null, range: readonly [number, number]): number | 'invalid' | undefined {
	if (raw === null) return undefined;
	const value = parseNumber(restorePlus(raw));
	return inRange(value, range) ? value : 'invalid';
}

/** A number in [min, max], written in exponent form. */
function numberParam(
	key: string,
	fallback: number,
	range: readonly [number, number],
	note: () => string
): Param<number> {
	return {
		url: [key],
		fallback,
		accept: (value) => (inRange(value, range) ? value : undefined),
		read: (get) => readNumber(get(key), range),
		write: (value) => [[key, shortNumber(value)]],
		note
	};
}

/** One of a fixed list of ids. Object.hasOwn-style checks keep `__proto__` and friends out. */
function choiceParam<T extends string>(
	key: string,
	fallback: T,
	isChoice: (value: unknown) => value is T,
	note: () => string
): Param<T> {
	return {
		url: [key],
		fallback,
		accept: (value) => (isChoice(value) ? value : undefined),
		read: (get) => {
			const raw = get(key);
			if (raw === null) return undefined;
			return isChoice(raw) ? raw : 'invalid';
		},
		write: (value) => [[key, value]],
		note
	};
}

/** The compute slider's range: 10¹⁷ to 10²⁸ FLOP. */
export const BUDGET_RANGE = [1e17, 1e28] as const;
/** Where "your model" may sit: the axes of the iso-loss map. */
export const MODEL_DOMAIN = { params: [1e7, 1e14], tokens: [1e8, 1e16] } as const;
/** Model FLOP utilisation, as a fraction of the accelerator's peak. */
export const MFU_RANGE = [0.01, 1] as const;
/** A cluster for the budget-from-hardware input: 1 to 10 million accelerators, an hour to ten years. */
export const ACCELERATOR_COUNT_RANGE = [1, 1e7] as const;
export const TRAINING_DAYS_RANGE = [1 / 24, 3650] as const;
/** The planner's data: unique tokens from 100 M to 10¹⁵ (or unlimited), 1 to 100 epochs (or no limit). */
export const UNIQUE_TOKENS_RANGE = [1e8, 1e15] as const;
export const MAX_EPOCHS_RANGE = [1, 100] as const;
/** Tokens served over a model's life: none up to 10²⁰. */
export const INFERENCE_TOKENS_RANGE = [0, 1e20] as const;
/** How a link says "no limit" for unique tokens or epochs (the scenario holds Infinity). */
export const UNLIMITED = 'unlimited';

/**
 * A number in [min, max] or Infinity ("no limit"), written in a link as `unlimited`. `write` shortens finite values.
 */
function limitParam(
	key: string,
	fallback: number,
	range: readonly [number, number],
	write: (value: number) => string,
	note: () => string
): Param<number> {
	const accept = (value: unknown) => (value === Infinity || inRange(value, range) ? (value as number) : undefined);
	return {
		url: [key],
		fallback,
		accept,
		read: (get) => {
			const raw = get(key);
			if (raw === null) return undefined;
			return raw.trim().toLowerCase() === UNLIMITED ? Infinity : readNumber(raw, range);
		},
		write: (value) => [[key, value === Infinity ? UNLIMITED : write(value)]],
		note
	};
}

const isAccelerator = (value: unknown): value is string =>
	typeof value === 'string' && accelerators.some((a) => a.id === value);

const modelParam: Param<ModelPoint | null> = {
	url: ['N', 'D'],
	fallback: null,
	accept: (value) => {
		if (value === null) return null;
		const point = value as Partial<ModelPoint>;
		if (typeof value !== 'object' || !inRange(point.params, MODEL_DOMAIN.params)) return undefined;
		return inRange(point.tokens, MODEL_DOMAIN.tokens) ? { params: point.params, tokens: point.tokens } : undefined;
	},
	read: (get) => {
		const N = readNumber(get('N'), MODEL_DOMAIN.params);
		const D = readNumber(get('D'), MODEL_DOMAIN.tokens);
		if (N === undefined && D === undefined) return undefined;
		if (typeof N !== 'number' || typeof D !== 'number') return 'invalid';
		return { params: N, tokens: D };
	},
	write: (value) =>
		value
			? [
					['N', shortNumber(value.params)],
					['D', shortNumber(value.tokens)]
				]
			: [],
	note: () => ui.params.model
};

/**
 * The fit every figure starts on: Epoch's refit (besiroglu2024), the one that agrees with the paper's own Approaches
 * 1 and 2. The printed Approach-3 constants, which the essay shows to be the least trustworthy fit, are pinned where a
 * chapter discusses them.
 */
export const DEFAULT_LAW: ParametricLawId = 'besiroglu2024';

/** The table. Order is the order of the URL query. */
export const params = {
	computeBudget: numberParam('C', GOPHER_BUDGET, BUDGET_RANGE, () =>
		ui.params.computeBudget(
			fmt.formatFlop(BUDGET_RANGE[0]),
			fmt.formatFlop(BUDGET_RANGE[1]),
			fmt.formatFlop(GOPHER_BUDGET)
		)
	),
	lawId: choiceParam<ParametricLawId>('law', DEFAULT_LAW, isParametricLawId, () =>
		ui.params.lawId(lawName(DEFAULT_LAW).label)
	),
	model: modelParam,
	acceleratorId: choiceParam('gpu', accelerators[0].id, isAccelerator, () => ui.params.acceleratorId),
	// Counts and days read as people write them in a link: gpus=512&days=30, not 5.12e2.
	acceleratorCount: {
		...numberParam('gpus', 1024, ACCELERATOR_COUNT_RANGE, () => ui.params.acceleratorCount),
		write: (value: number): [string, string][] => [['gpus', String(Math.round(value))]]
	},
	trainingDays: {
		...numberParam('days', 30, TRAINING_DAYS_RANGE, () => ui.params.trainingDays),
		write: (value: number): [string, string][] => [['days', String(Number(value.toPrecision(4)))]]
	},
	mfu: {
		...numberParam('mfu', DEFAULT_MFU, MFU_RANGE, () => ui.params.mfu),
		write: (value: number) => [['mfu', String(Number(value.toPrecision(3)))]]
	} satisfies Param<number>,
	// The planner's data and demand (issue 26): unlimited data, Muennighoff et al.'s four epochs, nothing to serve.
	uniqueTokens: limitParam('unique', Infinity, UNIQUE_TOKENS_RANGE, shortNumber, () =>
		ui.params.uniqueTokens(fmt.formatCount(UNIQUE_TOKENS_RANGE[0]), fmt.formatCount(UNIQUE_TOKENS_RANGE[1]))
	),
	maxEpochs: limitParam(
		'epochs',
		DEFAULT_MAX_EPOCHS,
		MAX_EPOCHS_RANGE,
		(value) => String(Number(value.toPrecision(4))),
		() => ui.params.maxEpochs(fmt.significant(MAX_EPOCHS_RANGE[1]), fmt.significant(DEFAULT_MAX_EPOCHS))
	),
	inferenceTokens: {
		...numberParam('serve', 0, INFERENCE_TOKENS_RANGE, () =>
			ui.params.inferenceTokens(fmt.formatCount(INFERENCE_TOKENS_RANGE[1]))
		),
		write: (value: number): [string, string][] => [['serve', value === 0 ? '0' : shortNumber(value)]]
	} satisfies Param<number>
};

export type ParamKey = keyof typeof params;
type ValueOf<P> = P extends Param<infer T> ? T : never;

/** Everything a scenario holds: the budget, the fit, the reader's model, the cluster, and the planner's data and demand. */
export type ScenarioValues = { [K in ParamKey]: ValueOf<(typeof params)[K]> };

export const paramKeys = Object.keys(params) as ParamKey[];

/** The prerendered state: the Gopher/Chinchilla budget. */
export const DEFAULTS: ScenarioValues = Object.fromEntries(
	paramKeys.map((k) => [k, params[k].fallback])
) as ScenarioValues;

/** Checks a value for one parameter: the value to keep, or undefined. */
export function acceptParam<K extends ParamKey>(key: K, value: unknown): ScenarioValues[K] | undefined {
	return (params[key] as Param<ScenarioValues[K]>).accept(value);
}

/** Checks a partial set of values (a chapter's pinned scenario, say), keeping only the valid ones. */
export function acceptValues(values: Record<string, unknown> | undefined): Partial<ScenarioValues> {
	const kept: Record<string, unknown> = {};
	for (const key of paramKeys) {
		if (values && Object.hasOwn(values, key)) {
			const value = acceptParam(key, values[key]);
			if (value !== undefined) kept[key] = value;
		}
	}
	return kept as Partial<ScenarioValues>;
}
