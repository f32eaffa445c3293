import { describe, expect, it } from 'vitest';
import updates from '../../content/updates.json';
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
});
