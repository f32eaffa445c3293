// What the Chinese edition's figures print, read off their server renders with the Chinese strings: every text and
// every label a reader or a screen reader meets. Chinese is punctuated as Chinese (no ASCII punctuation against a Han
// character), counts carry 万/亿 without digit grouping, and multiples are 倍, not ×. Components add no punctuation
// of their own around the strings (tests/i18n/punctuation.test.ts reads their templates).
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';

vi.mock('$messages', async () => ({ default: (await import('$lib/i18n/zh')).zh }));
vi.mock('$messages/quiz', async () => ({ default: (await import('$lib/i18n/zh/quiz')).quiz }));
vi.mock('$messages/resolve', async () => ({ default: (await import('$lib/i18n/zh/resolve')).resolve }));
vi.mock('$messages/plan', async () => ({ default: (await import('$lib/i18n/zh/plan')).plan }));
vi.mock('$messages/fit', async () => ({ default: (await import('$lib/i18n/zh/fit')).fit }));
vi.mock('$messages/overtraining', async () => ({ default: (await import('$lib/i18n/zh/overtraining')).overtraining }));
vi.mock('$messages/repeated', async () => ({ default: (await import('$lib/i18n/zh/repeated')).repeated }));
vi.mock('$messages/modelsMap', async () => ({ default: (await import('$lib/i18n/zh/modelsMap')).modelsMap }));
vi.mock('$messages/guess', async () => ({ default: (await import('$lib/i18n/zh/guess')).guess }));
vi.mock('$messages/drawFrontier', async () => ({ default: (await import('$lib/i18n/zh/drawFrontier')).drawFrontier }));
vi.mock('$messages/calculator', async () => ({ default: (await import('$lib/i18n/zh/calculator')).calculator }));
vi.mock('$messages/isoFlop', async () => ({ default: (await import('$lib/i18n/zh/isoFlop')).isoFlop }));

const wrappers = import.meta.glob<{ default: Component<Record<string, unknown>> }>('/src/lib/widgets/*.svelte', {
	eager: true
});

/**
 * A component tag's props as a chapter writes them: `figure="x"`, `budget={5.76e23}`, `pin={{ lawId: 'a' }}`, `guess`.
 * Expressions are plain literals in our chapters, so they are evaluated as such.
 */
export function propsOf(tag: string): Record<string, unknown> {
	const props: Record<string, unknown> = {};
	let i = tag.search(/\s/);
	while (i > 0 && i < tag.length) {
		const name = /^\s*([\w-]+)/.exec(tag.slice(i));
		if (!name) break;
		i += name[0].length;
		if (tag[i] !== '=') {
			props[name[1]] = true;
			continue;
		}
		i++;
		if (tag[i] === '"') {
			const end = tag.indexOf('"', i + 1);
			props[name[1]] = tag.slice(i + 1, end);
			i = end + 1;
			continue;
		}
		let depth = 0;
		let quote = '';
		const from = i;
		for (; i < tag.length; i++) {
			const c = tag[i];
			if (quote) {
				if (c === quote && tag[i - 1] !== '\\') quote = '';
			} else if (c === "'" || c === '"' || c === '`') quote = c;
			else if (c === '{') depth++;
			else if (c === '}' && --depth === 0) break;
		}
		props[name[1]] = new Function(`return (${tag.slice(from + 1, i)});`)();
		i++;
	}
	return props;
}

/** Every widget as the Chinese chapters place it (the figures, the live numbers, the quick checks), once each. */
const placed = new Map<string, [string, Record<string, unknown>]>();
for (const file of readdirSync('content/zh').filter((f) => /^\d{2}-.*\.md$/.test(f))) {
	const text = readFileSync(`content/zh/${file}`, 'utf8').replace(/<script>[\s\S]*?<\/script>/, '');
	for (const [tag, name] of text.matchAll(/<([A-Z]\w*)\b(?:[^>{]|\{(?:[^{}]|\{[^{}]*\})*\})*?\/>/g)) {
		if (wrapperOf(name)) placed.set(tag.replace(/\s+/g, ' '), [name, propsOf(tag.replace(/\/>$/, ''))]);
	}
}
/** And the figures no chapter places with its defaults, as /explore/ shows them. */
for (const path of Object.keys(wrappers)) {
	const name = /([A-Za-z0-9]+)\.svelte$/.exec(path)![1];
	if (!['Live', 'QuizCheck', 'QuizProgress', 'GuessSize'].includes(name)) {
		placed.set(`<${name} />`, [name, { figure: 'under-test' }]);
	}
}
placed.set('<QuizProgress />', ['QuizProgress', { chapters: [{ slug: 'the-question', title: '问题' }] }]);
const cases = [...placed.values()];

function wrapperOf(name: string) {
	return Object.entries(wrappers).find(([path]) => path.endsWith(`/${name}.svelte`))?.[1].default;
}

/** Every text node and every label (aria-label, title, placeholder, data-example) of a render, one string each. */
function words(html: string): string[] {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	const found: string[] = [];
	const walk = (node: Node) => {
		if (node.nodeType === 3) found.push(node.textContent ?? '');
		if (node.nodeType !== 1) return;
		const element = node as Element;
		if (['SCRIPT', 'STYLE'].includes(element.tagName)) return;
		for (const name of ['aria-label', 'title', 'placeholder', 'data-example', 'aria-valuetext']) {
			const value = element.getAttribute(name);
			if (value) found.push(value);
		}
		element.childNodes.forEach(walk);
	};
	walk(document.body);
	return found.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const HAN = String.raw`\p{Script=Han}`;
/**
 * ASCII punctuation against a Han character, on either side (brackets too; a full stop or a colon before one, with or
 * without a space; "1. 计入…" numbers a step, as GB/T 15834 writes it), or standing alone between the pieces of a
 * readout, where a component would have added it.
 */
const asciiAgainstHan = (text: string) =>
	new RegExp(`${HAN}[,.:;!?()]|[,:;!?]\\s?${HAN}|(?<!^\\d+)\\.\\s?${HAN}|[()]${HAN}`, 'u').test(text) ||
	/^[,.:;!?()\s]+$/.test(text);
/** A multiple written with ×: "×3.26", "10×" (once numbers in scientific notation, "5.8 × 10²³", are set aside). */
const timesMultiple = (text: string) =>
	/×\s?\d|\d\s?×/.test(text.replace(/\d(\.\d+)? × 10(\^-?\d+|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, ''));
/**
 * A space beside full-width punctuation, which carries its own, or between two Han characters (a template's line break
 * between two sentences, or a string that joins words with a space).
 */
const spaceByFullWidth = (text: string) =>
	/[，。：；！？、）] |\s[，。：；！？、）]|\p{Script=Han} \p{Script=Han}/u.test(text);

// A section of the strings no mock above replaces would render in English here, and English has no Chinese
// punctuation to get wrong: every section file must be mocked.
it('renders with every section of the Chinese strings', () => {
	const source = readFileSync('tests/i18n/zh-render.test.ts', 'utf8');
	for (const file of readdirSync('src/lib/i18n/zh').filter((f) => f !== 'index.ts')) {
		const name = file.replace(/\.ts$/, '');
		expect(source, file).toContain(
			`vi.mock('$messages/${name}', async () => ({ default: (await import('$lib/i18n/zh/${name}')).${name} }));`
		);
	}
});

describe.each(cases)('the Chinese render of <%s %o>', (name, props) => {
	const texts = words(render(wrapperOf(name)!, { props }).body);

	it('punctuates Chinese as Chinese: no ASCII punctuation against a Han character', () => {
		expect(texts.filter(asciiAgainstHan)).toEqual([]);
		expect(texts.filter(spaceByFullWidth)).toEqual([]);
	});
	it('writes counts without digit grouping before 万/亿, and multiples as 倍', () => {
		expect(texts.filter((t) => /\d,\d{3}(\.\d+)?\s*(万|亿)/.test(t))).toEqual([]);
		expect(texts.filter(timesMultiple)).toEqual([]);
	});
});
