// The runs' data credits, in each edition's words: the English is the data modules' own credit, word for word, and
// the Chinese keeps every author, title, address and licence of it.
import { describe, expect, it } from 'vitest';
import { CHINCHILLA_RUNS_ATTRIBUTION } from '$lib/data/chinchilla-runs';
import { PORIAN_RUNS_ATTRIBUTION } from '$lib/data/porian-configs';
import { en } from '$lib/i18n/en';
import { zh } from '$lib/i18n/zh';

describe.each([
	['chinchillaRuns', CHINCHILLA_RUNS_ATTRIBUTION],
	['porianRuns', PORIAN_RUNS_ATTRIBUTION]
] as const)('the credit for %s', (key, credit) => {
	it('is the data module’s own words in English', () => {
		expect(en.credits[key]).toBe(credit);
	});
	it('keeps in Chinese every name, title, address, year and licence of the English', () => {
		const kept = credit.match(
			/[A-Z][a-z]+(?= [&,])|[A-Z][a-z]+(?=, “)|arXiv:[\d.]+|github\.com\/[\w/-]+|\d{4}|CC BY|MIT/g
		)!;
		expect(kept.length).toBeGreaterThan(5);
		for (const piece of kept) expect(zh.credits[key]).toContain(piece);
		const title = /“([^”]+)”/.exec(credit)![1];
		expect(zh.credits[key]).toContain(`《${title}》`);
	});
});
