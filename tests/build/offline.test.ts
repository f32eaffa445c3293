// The offline files, as a reader opens them from disk: every link goes somewhere in the file (or to the site online,
// when the build knew its address), and a link to a part of the site the file does not hold says it works online only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { editions } from '../../src/lib/editions.js';
import { BUILD } from './built';

const site = process.env.PUBLIC_SITE_URL?.replace(/\/+$/, '');
const files = editions.flatMap((edition) =>
	['compute-optimal-explained.html', 'compute-optimal-explained-solutions.html'].map((name) => ({
		edition: edition.id,
		path: join(BUILD, edition.prefix, 'downloads', name)
	}))
);

describe.each(files)('the offline file $path', ({ path }) => {
	it('exists', () => expect(existsSync(path)).toBe(true));

	const html = existsSync(path) ? readFileSync(path, 'utf8') : '';
	const { document } = parseHTML(html);
	const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));

	it('has no link that would open a file beside it (file:///explore/): each goes to a place in it, data or the site', () => {
		const bad = [...document.querySelectorAll('a[href]')]
			.map((a) => a.getAttribute('href')!)
			.filter((href) => {
				if (href.startsWith('#')) return !ids.has(decodeURIComponent(href.slice(1))) && href !== '#top';
				if (href.startsWith('data:')) return false;
				// The references' own addresses (arXiv, the reports), and the site online when the build knew it.
				if (/^https?:\/\//.test(href)) return false;
				return true;
			});
		expect(bad).toEqual([]);
	});

	it('marks every link to a part of the site it does not hold as online only, in its edition’s words', () => {
		const online = [...document.querySelectorAll('a[data-online-only]')];
		if (site) expect(online).toEqual([]);
		else {
			expect(online.length).toBeGreaterThan(0);
			for (const a of online) {
				expect(a.hasAttribute('href')).toBe(false);
				expect(a.querySelector('.online-only')?.textContent).toMatch(/online only|仅限在线版/);
			}
		}
	});

	it('loads nothing from anywhere: no src or stylesheet outside the file', () => {
		const outside = [...document.querySelectorAll('[src], link[href]')]
			.map((e) => e.getAttribute('src') ?? e.getAttribute('href')!)
			.filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
		expect(outside).toEqual([]);
	});
});

describe('the essay’s offline file', () => {
	it('takes a reader to a chapter it holds from the header (References → that chapter)', () => {
		const { document } = parseHTML(readFileSync(join(BUILD, 'downloads/compute-optimal-explained.html'), 'utf8'));
		const references = [...document.querySelectorAll('header a')].find((a) => a.textContent?.trim() === 'References');
		expect(references?.getAttribute('href')).toBe('#chapter-references');
	});

	it('does not carry the answers: the solutions are a file of their own, linked only from the instructors’ page', () => {
		const essay = readFileSync(join(BUILD, 'downloads/compute-optimal-explained.html'), 'utf8');
		expect(essay).not.toContain('compute-optimal-explained-solutions.html');
		const instructors = readFileSync(join(BUILD, 'instructors/index.html'), 'utf8');
		expect(instructors).toContain('downloads/compute-optimal-explained-solutions.html');
	});
});
