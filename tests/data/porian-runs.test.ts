import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	PORIAN_AUTHORS_FITS,
	PORIAN_CONFIGS,
	PORIAN_CONFIG_COLUMNS,
	PORIAN_CONFIG_KEYS,
	PORIAN_PATHS,
	PORIAN_RUNS,
	PORIAN_RUNS_ATTRIBUTION,
	PORIAN_RUNS_FILE,
	PORIAN_FITS_FILE,
	PORIAN_STEPS,
	authorsFit,
	configKey,
	findPorianConfig,
	parseConfigKey,
	porianBudgetGroups,
	type PorianPathId
} from '$lib/data/porian-runs';
import { expectRelative } from '../scaling/helpers';

const [header, ...lines] = readFileSync(`static/${PORIAN_RUNS_FILE}`, 'utf8').trimEnd().split('\n');
const rows = lines.map((line) => line.split(','));
const columns = header.split(',');
const at = (name: string) => columns.indexOf(name);

interface FileFit {
	dataset: string;
	hparams: string;
	warmup: string;
	decay: string;
	param_count: string;
	loss_kind: string;
	n_exponent: number;
	t_exponent: number;
	optimal: { flops: number; params: number | null; tokens: number | null; loss: number | null }[];
}
const fileFits: FileFit[] = JSON.parse(readFileSync(`static/${PORIAN_FITS_FILE}`, 'utf8'));

describe('Porian et al.’s IsoFLOP runs', () => {
	it('are the file’s 1,748 rows, configuration by configuration, budget by budget, in order', () => {
		expect(rows).toHaveLength(1748);
		const fromModule: string[][] = [];
		for (const key of PORIAN_CONFIG_KEYS) {
			for (const { compute, params, loss } of PORIAN_RUNS.get(key)!) {
				// The file marks a budget with no runs by one row with empty N, D and loss.
				if (params.length === 0) fromModule.push([...key.split(','), String(compute), '', '', '']);
				params.forEach((n, i) => fromModule.push([...key.split(','), String(compute), String(n), '', String(loss[i])]));
			}
		}
		expect(fromModule).toHaveLength(rows.length);
		rows.forEach((row, i) => {
			const mine = fromModule[i];
			expect(mine.slice(0, 6), `row ${i + 2}`).toEqual(row.slice(0, 6));
			expect(Number(mine[6]), `row ${i + 2}`).toBe(Number(row[at('flops')]));
			if (row[at('params')] === '') {
				expect(mine[7], `row ${i + 2}`).toBe('');
				return;
			}
			expect(Number(mine[7]), `row ${i + 2}`).toBe(Number(row[at('params')]));
			expect(Number(mine[9]), `row ${i + 2}`).toBe(Number(row[at('loss')]));
		});
	});

	it('name the file’s columns in its order, the configuration’s six first', () => {
		expect(columns).toEqual([...PORIAN_CONFIG_COLUMNS, 'flops', 'params', 'tokens', 'loss']);
	});

	it('give D = C/(6N), which the file’s tokens match to 7 significant digits', () => {
		let checked = 0;
		let r = 0;
		for (const key of PORIAN_CONFIG_KEYS) {
			for (const group of porianBudgetGroups(key)) {
				if (group.runs.length === 0) r++;
				for (const run of group.runs) {
					expectRelative(run.tokens, Number(rows[r][at('tokens')]), 6e-7);
					expect(run.compute).toBe(Number(rows[r][at('flops')]));
					r++;
					checked++;
				}
			}
		}
		expect(checked).toBe(1745);
	});

	it('hold 15 configurations, each with its runs, and exactly the file’s', () => {
		const inFile = [...new Set(rows.map((row) => row.slice(0, 6).join(',')))];
		expect(inFile).toEqual([...PORIAN_CONFIG_KEYS]);
		expect(PORIAN_CONFIGS.map(configKey)).toEqual([...PORIAN_CONFIG_KEYS]);
	});

	it('measure Kaplan’s counting and attention counting as training loss, standard counting as held-out loss', () => {
		for (const c of PORIAN_CONFIGS) expect(c.lossKind).toBe(c.paramCount === 'standard' ? 'val' : 'train');
	});

	it('span 1.25e16 to 2.56e19 FLOP in doublings; Kaplan’s counting stops at 1.28e19 (an empty budget)', () => {
		const budgets = [...new Set(rows.map((row) => Number(row[at('flops')])))].sort((a, b) => a - b);
		expect(budgets).toEqual(Array.from({ length: 12 }, (_, i) => 1.25e16 * 2 ** i));
		for (const key of PORIAN_CONFIG_KEYS) {
			const last = PORIAN_RUNS.get(key)!.at(-1)!;
			expect(last.compute).toBe(2.56e19);
			expect(last.params.length === 0).toBe(parseConfigKey(key).paramCount === 'kaplan');
		}
	});

	it('always spend C = 6·N·D, to the file’s 7 digits', () => {
		for (const row of rows.filter((row) => row[at('params')] !== '')) {
			const [C, N, D] = ['flops', 'params', 'tokens'].map((name) => Number(row[at(name)]));
			expectRelative(6 * N * D, C, 1e-6);
		}
	});

	it('carry an attribution naming the authors, the paper, its arXiv id, the repository and the licence', () => {
		for (const part of ['Porian', 'Carmon', 'Resolving Discrepancies', 'arXiv:2406.19146', 'formll/resolving', 'MIT']) {
			expect(PORIAN_RUNS_ATTRIBUTION).toContain(part);
		}
	});
});

describe('the configurations', () => {
	it('round-trip through their key, and an unknown key is refused by name', () => {
		for (const key of PORIAN_CONFIG_KEYS) expect(configKey(parseConfigKey(key))).toBe(key);
		expect(() => parseConfigKey('rw,base,long,kaplan,kaplan,val')).toThrow(/rw,base,long,kaplan,kaplan,val/);
	});

	it('are found by their switches, and a combination never trained finds none', () => {
		expect(configKey(findPorianConfig({ dataset: 'owt2', paramCount: 'kaplan' })!)).toBe(
			'owt2,base,long,kaplan,kaplan,train'
		);
		expect(findPorianConfig({ dataset: 'owt2', paramCount: 'attention' })).toBeUndefined();
		expect(findPorianConfig({ paramCount: 'kaplan', warmup: 'short' })).toBeUndefined();
	});

	it.each(Object.entries(PORIAN_PATHS) as [PorianPathId, (typeof PORIAN_PATHS)[PorianPathId]][])(
		'the %s path takes the five steps in order, each changing one switch (counting with its loss kind)',
		(_, path) => {
			expect(path.map((s) => s.step)).toEqual(PORIAN_STEPS);
			const changed = path.slice(1).map(({ key }, i) => {
				const [before, after] = [parseConfigKey(path[i].key), parseConfigKey(key)];
				return (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
			});
			expect(changed[0]).toContain('paramCount');
			expect(changed.slice(1)).toEqual([['warmup'], ['decay'], ['hparams', 'decay']]);
		}
	);
});

describe('the authors’ fits', () => {
	it('are porian-fits.json’s, configuration by configuration, budget by budget', () => {
		expect(fileFits).toHaveLength(15);
		fileFits.forEach((f) => {
			const key = [f.dataset, f.hparams, f.warmup, f.decay, f.param_count, f.loss_kind].join(',');
			const mine = authorsFit(key);
			expect(mine.nExponent).toBe(f.n_exponent);
			expect(mine.tExponent).toBe(f.t_exponent);
			expect(mine.budgets.map((b) => b.compute)).toEqual(f.optimal.map((o) => o.flops));
			f.optimal.forEach((o, i) => {
				const optimum = mine.budgets[i].optimum;
				if (o.params === null) expect(optimum).toBeUndefined();
				else expect(optimum).toEqual({ params: o.params, tokens: o.tokens, loss: o.loss });
			});
		});
		expect([...PORIAN_AUTHORS_FITS.keys()]).toEqual([...PORIAN_CONFIG_KEYS]);
	});

	it('are least squares through their own optima, as their code fits them', () => {
		for (const key of PORIAN_CONFIG_KEYS) {
			const { nExponent, budgets } = authorsFit(key);
			const points = budgets.filter((b) => b.optimum).map((b) => [Math.log(b.compute), Math.log(b.optimum!.params)]);
			const [mx, my] = [0, 1].map((j) => points.reduce((s, p) => s + p[j], 0) / points.length);
			const slope =
				points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
			expect(slope, key).toBeCloseTo(nExponent, 4);
		}
	});

	// The README's published path (three decimals) against the file's exponents.
	it.each([
		['rw', [0.834, 0.701, 0.604, 0.571, 0.497]],
		['owt2', [0.87, 0.7, 0.602, 0.569, 0.518]],
		['attention', [0.834, 0.716, 0.624, 0.578, 0.504]]
	] as [PorianPathId, number[]][])('read %s: %j along the path', (path, published) => {
		const exponents = PORIAN_PATHS[path].map((s) => authorsFit(s.key).nExponent);
		exponents.forEach((a, i) => expect(Math.abs(a - published[i])).toBeLessThanOrEqual(0.0005 + 1e-9));
	});

	it('find no optimum only at the smallest budgets of the long warm-up with the head counted', () => {
		const missing = PORIAN_CONFIG_KEYS.flatMap((key) =>
			authorsFit(key)
				.budgets.filter((b) => !b.optimum)
				.map((b) => `${key}@${b.compute}`)
		);
		expect(missing).toEqual([
			'rw,base,long,kaplan,standard,val@12500000000000000',
			'owt2,base,long,kaplan,standard,val@12500000000000000',
			'rw,base,long,kaplan,attention,train@12500000000000000',
			'rw,base,long,kaplan,attention,train@25000000000000000'
		]);
	});
});
