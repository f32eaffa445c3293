// Each edition punctuates its own text: components add no ASCII punctuation around the strings they print (a colon
// after a label, a full stop after a readout, brackets around an aside), since in the Chinese edition it would sit
// against Chinese. They take it from the strings (ui.punct and the strings themselves). And no Chinese string puts
// ASCII punctuation after a Han character. The server renders are checked too: tests/i18n/zh-render.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

/**
 * A component's markup as the reader sees it, with everything else blanked: no script, style, comments, tags and
 * their attributes, {…} expressions (kept as a marker), <code> and <pre>.
 */
export function templateText(source: string): string {
	const blank = (m: string) => m.replace(/[^\n]/g, ' ');
	const text = source
		.replace(/<script[\s\S]*?<\/script>/g, blank)
		.replace(/<style[\s\S]*?<\/style>/g, blank)
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/<(code|pre)\b[\s\S]*?<\/\1>/g, blank);
	let out = '';
	let depth = 0;
	let inTag = false;
	let quote = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		const keep = c === '\n' ? '\n' : ' ';
		if (depth > 0) {
			if (c === '{') depth++;
			else if (c === '}') depth--;
			out += depth === 0 ? '§' : keep;
		} else if (inTag) {
			if (quote) {
				if (c === quote) quote = '';
			} else if (c === '"' || c === "'") quote = c;
			else if (c === '{') depth = 1;
			else if (c === '>') inTag = false;
			out += depth > 0 ? ' ' : keep;
			if (depth > 0) {
				// An attribute's expression belongs to the tag: skip it whole.
				let d = 1;
				for (i++; i < text.length && d > 0; i++) {
					if (text[i] === '{') d++;
					else if (text[i] === '}') d--;
				}
				i--;
				depth = 0;
			}
		} else if (c === '<') {
			inTag = true;
			out += ' ';
		} else if (c === '{') {
			depth = 1;
			out += keep;
		} else out += c;
	}
	return out;
}

/**
 * Where markup may print ASCII punctuation of its own (read with spaces removed, § for an expression): a numbered item,
 * "1. 问题" (GB/T 15834 numbers items with a full stop after the digit, in Chinese too), and the English bibliography
 * entries, printed as published in either edition (a Chinese work has a branch of its own).
 */
const numbered = /^§\.§?$/;
const allowed: Record<string, RegExp> = {
	'src/lib/components/Bibliography.svelte': /^§+\.$/
};

const files = [...svelteFiles('src/lib'), ...svelteFiles('src/routes')];

describe.each(files)('%s', (file) => {
	it('adds no ASCII punctuation of its own around the strings it prints', () => {
		const found = templateText(readFileSync(file, 'utf8'))
			.split('\n')
			.map((line, i) => [i + 1, line.replace(/\s+/g, '')] as const)
			.filter(([, line]) => /[,.:;!?()]/.test(line) && !numbered.test(line) && !allowed[file]?.test(line));
		expect(found).toEqual([]);
	});
});

describe('the Chinese strings', () => {
	const source = readdirSync('src/lib/i18n/zh')
		.map((f) => readFileSync(`src/lib/i18n/zh/${f}`, 'utf8'))
		.join('\n')
		.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
	const literals = [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2]);

	it('are read (a sanity check on the reading itself)', () => {
		expect(literals.length).toBeGreaterThan(500);
		expect(literals).toContain('投影模式（P）');
	});

	it('put no ASCII punctuation after a Han character', () => {
		expect(literals.filter((s) => /\p{Script=Han}[,.:;!?()]/u.test(s))).toEqual([]);
	});

	it('put no space beside full-width punctuation, which carries its own', () => {
		expect(literals.filter((s) => /[，。：；！？、）] \S|\S [，。：；！？、（）]/u.test(s))).toEqual([]);
	});
});
