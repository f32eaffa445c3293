// The figure's switches: the four corrections in the paper's order, the dataset and attention counting. Only some
// combinations were trained (the paper's paths, one correction at a time, and on RefinedWeb tuning alone), so a flip
// that asks for one nobody trained lands on the trained combination nearest to it that keeps the flip.
import {
	PORIAN_CONFIGS,
	PORIAN_PATHS,
	configKey,
	type PorianConfig,
	type PorianPathId
} from '$lib/data/porian-configs';

/** The corrections in the paper's order: count the head's FLOPs, a short warm-up, decay matched to the budget, tuned AdamW. */
export const CORRECTIONS = ['head', 'warmup', 'decay', 'tuned'] as const;
export type Correction = (typeof CORRECTIONS)[number];

export interface Switches {
	dataset: PorianConfig['dataset'];
	head: boolean;
	warmup: boolean;
	decay: boolean;
	/** Tuned AdamW (β2, learning rate, batch) with a constant learning rate in place of any decay. */
	tuned: boolean;
	/** Count attention FLOPs too (RefinedWeb, with the head counted). */
	attention: boolean;
}

/** The path a configuration is read along: its dataset's, or RefinedWeb's attention-counting path. */
export function pathOf(config: PorianConfig): PorianPathId {
	if (config.paramCount === 'attention') return 'attention';
	return config.dataset;
}

/**
 * The switches that name a configuration. On a path, the first `step` corrections are on (the last step's constant
 * rate replaces the matched decay, which stays on as passed); off the paths, each switch reads its own column.
 */
export function switchesOf(config: PorianConfig): Switches {
	const key = configKey(config);
	const step = PORIAN_PATHS[pathOf(config)].findIndex((s) => s.key === key);
	const [head, warmup, decay, tuned] =
		step >= 0
			? CORRECTIONS.map((_, i) => i < step)
			: [
					config.paramCount !== 'kaplan',
					config.warmup === 'short',
					config.decay === 'chinchilla',
					config.hparams === 'tuned'
				];
	return { dataset: config.dataset, head, warmup, decay, tuned, attention: config.paramCount === 'attention' };
}

const TRAINED = PORIAN_CONFIGS.map((config) => ({ config, switches: switchesOf(config) }));

const TOGGLES = [...CORRECTIONS, 'attention'] as const;

/** The trained configuration these switches name, if any. */
export function configOfSwitches(switches: Switches): PorianConfig | undefined {
	return TRAINED.find(({ switches: s }) => s.dataset === switches.dataset && TOGGLES.every((t) => s[t] === switches[t]))
		?.config;
}

/** What turning a correction off costs when the reader turned one on (and the reverse): more than any step along. */
const AGAINST_THE_FLIP = 2.5;
/** Leaving the reader's dataset costs more than any combination of switches. */
const OTHER_DATASET = 10;

/**
 * The switches after the reader changes some of them (`change`): as asked when that combination was trained, else
 * the trained one that keeps every changed value and is nearest to what was asked — each other switch that differs
 * costs 1, or more when it goes against the flip (ticking a correction prefers ticking those it builds on to unticking
 * others; unticking prefers unticking those built on it), and the file's order breaks ties (the paths first).
 */
export function flipSwitches(current: Switches, change: Partial<Switches>): Switches {
	const asked: Switches = { ...current, ...change };
	const exact = configOfSwitches(asked);
	if (exact) return switchesOf(exact);
	const values = Object.values(change);
	const on = values.includes(true);
	const off = values.includes(false);
	let best = TRAINED[0].switches;
	let lowest = Infinity;
	for (const { switches } of TRAINED) {
		if ((Object.keys(change) as (keyof Switches)[]).some((k) => switches[k] !== asked[k])) continue;
		let cost = switches.dataset === asked.dataset ? 0 : OTHER_DATASET;
		for (const c of CORRECTIONS) {
			if (switches[c] === asked[c]) continue;
			cost += (on && !switches[c]) || (off && switches[c]) ? AGAINST_THE_FLIP : 1;
		}
		if (switches.attention !== asked.attention) cost += 1;
		if (cost < lowest) [best, lowest] = [switches, cost];
	}
	if (lowest === Infinity) throw new RangeError(`no trained configuration has ${JSON.stringify(change)}`);
	return best;
}

/** Whether the data hold any configuration with this value (attention counting exists on RefinedWeb only). */
export function canSet(current: Switches, change: Partial<Switches>): boolean {
	const asked = { ...current, ...change };
	return TRAINED.some(
		({ switches }) =>
			switches.dataset === asked.dataset &&
			(Object.keys(change) as (keyof Switches)[]).every((k) => switches[k] === asked[k])
	);
}
