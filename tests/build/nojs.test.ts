// With JavaScript off (or before it runs), every page reads: its heading, its prose with the math rendered at build
// time, and every figure drawn in its default state, with no NaN or undefined anywhere a reader looks.
import { describe, expect, it } from 'vitest';
import { allPages, documentOf } from './built';

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
			// Every widget is there in its default state: a chart or a table with numbers.
			expect(figure.querySelector('svg path, table td'), figure.id).not.toBeNull();
		}
	});
});
