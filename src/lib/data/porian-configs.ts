// The 15 training configurations of Porian et al.'s IsoFLOP runs (porian2024; repository
// formll/resolving-scaling-law-discrepancies, MIT), and the paper's step-by-step paths from Kaplan's setup to
// Chinchilla's. Kept apart from the 1,748 rows (porian-runs.ts) so a page can name a configuration, link the files and
// credit the authors without loading the data.

/** Who must be named wherever these runs are shown or downloaded (the repository is MIT-licensed). */
export const PORIAN_RUNS_ATTRIBUTION =
	'Data: Porian, Wortsman, Jitsev, Schmidt & Carmon, “Resolving Discrepancies in Compute-Optimal Scaling of Language Models”, arXiv:2406.19146 (NeurIPS 2024), github.com/formll/resolving-scaling-law-discrepancies — their IsoFLOP runs, converted to CSV with values unchanged. MIT licence.';

/** Where the runs and the authors' fits are served, relative to the site's base path. */
export const PORIAN_RUNS_FILE = 'data/porian-isoflop.csv';
export const PORIAN_FITS_FILE = 'data/porian-fits.json';

/** The file's configuration columns, in its order: a configuration's key joins its values in this order. */
export const PORIAN_CONFIG_COLUMNS = ['dataset', 'hparams', 'warmup', 'decay', 'param_count', 'loss_kind'] as const;

/**
 * One training configuration, one value per column of the file. `paramCount` is how N and C are counted: `kaplan`
 * (non-embedding parameters, no head FLOPs), `standard` (with the head), `attention` (also attention FLOPs). The data
 * give Kaplan's counting and attention counting as training loss and standard counting as held-out loss.
 */
export interface PorianConfig {
	/** RefinedWeb or OpenWebText2. */
	dataset: 'rw' | 'owt2';
	/** AdamW as in the base setup, or tuned per scale (β2, learning rate, batch size). */
	hparams: 'base' | 'tuned';
	/** Kaplan's long warm-up, or one scaled to the model. */
	warmup: 'long' | 'short';
	/** One long cosine schedule (Kaplan), cosine decay matched to each budget (Chinchilla), or a constant rate. */
	decay: 'kaplan' | 'chinchilla' | 'const';
	paramCount: 'kaplan' | 'standard' | 'attention';
	lossKind: 'train' | 'val';
}

/** The configuration as the file writes it: its values joined by commas in column order (`rw,base,long,…`). */
export function configKey(c: PorianConfig): string {
	return [c.dataset, c.hparams, c.warmup, c.decay, c.paramCount, c.lossKind].join(',');
}

/** The 15 configurations, in the file's order. */
export const PORIAN_CONFIG_KEYS = [
	'rw,base,long,kaplan,kaplan,train',
	'rw,base,long,kaplan,standard,val',
	'rw,base,short,kaplan,standard,val',
	'rw,base,short,chinchilla,standard,val',
	'rw,tuned,short,const,standard,val',
	'owt2,base,long,kaplan,kaplan,train',
	'owt2,base,long,kaplan,standard,val',
	'owt2,base,short,kaplan,standard,val',
	'owt2,base,short,chinchilla,standard,val',
	'owt2,tuned,short,const,standard,val',
	'rw,tuned,long,const,kaplan,train',
	'rw,base,long,kaplan,attention,train',
	'rw,base,short,kaplan,attention,train',
	'rw,base,short,chinchilla,attention,train',
	'rw,tuned,short,const,attention,train'
] as const;

export type PorianConfigKey = (typeof PORIAN_CONFIG_KEYS)[number];

export function isPorianConfigKey(key: string): key is PorianConfigKey {
	return (PORIAN_CONFIG_KEYS as readonly string[]).includes(key);
}

/** The configuration a key names; refuses a key that is not one of the 15. */
export function parseConfigKey(key: string): PorianConfig {
	if (!isPorianConfigKey(key)) {
		throw new RangeError(`unknown configuration “${key}”: expected one of ${PORIAN_CONFIG_KEYS.join(' | ')}`);
	}
	const [dataset, hparams, warmup, decay, paramCount, lossKind] = key.split(',');
	return { dataset, hparams, warmup, decay, paramCount, lossKind } as PorianConfig;
}

export const PORIAN_CONFIGS: readonly PorianConfig[] = PORIAN_CONFIG_KEYS.map(parseConfigKey);

/** The configuration with these values, if the data have one (not every combination of switches was trained). */
export function findPorianConfig(values: Partial<PorianConfig>): PorianConfig | undefined {
	const entries = Object.entries(values) as [keyof PorianConfig, string][];
	return PORIAN_CONFIGS.find((c) => entries.every(([column, value]) => c[column] === value));
}

/**
 * A step of the paper's path, each changing one thing from the step before: Kaplan's setup; counting the head's FLOPs
 * (with attention FLOPs on the attention path); a short warm-up; cosine decay matched to each budget; tuned AdamW with
 * a constant learning rate.
 */
export type PorianStep = 'kaplan' | 'count' | 'warmup' | 'decay' | 'tuned';

export const PORIAN_STEPS: readonly PorianStep[] = ['kaplan', 'count', 'warmup', 'decay', 'tuned'];

/** RefinedWeb's and OpenWebText2's paths, and RefinedWeb's with attention FLOPs counted too. */
export type PorianPathId = 'rw' | 'owt2' | 'attention';

export interface PorianPathStep {
	step: PorianStep;
	key: PorianConfigKey;
}

/**
 * The paper's step-by-step paths (its Figure 1). Counting the head also moves from training to held-out loss, as the
 * data were published; the attention path stays on training loss and starts from the same Kaplan setup.
 */
export const PORIAN_PATHS: Readonly<Record<PorianPathId, readonly PorianPathStep[]>> = {
	rw: [
		{ step: 'kaplan', key: 'rw,base,long,kaplan,kaplan,train' },
		{ step: 'count', key: 'rw,base,long,kaplan,standard,val' },
		{ step: 'warmup', key: 'rw,base,short,kaplan,standard,val' },
		{ step: 'decay', key: 'rw,base,short,chinchilla,standard,val' },
		{ step: 'tuned', key: 'rw,tuned,short,const,standard,val' }
	],
	owt2: [
		{ step: 'kaplan', key: 'owt2,base,long,kaplan,kaplan,train' },
		{ step: 'count', key: 'owt2,base,long,kaplan,standard,val' },
		{ step: 'warmup', key: 'owt2,base,short,kaplan,standard,val' },
		{ step: 'decay', key: 'owt2,base,short,chinchilla,standard,val' },
		{ step: 'tuned', key: 'owt2,tuned,short,const,standard,val' }
	],
	attention: [
		{ step: 'kaplan', key: 'rw,base,long,kaplan,kaplan,train' },
		{ step: 'count', key: 'rw,base,long,kaplan,attention,train' },
		{ step: 'warmup', key: 'rw,base,short,kaplan,attention,train' },
		{ step: 'decay', key: 'rw,base,short,chinchilla,attention,train' },
		{ step: 'tuned', key: 'rw,tuned,short,const,attention,train' }
	]
};
