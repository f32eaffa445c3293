import { describe, expect, it } from 'vitest';
import {
	chapterMeta,
	corePath,
	MINUTES_PER_CHECK,
	MINUTES_PER_FIGURE,
	orderChapters,
	parseChapterFile,
	readingMinutes,
	tableOfContents
} from '$lib/content';

describe('chapter files', () => {
	it.each([
		['/content/04-derivation.md', 4, 'derivation'],
		['/content/11-references.md', 11, 'references']
	])('%s is chapter %d with slug %s', (file, number, slug) => {
		expect(parseChapterFile(file)).toEqual({ number, slug });
	});

	it.each(['/content/4-x.md', '/content/04_x.md', '/content/04-X.md', '/content/README.md'])('refuses %s', (file) => {
		expect(() => parseChapterFile(file)).toThrow(/content\/NN-slug\.md/);
	});

	it('needs a title and a summary, naming the file', () => {
		expect(() => chapterMeta('/content/01-a.md', { summary: 's' })).toThrow(/01-a\.md.*"title"/);
		expect(() => chapterMeta('/content/01-a.md', { title: 't', summary: '  ' })).toThrow(/"summary"/);
	});

	it('needs to know whether the chapter is on the core path', () => {
		expect(() => chapterMeta('/content/01-a.md', { title: 't', summary: 's' })).toThrow(/core: true/);
		expect(() => chapterMeta('/content/01-a.md', { title: 't', summary: 's', core: 'yes' })).toThrow(/core: true/);
	});

	it('adds up the core path’s reading time', () => {
		const chapters = [
			chapterMeta('/content/01-a.md', { title: 't', summary: 's', core: true, words: 3000 }),
			chapterMeta('/content/02-b.md', { title: 't', summary: 's', core: true, words: 4000 }),
			chapterMeta('/content/03-c.md', { title: 't', summary: 's', core: false, words: 9000 })
		];
		expect(corePath(chapters)).toMatchObject({ readingMinutes: 35, minutes: 35 });
		expect(corePath(chapters).chapters.map((c) => c.slug)).toEqual(['a', 'b']);
	});

	it('counts the time a reader works the figures and checks, not only the reading', () => {
		const chapter = chapterMeta('/content/01-a.md', {
			title: 't',
			summary: 's',
			core: true,
			words: 2000,
			figures: 3,
			checks: 2
		});
		expect(chapter.readingMinutes).toBe(10);
		expect(chapter.minutes).toBe(10 + 3 * MINUTES_PER_FIGURE + 2 * MINUTES_PER_CHECK);
		const core = corePath([
			chapter,
			chapterMeta('/content/02-b.md', { title: 't', summary: 's', core: true, words: 0 })
		]);
		expect(core.readingMinutes).toBe(10);
		expect(core.minutes).toBe(chapter.minutes);
	});

	it('computes reading time from the word count', () => {
		expect(readingMinutes(0)).toBe(1);
		expect(readingMinutes(1400)).toBe(7);
		expect(chapterMeta('/content/01-a.md', { title: 't', summary: 's', core: true, words: 1000 }).readingMinutes).toBe(
			5
		);
	});

	it('orders chapters by number and refuses duplicates', () => {
		const a = chapterMeta('/content/02-a.md', { title: 't', summary: 's', core: true });
		const b = chapterMeta('/content/01-b.md', { title: 't', summary: 's', core: false });
		expect(orderChapters([a, b]).map((c) => c.slug)).toEqual(['b', 'a']);
		const c = chapterMeta('/content/02-c.md', { title: 't', summary: 's', core: false });
		expect(() => orderChapters([a, c])).toThrow(/share the number 2/);
	});
});

describe('tableOfContents', () => {
	it('nests each h3 under the h2 before it', () => {
		const toc = tableOfContents([
			{ depth: 2, id: 'a', text: 'A' },
			{ depth: 3, id: 'a1', text: 'A1' },
			{ depth: 3, id: 'a2', text: 'A2' },
			{ depth: 2, id: 'b', text: 'B' }
		]);
		expect(toc.map((s) => [s.id, s.children.map((c) => c.id)])).toEqual([
			['a', ['a1', 'a2']],
			['b', []]
		]);
	});

	it('keeps a leading h3 as a section of its own', () => {
		expect(tableOfContents([{ depth: 3, id: 'x', text: 'X' }])).toHaveLength(1);
	});
});
