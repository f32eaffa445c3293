import { describe, expect, it } from 'vitest';
import { MAX_RUNS, parseRunsCsv } from '$lib/format/runs-csv';
import { expectRelative } from '../scaling/helpers';

describe('parseRunsCsv', () => {
	it('reads headerless N, D, loss rows, numbers as people write them', () => {
		const { runs, problems } = parseRunsCsv('400e6, 8e9, 2.95\n70 B, 1.4 T, 1.94\n');
		expect(problems).toEqual([]);
		expect(runs).toHaveLength(2);
		expect(runs[1].params).toBe(70e9);
		expect(runs[1].tokens).toBe(1.4e12);
		expectRelative(runs[1].compute, 6 * 70e9 * 1.4e12, 1e-12);
	});

	it('reads Epoch’s own file by its header, taking C and deriving D = C/(6N)', () => {
		const text = [
			'x,y,color,Model Size,Training FLOP,hex_color,loss',
			'154.0,140.6,#faebdd,6795600349.29,9.99e+18,#faebdd,5.0055'
		].join('\n');
		const { runs, problems } = parseRunsCsv(text);
		expect(problems).toEqual([]);
		expectRelative(runs[0].tokens, 9.99e18 / (6 * 6795600349.29), 1e-12);
		expect(runs[0].loss).toBe(5.0055);
	});

	it('takes tabs or semicolons, skips blank lines and # comments', () => {
		const { runs } = parseRunsCsv('# my sweep\nparams\ttokens\tloss\n\n1e9\t2e10\t2.5\n');
		expect(runs).toHaveLength(1);
		expect(parseRunsCsv('N;C;L\n1e9;1.2e20;2.5').runs[0].tokens).toBeCloseTo(2e10, -3);
	});

	it.each([
		['1e9, 2e10', /Line 1|expected 3 values, found 2/],
		['1e9, lots, 2.5', /“lots” in the tokens column is not a number/],
		['1e9, 2e10, -2.5', /the loss must be greater than zero/],
		['1e9, 2e10, 0', /the loss must be greater than zero/]
	])('names the line and the problem of a bad row: %s', (row, message) => {
		const { runs, problems } = parseRunsCsv(`1e9, 2e10, 2.5\n${row}\n2e9, 4e10, 2.4`);
		expect(runs).toHaveLength(2);
		expect(problems).toHaveLength(1);
		expect(problems[0].line).toBe(2);
		expect(problems[0].message).toMatch(message);
	});

	it('explains a header without the columns it needs, and reads nothing', () => {
		const { runs, problems } = parseRunsCsv('size, accuracy\n1e9, 0.5');
		expect(runs).toEqual([]);
		expect(problems[0].message).toMatch(/parameters column.*loss column/);
	});

	it('says so when there is nothing to read', () => {
		expect(parseRunsCsv('  \n# only a comment\n').problems[0].message).toMatch(/no rows/);
	});

	it(`reads at most ${MAX_RUNS} rows, and says it stopped`, () => {
		const text = Array.from({ length: MAX_RUNS + 3 }, () => '1e9, 2e10, 2.5').join('\n');
		const { runs, problems } = parseRunsCsv(text);
		expect(runs).toHaveLength(MAX_RUNS);
		expect(problems[0].message).toMatch(/first 5,000/);
	});

	it('never yields a non-finite run', () => {
		const { runs } = parseRunsCsv('1e999, 2e10, 2.5\nNaN, 1, 1\nInfinity, 1, 1\n1e9, 2e10, 2.5');
		expect(runs).toHaveLength(1);
		for (const r of runs) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
	});
});
