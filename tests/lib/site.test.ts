import { describe, expect, it } from 'vitest';
import updates from '../../content/updates.json';
import { zh } from '$lib/i18n/zh';
import { bibtexCitation, plainCitation, site, siteUpdates } from '$lib/site';

describe('what the site says about itself', () => {
	it('keeps the updates dated, newest first, and takes its edition from the newest', () => {
		expect(siteUpdates).toHaveLength(updates.length);
		for (const u of siteUpdates) {
			expect(u.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(Number.isNaN(Date.parse(u.date))).toBe(false);
			expect(u.text.length).toBeGreaterThan(20);
		}
		const dates = siteUpdates.map((u) => u.date);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(site.edition).toBe(dates[0]);
	});

	it('cites the essay, or a chapter, with the address when there is one', () => {
		const bib = bibtexCitation('https://example.edu/course/derivation/', 'The derivation');
		expect(bib).toMatch(/^@misc\{compute-optimal-explained-\d{4},/);
		expect(bib).toContain('howpublished = {\\url{https://example.edu/course/derivation/}}');
		expect(bib.split('{').length).toBe(bib.split('}').length);
		expect(bibtexCitation()).not.toContain('howpublished');
		expect(plainCitation(undefined, 'The derivation')).toContain('“The derivation”. In: Compute-optimal, explained');
	});

	it('gives every update its Chinese text, for the Chinese edition’s list', () => {
		for (const u of siteUpdates) expect(u.zh, u.date).toMatch(/\p{Script=Han}/u);
	});

	it('words a citation in Chinese for the Chinese edition: its title in 《》, the date in 年月日', () => {
		const essay = {
			authors: zh.cite.authors,
			year: '2026',
			chapter: '推导',
			title: zh.cite.title,
			subtitle: zh.cite.subtitle,
			edition: zh.updates.date('2026-12-07'),
			url: 'https://example.edu/zh/derivation/'
		};
		expect(zh.cite.plain(essay)).toBe(
			'“计算最优详解”贡献者（2026）。“推导”，载于《计算最优详解》，2026 年 12 月 7 日版。https://example.edu/zh/derivation/'
		);
		expect(zh.cite.bibNote(essay.edition)).toBe('2026 年 12 月 7 日版');
	});
});
