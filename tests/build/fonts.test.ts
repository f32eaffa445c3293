// Every Chinese character an edition's built pages show is in the font subset the edition ships (no "□与计算机程序设计□术"
// on a system without a CJK font), and beside the subset goes its blank twin, which holds the glyphs' room until the
// real font arrives (no layout shift).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fonteditor from 'fonteditor-core';
import { describe, expect, it } from 'vitest';
import { editions } from '../../src/lib/editions.js';
import { CJK_FAMILY, CJK_METRICS_FAMILY, builtCharacters } from '../../scripts/cjk-font.mjs';
import { BASE, BUILD, documentOf, fileOf } from './built';

/** The stylesheets a page carries inline and links, as one text. */
function stylesOf(path: string): string {
	const document = documentOf(path);
	return [
		...[...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
		...[...document.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
			readFileSync(fileOf(l.getAttribute('href')!.slice(BASE.length)), 'utf8')
		)
	].join('\n');
}

/** The code points a woff2 font maps to glyphs. */
async function fontCharacters(file: string): Promise<Set<string>> {
	await fonteditor.woff2.init();
	const font = fonteditor.Font.create(readFileSync(file), { type: 'woff2' });
	return new Set(Object.keys(font.get().cmap).map((code) => String.fromCodePoint(Number(code))));
}

describe.each(editions.filter((e) => e.cjkFont))('the $id edition’s CJK font', (edition) => {
	const css = stylesOf(`${edition.prefix}/`);

	it('covers every Chinese character its pages and figures show', async () => {
		const face = new RegExp(`@font-face\\{font-family:["']?${CJK_FAMILY}["']?;[^}]*src:url\\(([^)]+)\\)`).exec(css);
		expect(face, 'the face of the subset').not.toBeNull();
		const held = await fontCharacters(fileOf(face![1].slice(BASE.length)));
		const nested = editions.filter((e) => e.prefix && !edition.prefix).map((e) => join(BUILD, e.prefix));
		const shown = builtCharacters(join(BUILD, edition.prefix), ...nested).filter((c) => /\p{Script=Han}/u.test(c));
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.filter((c) => !held.has(c)).join('')).toBe('');
	});

	it('has its blank twin added by the page’s head before the first layout, so nothing moves when the font arrives', () => {
		const head = documentOf(`${edition.prefix}/`).querySelector('head')!;
		const script = [...head.querySelectorAll('script:not([src])')].find((s) =>
			s.textContent?.includes(`new FontFace("${CJK_METRICS_FAMILY}"`)
		);
		expect(script, 'the inline script that adds the blank twin').toBeDefined();
		// Before the page's own script, and allowed by the Content-Security-Policy by its hash.
		const csp = head.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
		const hash = createHash('sha256').update(script!.textContent!).digest('base64');
		expect(csp).toContain(`'sha256-${hash}'`);
		// (A minifier may take the quotes off the names.)
		// Laid out in the blank twin until the real font arrives: it comes right after it in the stacks.
		expect(css).toMatch(new RegExp(`${CJK_FAMILY}["']?,\\s*["']?${CJK_METRICS_FAMILY}`));
	});
});
