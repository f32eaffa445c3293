import { describe, expect, it } from 'vitest';
import { MAX_RUNS, parseRunsCsv } from '$lib/format/runs-csv';
import { expectRelative } from '../scaling/helpers';
import { zh } from '$lib/i18n/zh';

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

	const U = '\u202F';
	it.each([
		// Thousands separators inside double quotes are read right.
		['"1,500,000,000", "20,000,000,000", 2.5', 1.5e9, 2e10, 2.5],
		['"1,500,000,000","20,000,000,000","2.5"', 1.5e9, 2e10, 2.5],
		['1 500 000 000, 2e10, 2.5', 1.5e9, 2e10, 2.5],
		[`1${U}500${U}000${U}000, 2e10, 2.5`, 1.5e9, 2e10, 2.5],
		['"1,5 B", 20 B, 2.5', 1.5e9, 2e10, 2.5],
		// A semicolon file with decimal commas, as European spreadsheets write it.
		['1,5e9; 2e10; 2,5', 1.5e9, 2e10, 2.5],
		['"1.5 B"; "20 B"; "2,5"', 1.5e9, 2e10, 2.5],
		['15 亿, 200 亿, 2.5', 1.5e9, 2e10, 2.5],
		['"1,500 亿", 3 万亿, 2.5', 1.5e11, 3e12, 2.5],
		// A trailing separator is nothing extra.
		['1.5e9, 2e10, 2.5,', 1.5e9, 2e10, 2.5],
		['1.5e9\t2e10\t2.5\t', 1.5e9, 2e10, 2.5]
	])('reads the row %j right', (row, params, tokens, loss) => {
		const { runs, problems } = parseRunsCsv(row);
		expect(problems).toEqual([]);
		expect(runs).toHaveLength(1);
		expectRelative(runs[0].params, params, 1e-12);
		expectRelative(runs[0].tokens, tokens, 1e-12);
		expectRelative(runs[0].loss, loss, 1e-12);
	});

	it.each([
		[
			'1e9, 2e10, 2.5',
			'"1,500", 2e10, 2.5',
			/in the params column, the comma in “1,500” could group thousands \(1500\) or mark a decimal \(1\.5\)/
		],
		['1e9, 2e10, 2.5', '1e9, "2,000", 2.5', /in the tokens column/],
		['1e9; 2e10; 2.5', '1e9; 2e10; 2,500', /in the loss column, the comma in “2,500”/]
	])('refuses an ambiguous number in %j, naming the column and both readings', (good, row, message) => {
		const { runs, problems } = parseRunsCsv(`${good}\n${row}`);
		expect(runs).toHaveLength(1);
		expect(problems).toHaveLength(1);
		expect(problems[0].line).toBe(2);
		expect(problems[0].message).toMatch(message);
	});

	it.each([
		['1e9, 2e10, 2.5', '1e9, 2e10, 2.5, 7', '“7”', true],
		['1e9, 2e10, 2.5', '1e9, 2e10, 2.5, 7, 8', '“7, 8”', true],
		// Unquoted thousands split into extra fields: the row is refused, not read as 1, 500 and 0.
		['1e9, 2e10, 2.5', '1,500,000, 2e10, 2.5', '“2e10, 2.5”', true],
		['1e9\t2e10\t2.5', '1e9\t2e10\t2.5\tx', '“x”', false]
	])('after %j, names the extra values of %j and refuses the row', (good, row, extra, commaHint) => {
		const { runs, problems } = parseRunsCsv(`${good}\n${row}`);
		expect(runs).toHaveLength(1);
		expect(problems).toHaveLength(1);
		expect(problems[0].line).toBe(2);
		expect(problems[0].message).toContain('expected 3 values, found');
		expect(problems[0].message).toContain(`extra: ${extra}`);
		expect(problems[0].message.includes('double quotes')).toBe(commaHint);
	});

	it('names extra values beyond a header’s columns too', () => {
		const { runs, problems } = parseRunsCsv('N, D, loss, note\n1e9, 2e10, 2.5, first\n1e9, 2e10, 2.4, second, oops');
		expect(runs).toHaveLength(1);
		expect(problems).toEqual([{ line: 3, message: expect.stringContaining('extra: “oops”') }]);
	});

	it('finds the separator outside quotes, and reads a doubled quote inside them as a quote', () => {
		const { runs, problems } = parseRunsCsv('"1,000,000,000";"2e10";"2,5"\n"2e9";"4e10";"2,4"');
		expect(problems).toEqual([]);
		expect(runs.map((r) => r.loss)).toEqual([2.5, 2.4]);
		expect(parseRunsCsv('1e9, 2e10, 2.5\n"1e9 ""N""", 2e10, 2.5').problems[0].message).toMatch(/“1e9 "N"”/);
	});

	it('has its new messages in both editions', () => {
		expect(zh.ownRuns.extra(3, 4, '7', true)).toMatch(/应有 3 个值，实际有 4 个；多出的是“7”。.*双引号/);
		expect(zh.ownRuns.ambiguous('1,500', 'params', '1500', '1.5')).toMatch(/params 列中“1,500”.*1500.*1\.5/);
	});
});
