// Prose that names a chapter, a section or a control takes the name from where it is defined (the chapter's title,
// the heading, the interface's string table), in the edition's own words; a name that points nowhere stops the build.
import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { editionOf } from '$lib/editions';
import { en } from '$lib/i18n/en';
import { zh } from '$lib/i18n/zh';
import { fit as enFit } from '$lib/i18n/en/fit';
import { namesOf, scanChapterNames } from '$lib/markdown/names.js';
import { loadStrings, stringAt } from '$lib/markdown/strings.js';
import { mdsvexOptionsFor } from '../../svelte.config.js';

async function rendered(source: string, edition: 'en' | 'zh', file = '04-derivation.md') {
	const folder = edition === 'zh' ? 'content/zh' : 'content';
	const result = await compile(source, { ...mdsvexOptionsFor(editionOf(edition)), filename: `${folder}/${file}` });
	return result?.code ?? '';
}

describe('names from the chapters', () => {
	it('reads a title and every h2/h3 heading’s id, given or made from its words', () => {
		const { title, sections } = namesOf(
			'---\ntitle: 局限与争议\nsummary: x\n---\n\n## 舍入很重要 <!-- #rounding-matters -->\n\n```\n## not a heading\n```\n\n### Why *Kaplan* differs\n\n## Problems\n'
		);
		expect(title).toBe('局限与争议');
		expect([...sections]).toEqual([
			['rounding-matters', '舍入很重要'],
			['why-kaplan-differs', 'Why Kaplan differs'],
			['problems', 'Problems']
		]);
	});

	it('finds every chapter of both editions, with the same slugs and section ids', () => {
		const english = scanChapterNames('content');
		const chinese = scanChapterNames('content/zh');
		expect([...chinese.keys()]).toEqual([...english.keys()]);
		for (const [slug, chapter] of english) {
			expect([...(chinese.get(slug)?.sections.keys() ?? [])], slug).toEqual([...chapter.sections.keys()]);
		}
	});

	const title = (folder: string) => scanChapterNames(folder).get('caveats')!.title;
	const heading = (folder: string) => scanChapterNames(folder).get('caveats')!.sections.get('rounding-matters')!;
	it.each([
		['en', '[chapter:caveats]', title('content'), 'href="/caveats/"'],
		['zh', '[chapter:caveats]', title('content/zh'), 'href="/zh/caveats/"'],
		['zh', '[chapter:caveats#rounding-matters]', title('content/zh'), 'href="/zh/caveats/#rounding-matters"'],
		['zh', '[section:caveats#rounding-matters]', heading('content/zh'), 'href="/zh/caveats/#rounding-matters"']
	] as const)('in %s, %s is “%s”, linked', async (edition, source, text, href) => {
		const code = await rendered(`见 ${source}。`, edition);
		expect(code).toContain(`>${text}</a>`);
		expect(code).toContain(href);
	});

	it('links a section of the chapter itself on the page', async () => {
		const code = await rendered('[section:caveats#rounding-matters]', 'zh', '07-caveats.md');
		expect(code).toContain('href="#rounding-matters"');
	});

	it.each([
		['[chapter:no-such-chapter]', /no chapter "no-such-chapter"/],
		['[chapter:caveats#no-such-section]', /no heading with the id "no-such-section"/],
		['[section:caveats]', /names no section/]
	])('stops the build on %s, naming the chapter being built', async (source, message) => {
		await expect(rendered(source, 'zh')).rejects.toThrow(message);
		await expect(rendered(source, 'zh')).rejects.toThrow(/04-derivation\.md/);
	});
});

describe('names from the interface', () => {
	it('reads the TypeScript string tables as the components see them', () => {
		expect(stringAt(loadStrings('src/lib/i18n/zh'), 'figure.projector')).toBe(zh.figure.projector);
		expect(stringAt(loadStrings('src/lib/i18n/en'), 'fit.ownUse')).toBe(enFit.ownUse);
	});

	it.each([
		['en', en.figure.projector],
		['zh', zh.figure.projector]
	] as const)('in %s, [ui:figure.projector] is the button’s own label', async (edition, label) => {
		expect(await rendered('Press [ui:figure.projector].', edition)).toContain(label.replace(/[{}]/g, ''));
	});

	it.each([
		['[ui:figure.noSuchButton]', /no string at "figure\.noSuchButton"/],
		['[ui:figure]', /no string at "figure"/],
		['[ui:figure.number]', /no string at "figure\.number"/]
	])('stops the build on %s (unknown, a group, or a function)', async (source, message) => {
		await expect(rendered(source, 'zh')).rejects.toThrow(message);
	});
});
