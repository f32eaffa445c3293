// Numbers every labelled equation and figure of the essay, reading the chapters in order, so any chapter can refer to
// any other's: equation k of chapter n is (n.k), figure k of chapter n is "Figure n.k".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = /^(\d{2})-([a-z0-9-]+)\.md$/;

/**
 * @typedef {{ kind: 'eq' | 'fig', number: string, slug: string }} Label
 * @param {string} dir the content folder
 * @returns {Map<string, Label>} keyed "eq:name" / "fig:name"
 */
export function scanLabels(dir) {
	const files = readdirSync(dir)
		.filter((f) => FILE.test(f))
		.sort();
	return labelsOf(files.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

/**
 * The labels of chapters given as [file name, markdown] pairs, read in file-name order.
 * @param {[string, string][]} chapters
 * @returns {Map<string, Label>}
 */
export function labelsOf(chapters) {
	/** @type {Map<string, Label>} */
	const labels = new Map();
	const sorted = chapters
		.map(([path, text]) => /** @type {[string, string]} */ ([path.split('/').pop() ?? path, text]))
		.filter(([file]) => FILE.test(file))
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	for (const [file, text] of sorted) {
		const [, nn, slug] = /** @type {RegExpExecArray} */ (FILE.exec(file));
		const chapter = Number(nn);
		let eq = 0;
		for (const block of text.matchAll(/\$\$([\s\S]*?)\$\$/g)) {
			for (const m of block[1].matchAll(/\\label\{(eq:[\w-]+)\}/g)) {
				if (labels.has(m[1])) throw new Error(`${file}: the label ${m[1]} is used twice`);
				labels.set(m[1], { kind: 'eq', number: `${chapter}.${++eq}`, slug });
			}
		}
		let fig = 0;
		for (const m of text.matchAll(/<[A-Z]\w*\b[^>]*?\sfigure="([\w-]+)"/g)) {
			const key = `fig:${m[1]}`;
			if (labels.has(key)) throw new Error(`${file}: the figure ${m[1]} is used twice`);
			labels.set(key, { kind: 'fig', number: `${chapter}.${++fig}`, slug });
		}
	}
	return labels;
}
