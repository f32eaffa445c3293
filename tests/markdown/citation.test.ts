import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { citationStyle, citeText } from '$lib/markdown/citation.js';
import { bibliography } from '$lib/bibliography';
import { editionOf } from '$lib/editions';
import { mdsvexOptionsFor } from '../../svelte.config.js';

const en = citationStyle('en');
const zh = citationStyle('zh');

describe('a citation in each edition’s words', () => {
	it.each([
		['hoffmann2022', 'Table 3', 'Hoffmann et al. 2022, Table 3', 'Hoffmann 等，2022，表 3'],
		[
			'hoffmann2022',
			'App. D.4, Figure A4',
			'Hoffmann et al. 2022, App. D.4, Figure A4',
			'Hoffmann 等，2022，附录 D.4、图 A4'
		],
		[
			'hoffmann2022',
			'§3.1, footnote 4',
			'Hoffmann et al. 2022, §3.1, footnote 4',
			'Hoffmann 等，2022，第 3.1 节、脚注 4'
		],
		['kaplan2020', 'eq. 2, eq. 4', 'Kaplan et al. 2020, eq. 2, eq. 4', 'Kaplan 等，2020，式 2、式 4'],
		['hoffmann2022', 'abstract', 'Hoffmann et al. 2022, abstract', 'Hoffmann 等，2022，摘要'],
		['pearce2024', undefined, 'Pearce & Song 2024', 'Pearce 与 Song，2024'],
		['grattafiori2024', '§1', 'Llama Team 2024, §1', 'Llama 团队，2024，第 1 节'],
		['source-post', undefined, 'the source post', '原文'],
		['devries2023', undefined, 'de Vries 2023', 'de Vries，2023']
	])('%s at %s reads “%s” and “%s”', (key, locator, english, chinese) => {
		expect(citeText(bibliography[key], locator, en)).toBe(english);
		expect(citeText(bibliography[key], locator, zh)).toBe(chinese);
	});

	it('leaves no English word in any Chinese citation name the bibliography can produce', () => {
		for (const entry of Object.values(bibliography)) {
			expect(citeText(entry, undefined, zh)).not.toMatch(/et al|Team|&|the source/);
		}
	});

	it('refuses a locator the Chinese edition cannot word, naming it', () => {
		expect(() => citeText(bibliography.hoffmann2022, 'Tab. 3', zh)).toThrow(/"Tab\. 3"/);
	});

	it('brackets and separates a chapter’s citations as the edition punctuates them', async () => {
		const source = 'As found [@hoffmann2022, Table 3; @rae2021] and [@source-post].';
		const zhCode = (
			await compile(source, { ...mdsvexOptionsFor(editionOf('zh')), filename: 'content/zh/04-derivation.md' })
		)?.code;
		const enCode = (
			await compile(source, { ...mdsvexOptionsFor(editionOf('en')), filename: 'content/04-derivation.md' })
		)?.code;
		expect(zhCode?.replace(/<a [^>]*>|<\/a>/g, '')).toContain(
			'<span class="citation">（Hoffmann 等，2022，表 3；Rae 等，2021）</span>'
		);
		expect(zhCode?.replace(/<a [^>]*>|<\/a>/g, '')).toContain('<span class="citation">（原文）</span>');
		expect(enCode?.replace(/<a [^>]*>|<\/a>/g, '')).toContain(
			'<span class="citation">(Hoffmann et al. 2022, Table 3; Rae et al. 2021)</span>'
		);
	});
});
