import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { scanLabels } from '$lib/markdown/labels.js';
import { escapeBraces, renderMath } from '$lib/markdown/remark-katex.js';
import { createSlugger, slugify } from '$lib/markdown/slug.js';
import { mdsvexOptions } from '../../svelte.config.js';

describe('renderMath', () => {
	it('renders the shared macros with their quantity classes', () => {
		const html = renderMath('\\compute = 6\\params\\tokens', {
			displayMode: false,
			macros: { '\\compute': '\\htmlClass{q-compute}{C}', '\\params': 'N', '\\tokens': 'D' },
			where: 'x.md'
		});
		expect(html).toContain('q-compute');
		expect(html).toContain('<math');
	});

	it('fails with the file and the formula named', () => {
		expect(() => renderMath('\\frac{1}{', { displayMode: true, macros: {}, where: 'content/04-x.md' })).toThrow(
			/content\/04-x\.md[\s\S]*formula: \\frac\{1\}\{/
		);
	});

	it('refuses untrusted commands like \\href', () => {
		expect(() =>
			renderMath('\\href{javascript:alert(1)}{x}', { displayMode: false, macros: {}, where: 'x' })
		).toThrow();
	});

	it('escapes braces so Svelte reads them as text', () => {
		expect(escapeBraces('a{b}c')).toBe('a&#123;b&#125;c');
	});
});

describe('slugs', () => {
	it.each([
		['Why 6·N·D?', 'why-6-n-d'],
		['  The question ', 'the-question'],
		['Chinchilla 与 Gopher', 'chinchilla-与-gopher'],
		['!!!', 'section']
	])('slugify(%j) is %j', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});

	it('makes repeated headings unique', () => {
		const slug = createSlugger();
		expect([slug('Notes'), slug('Notes'), slug('Notes')]).toEqual(['notes', 'notes-2', 'notes-3']);
	});
});

describe('labels and references', () => {
	function contentDir(files: Record<string, string>) {
		const dir = mkdtempSync(join(tmpdir(), 'content-'));
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
		return dir;
	}

	it('numbers equations and figures per chapter, in order', () => {
		const dir = contentDir({
			'01-a.md': '$$x \\label{eq:one}$$\n$$y \\label{eq:two}$$\n<Widget figure="first" />',
			'02-b.md': '<Widget figure="second" />\n$$z \\label{eq:three}$$'
		});
		const labels = scanLabels(dir);
		expect(labels.get('eq:two')).toEqual({ kind: 'eq', number: '1.2', slug: 'a' });
		expect(labels.get('eq:three')).toEqual({ kind: 'eq', number: '2.1', slug: 'b' });
		expect(labels.get('fig:second')).toEqual({ kind: 'fig', number: '2.1', slug: 'b' });
	});

	it('refuses a label used twice', () => {
		const dir = contentDir({ '01-a.md': '$$x \\label{eq:one}$$', '02-b.md': '$$y \\label{eq:one}$$' });
		expect(() => scanLabels(dir)).toThrow(/eq:one is used twice/);
	});

	it('compiles a chapter: citations, equation numbers, figure numbers and base-path links', async () => {
		const source = readChapter();
		const result = await compile(source, { ...mdsvexOptions, filename: 'content/04-derivation.md' });
		expect(result?.code).toMatch(/class="cite" href="[^"]*\/references\/#ref-hoffmann2022"/);
		expect(result?.code).toContain('id="eq-frontier"');
	});

	it('stops the build on a reference to nothing, naming the chapter', async () => {
		await expect(
			compile('See [eq:no-such-equation].', { ...mdsvexOptions, filename: 'content/04-derivation.md' })
		).rejects.toThrow(/04-derivation\.md.*eq:no-such-equation/);
	});

	it('stops the build on an unknown citation key', async () => {
		await expect(
			compile('As shown [@nobody2099].', { ...mdsvexOptions, filename: 'content/04-derivation.md' })
		).rejects.toThrow(/nobody2099.*bibliography/);
	});
});

function readChapter(): string {
	return '$$\n\\Nopt = G \\label{eq:frontier}\n$$\n\nAs [@hoffmann2022] found.';
}
