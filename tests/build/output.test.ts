// The build ships the site and nothing else: no data files or client code that no page reads, every file a page names
// is there, one zip, under the size a course host (and a reader on a slow line) should have to take.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, BASE, BUILD, builtFiles, documentOf, fileOf } from './built';

const files = builtFiles();

describe('the build', () => {
	it('holds no __data.json: with no SvelteKit client on any page, nothing would read one', () => {
		expect(files.filter((f) => f.endsWith('__data.json'))).toEqual([]);
	});

	it("holds none of SvelteKit's client (entry, chunks, route nodes), which no page loads", () => {
		expect(files.filter((f) => /(^|\/)_app\/(immutable\/(entry|chunks|nodes)\/|version\.json|env\.js)/.test(f))).toEqual([]);
	});

	it('holds only the math fonts some formula uses (the build drops Fraktur, Script, Typewriter and sans)', () => {
		const pages = allPages.map(({ path }) => readFileSync(fileOf(path), 'utf8'));
		for (const html of pages) expect(html).not.toMatch(/class="[^"]*\b(mathfrak|mathscr|mathsf|mathtt|textsf|texttt)\b/);
		expect(files.filter((f) => /KaTeX_(Fraktur|Script|Typewriter|SansSerif)-/.test(f))).toEqual([]);
	});

	it('keeps KaTeX’s rule for every change of size a formula makes (the stylesheet keeps only those in use)', () => {
		for (const { path } of allPages) {
			const html = readFileSync(fileOf(path), 'utf8');
			const used = new Set([...html.matchAll(/\bsizing (reset-size\d+) (size\d+)\b/g)].map((m) => `.${m[1]}.${m[2]}`));
			const styles = [
				...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]),
				...[...documentOf(path).querySelectorAll('link[rel="stylesheet"]')].map((link) =>
					readFileSync(fileOf(link.getAttribute('href')!.slice(BASE.length)), 'utf8')
				)
			].join('');
			for (const size of used) expect(styles, `${path} sizes ${size}`).toContain(`.sizing${size}`);
		}
	});

	it('zips the site once, at its root, and the zip holds no downloads', () => {
		expect(files.filter((f) => f.endsWith('.zip'))).toEqual(['downloads/compute-optimal-explained-site.zip']);
	});

	it('weighs at most 25 MB in all, both editions, their offline copies and the zip included', () => {
		const bytes = files.reduce((sum, f) => sum + statSync(join(BUILD, f)).size, 0);
		expect(bytes / 1e6).toBeLessThanOrEqual(25);
	});

	it('gives every hook a number: each data-value on every page is one finite number, as pages are prerendered', () => {
		const bad = allPages.flatMap(({ path }) =>
			[...documentOf(path).querySelectorAll('[data-value]')]
				.map((e) => e.getAttribute('data-value')!)
				.filter((value) => value.trim() === '' || !Number.isFinite(Number(value)))
				.map((value) => `${path}: ${value}`)
		);
		expect(bad).toEqual([]);
	});

	it.each(allPages.map(({ path }) => path))('%s names only files that are in the build', (path) => {
		const document = documentOf(path);
		const named = [
			...[...document.querySelectorAll('link[href], a[href]')].map((e) => e.getAttribute('href')!),
			...[...document.querySelectorAll('script[src], img[src]')].map((e) => e.getAttribute('src')!)
		].filter((url) => url.startsWith('/') && !url.startsWith('//'));
		const missing = named
			.map((url) => decodeURIComponent(url.split(/[?#]/)[0]))
			.filter((url) => {
				if (BASE && !url.startsWith(`${BASE}/`)) return true;
				const file = fileOf(url.slice(BASE.length));
				return !existsSync(file);
			});
		expect(missing).toEqual([]);
	});
});

describe('the page for an address that is not there (404.html)', () => {
	it.each(['/404.html', '/zh/404.html'])('%s reads without JavaScript and leads back to the contents', (path) => {
		const document = documentOf(path);
		expect(document.querySelector('h1')?.textContent?.trim()).toMatch(/Page not found|页面不存在/);
		const links = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(links).toContain(`${BASE}${path.startsWith('/zh/') ? '/zh' : ''}/`);
		// Every other edition's contents too: a host serves the root's 404.html for any missing address.
		expect(links).toContain(`${BASE}${path.startsWith('/zh/') ? '' : '/zh'}/`);
		expect(readFileSync(fileOf(path), 'utf8')).not.toMatch(/_app\/immutable\/(entry|chunks|nodes)/);
	});
});
