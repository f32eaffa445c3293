import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '$lib/state/params';
import { ownedKeys, readQuery, writeQuery } from '$lib/state/url';

const read = (q: string) => readQuery(new URLSearchParams(q));

describe('readQuery', () => {
	it('reads a budget and a law', () => {
		const { values, notes } = read('C=1e21&law=besiroglu2024');
		expect(values).toEqual({ computeBudget: 1e21, lawId: 'besiroglu2024' });
		expect(notes).toEqual([]);
	});

	it('reads a model point, gpu and mfu', () => {
		expect(read('N=7e10&D=1.4e12&gpu=h100&mfu=0.5').values).toEqual({
			model: { params: 7e10, tokens: 1.4e12 },
			acceleratorId: 'h100',
			mfu: 0.5
		});
	});

	it.each([
		['C=1e+26', 1e26],
		['C=1e%2B26', 1e26],
		['C=5.76e+23', 5.76e23],
		['C=+3e21', 3e21]
	])('reads %s, where a typed "+" arrives as a space, as %d', (q, C) => {
		expect(read(q)).toEqual({ values: { computeBudget: C }, notes: [] });
	});

	it('reads a custom law, which carries its constants, and writes it back unchanged', () => {
		const law = 'custom:1.8172,482.01,2085.4,0.3478,0.4';
		expect(read(`law=${encodeURIComponent(law)}`)).toEqual({ values: { lawId: law }, notes: [] });
		expect(writeQuery({ ...DEFAULTS, lawId: law }).get('law')).toBe(law);
	});

	it('reads a cluster for the budget-from-hardware input', () => {
		expect(read('gpus=512&days=30').values).toEqual({ acceleratorCount: 512, trainingDays: 30 });
	});

	it('reads the planner’s data and demand, unlimited included', () => {
		expect(read('unique=3e11&epochs=1&serve=1e15').values).toEqual({
			uniqueTokens: 3e11,
			maxEpochs: 1,
			inferenceTokens: 1e15
		});
		expect(read('unique=unlimited&epochs=unlimited').values).toEqual({ uniqueTokens: Infinity, maxEpochs: Infinity });
	});

	it('leaves an empty query at nothing set', () => {
		expect(read('')).toEqual({ values: {}, notes: [] });
	});

	it.each([
		'C=abc',
		'C=-1e20',
		'C=0',
		'C=1e999',
		'C=1e300',
		'C=NaN',
		'C=Infinity',
		'law=__proto__',
		'law=constructor',
		'law=kaplan2020',
		'law=<script>alert(1)</script>',
		'law=custom:1.8,482,2085,0.35,9',
		'law=custom:1.8,482,2085,0.35',
		'law=custom:1.8,482,2085,0.35,<b>x</b>',
		'N=1e9',
		'N=abc&D=1e9',
		'gpu=tpu',
		'mfu=2',
		'mfu=0',
		'gpus=0',
		'gpus=1e9',
		'days=-3',
		'days=abc',
		'unique=0',
		'unique=1e20',
		'unique=Infinity',
		'epochs=0.9',
		'epochs=1000',
		'epochs=NaN',
		'serve=-1',
		'serve=1e21',
		'serve=unlimited'
	])('ignores %s with a note and sets nothing', (q) => {
		const { values, notes } = read(q);
		expect(values).toEqual({});
		expect(notes.length).toBe(1);
		expect(notes[0]).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('never repeats what the URL said', () => {
		const { notes } = read('C=<img src=x onerror=alert(1)>&law=<b>x</b>');
		expect(notes.join(' ')).not.toMatch(/<|onerror|alert/);
	});
});

describe('writeQuery', () => {
	it('writes nothing for the default state', () => {
		expect(writeQuery(DEFAULTS).toString()).toBe('');
	});

	it('round-trips through readQuery', () => {
		const state = {
			...DEFAULTS,
			computeBudget: 3.2e21,
			lawId: 'hoffmann2022-unrounded' as const,
			model: { params: 7e10, tokens: 1.4e12 },
			acceleratorId: 'h100',
			mfu: 0.55,
			uniqueTokens: 3e11,
			maxEpochs: Infinity,
			inferenceTokens: 1e15
		};
		const { values, notes } = readQuery(writeQuery(state));
		expect(notes).toEqual([]);
		expect({ ...DEFAULTS, ...values }).toEqual(state);
	});
});

describe('named scenarios', () => {
	it('read and write their own prefixed keys, leaving the reader’s alone', () => {
		const query = new URLSearchParams('C=1e21&d4.C=3e21&d4.law=besiroglu2024');
		expect(readQuery(query).values).toEqual({ computeBudget: 1e21 });
		expect(readQuery(query, 'd4').values).toEqual({ computeBudget: 3e21, lawId: 'besiroglu2024' });
		expect(writeQuery({ ...DEFAULTS, computeBudget: 3e21 }, 'd4').toString()).toBe('d4.C=3e21');
	});

	it('write "unlimited" when the reader lifts a limit the chapter pinned', () => {
		const base = { ...DEFAULTS, uniqueTokens: 3e11 };
		expect(writeQuery({ ...base, uniqueTokens: Infinity }, 'plan', base).toString()).toBe('plan.unique=unlimited');
	});

	it('record only what differs from the values they started from', () => {
		const base = { ...DEFAULTS, computeBudget: 1e21 };
		expect(writeQuery(base, 'd4', base).toString()).toBe('');
		expect(writeQuery({ ...base, computeBudget: 1e22 }, 'd4', base).toString()).toBe('d4.C=1e22');
	});

	it('own every key a scenario can write', () => {
		expect(ownedKeys()).toEqual(['C', 'law', 'N', 'D', 'gpu', 'gpus', 'days', 'mfu', 'unique', 'epochs', 'serve']);
		expect(ownedKeys('x')).toContain('x.N');
	});
});
