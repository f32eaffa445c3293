// Reads training runs a reader pastes or uploads: CSV (comma, tab or semicolon), with or without a header, numbers
// as people write them ("70 B", "1.4e12", "1,500,000" in double quotes). Every bad row gets a message naming its line
// and the problem (a number that could be read two ways, values beyond the columns); good rows are kept. Nothing
// leaves the browser: this is a pure function of the text.
import { ui } from '$lib/i18n';
import { runFromTokens, runFromCompute, type Run } from '$lib/scaling';
import { readCount, type Reading } from './parse';

export interface RowProblem {
	/** 1-based line of the text. */
	line: number;
	message: string;
}

export interface ParsedRuns {
	runs: Run[];
	problems: RowProblem[];
}

/** The most rows a paste may hold: enough for any published sweep, few enough to fit in seconds. */
export const MAX_RUNS = 5000;

type Column = 'params' | 'tokens' | 'compute' | 'loss';

const NAMES: Record<Column, string[]> = {
	params: ['n', 'params', 'parameters', 'model size', 'model_size', 'size', 'model size n', 'parameters n'],
	tokens: ['d', 'tokens', 'training tokens', 'training_tokens', 'tokens d', 'data'],
	compute: ['c', 'compute', 'flop', 'flops', 'training flop', 'training_flop', 'compute_flop', 'compute c'],
	loss: ['l', 'loss', 'final loss', 'final_loss', 'loss l']
};

function columnOf(name: string): Column | undefined {
	const key = name
		.trim()
		.replace(/^["']|["']$/g, '')
		.toLowerCase();
	return (Object.keys(NAMES) as Column[]).find((column) => NAMES[column].includes(key));
}

/** A number, one refused for a reason (an ambiguous comma) or one out of range ("1e999"): not a header's name. */
const isNumberLike = (field: string, reading: Reading) =>
	reading.ok || reading.problem !== undefined || /^[+-]?[\d.]/.test(field);

/**
 * One line's fields: split at `separator` except inside double quotes, where a doubled quote is a quote ("1,500" is
 * one field); spaces around a field and single quotes around it dropped.
 */
function splitFields(content: string, separator: string): string[] {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < content.length; i++) {
		const c = content[i];
		if (quoted) {
			if (c !== '"') field += c;
			else if (content[i + 1] === '"') field += content[++i];
			else quoted = false;
		} else if (c === '"' && field.trim() === '') {
			quoted = true;
			field = '';
		} else if (c === separator) {
			fields.push(field);
			field = '';
		} else field += c;
	}
	fields.push(field);
	return fields.map((f) => f.trim().replace(/^'(.*)'$/, '$1'));
}

export function parseRunsCsv(text: string): ParsedRuns {
	const problems: RowProblem[] = [];
	const lines = text
		.split(/\r?\n/)
		.map((content, i) => ({ line: i + 1, content: content.trim() }))
		.filter(({ content }) => content !== '' && !content.startsWith('#'));
	if (lines.length === 0) return { runs: [], problems: [{ line: 0, message: ui.ownRuns.empty }] };
	// The separator is the first of these found outside quotes on the first line.
	const unquoted = lines[0].content.replace(/"[^"]*"/g, '');
	const separator = ['\t', ';', ','].find((s) => unquoted.includes(s)) ?? ',';
	const split = (content: string) => splitFields(content, separator);

	// A first line with a field that is not a number is a header naming the columns.
	let columns: (Column | undefined)[] = ['params', 'tokens', 'loss'];
	let body = lines;
	const first = split(lines[0].content);
	if (!first.every((field) => field === '' || isNumberLike(field, readCount(field)))) {
		columns = first.map(columnOf);
		body = lines.slice(1);
		const has = (c: Column) => columns.includes(c);
		if (!has('params') || !has('loss') || !(has('tokens') || has('compute'))) {
			return {
				runs: [],
				problems: [{ line: lines[0].line, message: ui.ownRuns.header(first.join(', ').slice(0, 80)) }]
			};
		}
	}
	if (body.length > MAX_RUNS) {
		problems.push({ line: body[MAX_RUNS].line, message: ui.ownRuns.tooMany(MAX_RUNS) });
		body = body.slice(0, MAX_RUNS);
	}

	const width = columns.length;
	const runs: Run[] = [];
	for (const { line, content } of body) {
		const fields = split(content);
		if (fields.length < width) {
			problems.push({ line, message: ui.ownRuns.fields(width, fields.length) });
			continue;
		}
		// Values past the last column are refused, not dropped: "1,500,000" unquoted splits into three of them. Empty
		// ones (a trailing separator, as spreadsheets write) are nothing.
		const extra = fields.slice(width);
		if (extra.some((f) => f !== '')) {
			const named = extra.join(separator === '\t' ? ' ' : `${separator} `).slice(0, 40);
			problems.push({ line, message: ui.ownRuns.extra(width, fields.length, named, separator === ',') });
			continue;
		}
		const values: Partial<Record<Column, number>> = {};
		let bad: string | undefined;
		columns.forEach((column, i) => {
			if (!column || bad) return;
			const field = fields[i].slice(0, 24);
			const reading = readCount(fields[i]);
			if (!reading.ok && reading.problem) {
				const { thousands, decimal } = reading.problem;
				bad = ui.ownRuns.ambiguous(field, column, String(thousands), String(decimal));
			} else if (!reading.ok || !Number.isFinite(reading.value)) bad = ui.ownRuns.notANumber(field, column);
			else if (reading.value <= 0) bad = ui.ownRuns.notPositive(column);
			else values[column] = reading.value;
		});
		if (bad) {
			problems.push({ line, message: bad });
			continue;
		}
		const { params, tokens, compute, loss } = values as Record<Column, number>;
		runs.push(tokens !== undefined ? runFromTokens(params, tokens, loss) : runFromCompute(params, compute, loss));
	}
	return { runs, problems };
}
