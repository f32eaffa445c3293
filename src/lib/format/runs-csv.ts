// Reads training runs a reader pastes or uploads: CSV (comma, tab or semicolon), with or without a header, numbers
// as people write them ("70 B", "1.4e12"). Every bad row gets a message naming its line and the problem; good rows
// are kept. Nothing leaves the browser: this is a pure function of the text.
import { ui } from '$lib/i18n';
import { runFromTokens, runFromCompute, type Run } from '$lib/scaling';
import { parseCount } from './parse';

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

const isNumberLike = (field: string) => parseCount(field.trim().replace(/^["']|["']$/g, '')) !== undefined;

export function parseRunsCsv(text: string): ParsedRuns {
	const problems: RowProblem[] = [];
	const lines = text
		.split(/\r?\n/)
		.map((content, i) => ({ line: i + 1, content: content.trim() }))
		.filter(({ content }) => content !== '' && !content.startsWith('#'));
	if (lines.length === 0) return { runs: [], problems: [{ line: 0, message: ui.ownRuns.empty }] };
	const separator = ['\t', ';', ','].find((s) => lines[0].content.includes(s)) ?? ',';
	const split = (content: string) => content.split(separator).map((f) => f.trim().replace(/^["']|["']$/g, ''));

	// A first line with a field that is not a number is a header naming the columns.
	let columns: (Column | undefined)[] = ['params', 'tokens', 'loss'];
	let body = lines;
	const first = split(lines[0].content);
	if (!first.every(isNumberLike)) {
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
		const values: Partial<Record<Column, number>> = {};
		let bad: string | undefined;
		columns.forEach((column, i) => {
			if (!column || bad) return;
			const value = parseCount(fields[i]);
			if (value === undefined || !Number.isFinite(value)) bad = ui.ownRuns.notANumber(fields[i].slice(0, 24), column);
			else if (value <= 0) bad = ui.ownRuns.notPositive(column);
			else values[column] = value;
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
