// Chinese typesetting at build time: a line break in the source is no space between Chinese characters, and inline
// math holds on to the punctuation beside it, so no line starts with "，".
import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { editionOf } from '$lib/editions';
import { joinLines, joins, tightenPunctuation } from '$lib/markdown/remark-cjk.js';
import { mdsvexOptionsFor } from '../../svelte.config.js';

async function body(source: string, edition: 'en' | 'zh') {
	const file = edition === 'zh' ? 'content/zh/04-derivation.md' : 'content/04-derivation.md';
	const code = (await compile(source, { ...mdsvexOptionsFor(editionOf(edition)), filename: file }))?.code ?? '';
	return code.replace(/<script[\s\S]*?<\/script>/g, '').trim();
}

describe('line breaks in Chinese prose', () => {
	it.each([
		['中', '文', true],
		['。', 'A', true],
		['A', '（', true],
		['中', 'A', false],
		['9', '亿', false],
		['a', 'b', false]
	])('between %s and %s the break vanishes: %s', (before, after, vanishes) => {
		expect(joins(before, after)).toBe(vanishes);
	});

	it.each([
		['这是一个\n句子。', '这是一个句子。'],
		['按\nEscape 退出', '按\nEscape 退出'],
		['第一句。\n第二句', '第一句。第二句'],
		['约 700\n亿', '约 700\n亿']
	])('%j → %j', (text, joined) => {
		expect(joinLines(text)).toBe(joined);
	});

	it('looks past a link or emphasis to the character the reader sees', async () => {
		const html = await body('这一段的\n[下一章](/compute/)\n讲的是\n**算力**\n本身。', 'zh');
		expect(html).toContain('这一段的<a href="/zh/compute/">下一章</a>讲的是<strong>算力</strong>本身。');
	});

	it('leaves the English edition as written', async () => {
		expect(await body('one\nline', 'en')).toContain('one\nline');
	});
});

describe('spaces beside full-width punctuation', () => {
	it.each([
		['之间 （表 2）', '之间（表 2）'],
		['模型（MoE） 是', '模型（MoE）是'],
		['结论 ：', '结论：'],
		['Gopher 的 2800 亿', 'Gopher 的 2800 亿']
	])('%j → %j', (text, tight) => {
		expect(tightenPunctuation(text)).toBe(tight);
	});

	it('takes off the space before a citation, whose bracket is full-width in Chinese', async () => {
		const html = await body('指数在 0.46 到 0.54 之间 [@hoffmann2022, Table 2]。再看 [@source-post] 的说法。', 'zh');
		expect(html).toMatch(/之间<span class="citation">（/);
		expect(html).toMatch(/）<\/span>。再看<span class="citation">（/);
		expect(html).toMatch(/）<\/span>的说法/);
	});

	it('keeps the English edition’s spaces', async () => {
		expect(await body('between 0.46 and 0.54 [@hoffmann2022, Table 2].', 'en')).toMatch(
			/0\.54 <span class="citation">\(/
		);
	});
});

describe('inline math and its punctuation', () => {
	it('keeps a comma after a formula and a bracket before one on the same line', async () => {
		const html = await body('当 $x$，且（$y$）时', 'zh');
		// A word joiner between the formula and the punctuation touching it: no line break there.
		expect(html).toMatch(/<\/math><\/span>[\s\S]*?<\/span>\u2060，/);
		expect(html).toMatch(/（\u2060<span class="katex">[\s\S]*?<\/span>\u2060）时/);
	});

	it('wraps nothing where no punctuation touches the formula, or in English', async () => {
		expect(await body('取 $x$ 为', 'zh')).not.toContain('\u2060');
		expect(await body('take $x$, then', 'en')).not.toContain('\u2060');
	});
});
