// The essay's promises about its own text: every chapter has a title and a summary, every citation key is in the
// bibliography, every equation or figure reference and every internal link points somewhere. (The build enforces the
// same; this suite names every failure at once.)
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChapterFile } from '$lib/content';
import { scanLabels } from '$lib/markdown/labels.js';
import bibliography from '../../content/bibliography.json';

const files = readdirSync('content')
	.filter((f) => f.endsWith('.md'))
	.sort();
const chapters = files.map((file) => ({
	file,
	...parseChapterFile(`/content/${file}`),
	text: readFileSync(`content/${file}`, 'utf8')
}));
const labels = scanLabels('content');
const pages = new Set(['/', '/explore/', '/solutions/', '/instructors/', ...chapters.map((c) => `/${c.slug}/`)]);

/** Frontmatter fields as plain strings (the chapters use simple `key: value` lines). */
function frontmatter(text: string): Record<string, string> {
	const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	return Object.fromEntries(
		block
			.split('\n')
			.map((line) => /^(\w+):\s*(.*)$/.exec(line))
			.filter((m): m is RegExpExecArray => m !== null)
			.map((m) => [m[1], m[2].trim()])
	);
}

describe.each(chapters)('$file', ({ text }) => {
	it('has a title and a summary', () => {
		const fm = frontmatter(text);
		expect(fm.title, 'title').toBeTruthy();
		expect(fm.summary, 'summary').toBeTruthy();
	});

	it('cites only keys of the bibliography', () => {
		const keys = [...text.matchAll(/\[(@[^\]]+)\]/g)].flatMap((m) =>
			m[1].split(';').map((part) => /@([\w-]+)/.exec(part)![1])
		);
		for (const key of keys) expect(Object.keys(bibliography), `[@${key}]`).toContain(key);
	});

	it('refers only to equations and figures that exist', () => {
		for (const [, label] of text.matchAll(/\[((?:eq|fig):[\w-]+)\]/g)) {
			expect(labels.has(label), `[${label}]`).toBe(true);
		}
	});

	it('never starts a line with a citation and a colon (Markdown would read it as a link definition)', () => {
		expect(text).not.toMatch(/^\[@[^\]]*\]:/m);
	});

	it('links only to pages that exist', () => {
		for (const [, path] of text.matchAll(/\]\((\/[^)#?\s]*)[^)]*\)/g)) {
			expect(pages.has(path), `link to ${path}`).toBe(true);
		}
	});
});

describe('the essay', () => {
	it('has its chapters numbered 1, 2, 3, … without gaps', () => {
		expect(chapters.map((c) => c.number)).toEqual(chapters.map((_, i) => i + 1));
	});

	it('cites every bibliography entry somewhere, or lists it as further reading', () => {
		const all = chapters.map((c) => c.text).join('\n');
		for (const key of Object.keys(bibliography)) {
			expect(all.includes(`@${key}`), `@${key} is never cited`).toBe(true);
		}
	});
});
