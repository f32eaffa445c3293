// With JavaScript off (or before it runs), every page reads: its heading, its prose with the math rendered at build
// time, and every figure drawn in its default state, with no NaN or undefined anywhere a reader looks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, BUILD, builtFiles, chapterSlugs, documentOf } from './built';

/** The page's visible text, code listings left out (they may say "undefined" on purpose). */
function prose(root: Element): string {
	const copy = root.cloneNode(true) as Element;
	copy.querySelectorAll('pre, code, script, style, .katex-mathml').forEach((e) => e.remove());
	return copy.textContent ?? '';
}

describe('with JavaScript off', () => {
	it.each(allPages.map(({ path }) => path))('%s shows its text, math and figures', (path) => {
		const document = documentOf(path);
		const main = document.querySelector('main')!;
		expect(document.querySelector('h1')?.textContent?.trim()).not.toBe('');
		const text = prose(main);
		expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\$\$|\[object /);
		const isEmbed = path.includes('/embed/');
		if (!isEmbed) expect(text.length).toBeGreaterThan(300);
		const plain = ['/', '/references/', '/explore/'].includes(path.replace(/^\/zh/, '')) || isEmbed;
		if (!plain) expect(main.querySelector('.katex')).not.toBeNull();
		for (const figure of main.querySelectorAll('figure.widget')) {
			// Every widget is there in its default state: a chart, a table or a readout with numbers — or, for one that asks
			// for a guess first, its question (on the whole essay it prints as the question alone).
			const asks = figure.querySelector('.question, [data-guess="open"]');
			expect(asks ?? figure.querySelector('svg path, table td, .readout, [data-value]'), figure.id).not.toBeNull();
		}
	});
});

describe('prose and math travel as HTML only', () => {
	it('no built script carries rendered math, KaTeX itself or a chapter’s text', () => {
		const scripts = builtFiles().filter((f) => f.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(10);
		// A heading of every chapter, in both editions: none of them may travel in a script.
		const headings = allPages
			.filter(({ path }) => /^(\/zh)?\/[a-z-]+\/$/.test(path) && !/\/(explore|essay|solutions|instructors)\/$/.test(path))
			.map(({ path }) =>
				[...documentOf(path).querySelectorAll('.prose h2')]
					.map((h) => h.textContent!.trim())
					.sort((a, b) => b.length - a.length)[0]
			)
			.filter((h): h is string => !!h && h.length >= 8);
		expect(headings.length).toBeGreaterThan(10);
		for (const file of scripts) {
			const source = readFileSync(join(BUILD, file), 'utf8');
			// "KaTeX parse error" is a string in KaTeX's own code; katex-mathml is in every rendered formula.
			expect(source.includes('KaTeX parse error'), `${file} carries KaTeX`).toBe(false);
			expect(source.includes('katex-mathml'), `${file} carries rendered math`).toBe(false);
			for (const heading of headings) expect(source.includes(heading), `${file} carries “${heading}”`).toBe(false);
		}
	});

	it('math comes with its MathML, for screen readers', () => {
		const document = documentOf(`/${chapterSlugs[0]}/`);
		expect(document.querySelector('.katex math')).not.toBeNull();
	});
});
