// The two editions must not drift apart: the Chinese (content/zh/) has the same chapters as the English (content/),
// and in each the same structure in the same order — headings (by id), figures and widgets with the same props, the
// same equations, quick checks, problems, citations, cross-references, links and code. Only the words differ. A change
// to one edition that is not made in the other fails here, naming the chapter and what differs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { editionOf } from '$lib/editions';
import { mdsvexOptionsFor } from '../../svelte.config.js';

const EN = 'content';
const ZH = 'content/zh';
const files = [
	...readdirSync(EN)
		.filter((f) => /^\d{2}-.*\.md$/.test(f))
		.sort(),
	'pages/instructors.md'
];

/**
 * Every component tag in order, opening and closing (`<IsoLossMap figure="iso-loss" />`, `</Quiz>`), read with its
 * props whole (braces and quotes respected). A quick check's `choices` are words to translate: their number is kept.
 */
export function componentTags(text: string): string[] {
	const tags: string[] = [];
	const body = text.replace(/<script>[\s\S]*?<\/script>/, '');
	for (const start of body.matchAll(/<\/?[A-Z]\w*/g)) {
		let depth = 0;
		let quote = '';
		let end = start.index! + start[0].length;
		for (; end < body.length; end++) {
			const c = body[end];
			if (quote) {
				if (c === quote && body[end - 1] !== '\\') quote = '';
			} else if (c === '"' || c === "'" || c === '`') quote = c;
			else if (c === '{') depth++;
			else if (c === '}') depth--;
			else if (c === '>' && depth === 0) break;
		}
		const tag = body.slice(start.index, end + 1).replace(/\s+/g, ' ');
		tags.push(
			tag.replace(/choices=\{\[([\s\S]*)\]\}/, (_, list: string) => {
				const count = [...list.matchAll(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g)].length;
				return `choices={${count} choices}`;
			})
		);
	}
	return tags;
}

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]);
const sorted = (items: string[]) => [...items].sort();
/** Prose without code, so a `$` or `[` inside code is not read as math or a reference. */
const withoutCode = (text: string) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
/**
 * A formula with the words inside its \text{…} left out: those are the edition's words ("runs", "训练"), the math
 * around them must be the same. (One level of braces inside \text is enough for our formulas.)
 */
export const mathWithoutWords = (tex: string) => tex.replace(/\\text\{(?:[^{}]|\{[^{}]*\})*\}/g, '\\text{…}');
const displayMath = (text: string) => all(withoutCode(text), /\$\$[\s\S]*?\$\$/g).map(mathWithoutWords);
const inlineMath = (text: string) =>
	all(withoutCode(text).replace(/\$\$[\s\S]*?\$\$/g, ''), /\$[^$\n]+\$/g).map((m) => mathWithoutWords(m.trim()));
const citations = (text: string) => all(withoutCode(text), /\[@[^\]]+\]/g);
const references = (text: string) => all(withoutCode(text), /\[(?:eq|fig):[\w-]+\]/g);
/**
 * Where the prose links to, whether it words the link itself ([the derivation](/derivation/)) or takes the words from
 * the chapter's title ([chapter:derivation]) or a section's heading ([section:caveats#kaplan]).
 */
const links = (text: string) =>
	[...withoutCode(text).matchAll(/\]\((\/[^)]*)\)|\[(?:chapter|section):([a-z0-9-]+)(#[\w-]+)?\]/g)].map(
		([, url, slug, section]) => url ?? `/${slug}/${section ?? ''}`
	);
/** The interface controls the prose names by their own words ([ui:fit.ownUse]). */
const controlNames = (text: string) => all(withoutCode(text), /\[ui:[\w.]+\]/g);
const codeBlocks = (text: string) => all(text, /```[\s\S]*?```/g);
const script = (text: string) => /<script>[\s\S]*?<\/script>/.exec(text)?.[0] ?? '';
/** Front matter fields other than the words (title, summary). */
function settings(text: string): string[] {
	const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	return block.split('\n').filter((line) => !/^(title|summary):/.test(line));
}

/** Each edition compiled as its own build compiles it (its titles, strings and citation words). */
async function headings(file: string, text: string, edition: 'en' | 'zh'): Promise<string[]> {
	const compiled = await compile(text, { ...mdsvexOptionsFor(editionOf(edition)), filename: file });
	const fm = (compiled?.data as { fm?: { headings?: { depth: number; id: string }[] } } | undefined)?.fm;
	return (fm?.headings ?? []).map((h) => `h${h.depth} #${h.id}`);
}

describe.each(files)('the Chinese edition of %s', (file) => {
	const en = readFileSync(`${EN}/${file}`, 'utf8');
	const zhPath = `${ZH}/${file}`;

	it('exists', () => {
		expect(existsSync(zhPath), `${zhPath} is missing`).toBe(true);
	});
	if (!existsSync(zhPath)) return;
	const zh = readFileSync(zhPath, 'utf8');

	it('has the same settings and imports', () => {
		expect(settings(zh)).toEqual(settings(en));
		expect(script(zh)).toBe(script(en));
	});
	it('has the same headings, by id, in the same order', async () => {
		expect(await headings(zhPath, zh, 'zh')).toEqual(await headings(`${EN}/${file}`, en, 'en'));
	});
	it('places the same figures, widgets, quick checks and answers, with the same props, in the same order', () => {
		expect(componentTags(zh)).toEqual(componentTags(en));
	});
	it('has the same equations (display math in order, inline math the same set)', () => {
		expect(displayMath(zh)).toEqual(displayMath(en));
		expect(sorted(inlineMath(zh))).toEqual(sorted(inlineMath(en)));
	});
	it('cites the same sources in the same order', () => {
		expect(citations(zh)).toEqual(citations(en));
	});
	it('refers to the same equations and figures and links to the same places', () => {
		expect(sorted(references(zh))).toEqual(sorted(references(en)));
		expect(sorted(links(zh))).toEqual(sorted(links(en)));
	});
	it('names the same controls by the interface’s own words', () => {
		expect(sorted(controlNames(zh))).toEqual(sorted(controlNames(en)));
	});
	it('shows the same code', () => {
		expect(codeBlocks(zh)).toEqual(codeBlocks(en));
	});
});

describe('the Chinese edition', () => {
	it('has no chapter the English lacks', () => {
		const zhChapters = readdirSync(ZH).filter((f) => /^\d{2}-.*\.md$/.test(f));
		expect(zhChapters.filter((f) => !files.includes(f))).toEqual([]);
	});
});

describe('comparing formulas across editions', () => {
	it.each([
		['\\text{runs} = 9', '\\text{训练} = 9', true],
		['\\text{accelerator-hours} \\times 3600', '\\text{加速器小时数} \\times 3600', true],
		['\\text{days} \\times 2', '\\text{天} \\times 3', false],
		['\\mathrm{days}', '\\mathrm{天}', false],
		['\\text{peak {FLOP}/s}', '\\text{峰值 {FLOP}/s}', true]
	])('%s and %s are the same formula: %s', (english, chinese, same) => {
		expect(mathWithoutWords(english) === mathWithoutWords(chinese)).toBe(same);
	});
});

describe('reading component tags', () => {
	it('keeps props whole and counts a quick check’s choices instead of their words', () => {
		const text = `<Live quantity="params" pin={{ lawId: 'a>b' }} />\n<QuizCheck quiz="q" choices={['A, b', "C's", 'D']} />\n<Quiz id="x">\n</Quiz>`;
		expect(componentTags(text)).toEqual([
			`<Live quantity="params" pin={{ lawId: 'a>b' }} />`,
			'<QuizCheck quiz="q" choices={3 choices} />',
			'<Quiz id="x">',
			'</Quiz>'
		]);
	});
});
