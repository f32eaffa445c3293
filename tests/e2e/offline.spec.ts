import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scanLabels } from '../../src/lib/markdown/labels.js';
import { ROOT_URL } from '../../playwright.config';
import { chapterSlugs, expect, live, open, test, watch } from './fixtures';

/** Every chapter's title, in order, from its front matter. */
const titles = chapterSlugs.map((slug, i) => {
	const file = `content/${String(i + 1).padStart(2, '0')}-${slug}.md`;
	return /^title:\s*(.+)$/m.exec(readFileSync(file, 'utf8'))![1].trim();
});

/** Moves the compute-budget figure's slider one step with the keyboard and waits for its value to change. */
async function stepBudget(page: Page): Promise<Locator> {
	const figure = await live(page, 'compute-budget');
	const slider = figure.getByRole('slider').first();
	const before = await slider.getAttribute('aria-valuetext');
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider).not.toHaveAttribute('aria-valuetext', before!);
	return figure;
}

test('the whole essay on one page holds every chapter in order, and prints each from a new page', async ({ page }) => {
	test.setTimeout(60_000);
	await open(page, '/essay/');
	await expect(page.locator('article.chapter > header h1')).toHaveText(titles);
	// Links between chapters in the prose stay on the page (a figure's own links, and the live versions, go to chapters).
	await expect(page.locator('.title-page a')).toHaveCount(titles.length);
	const toChapters = chapterSlugs
		// (A problem's link to its figure in the problem's state stays a link to the chapter: the state needs its page.)
		.map((slug) => `.prose a[href^="/${slug}/"]:not(.live-version a):not(.island a):not([data-figure-link])`)
		.join(', ');
	await expect(page.locator(toChapters)).toHaveCount(0);
	expect(await page.locator('.prose a[href^="#chapter-"]').count()).toBeGreaterThan(0);
	// Every figure of the essay is there, followed by the address of its live version, its chapter's.
	const figures = [...scanLabels('content')].filter(([key]) => key.startsWith('fig:'));
	await expect(page.locator('figure.widget')).toHaveCount(figures.length);
	for (const [key, { slug }] of figures) {
		const label = key.slice(4);
		await expect(page.locator(`.island:has(#fig-${label}) + .live-version a`)).toHaveAttribute(
			'href',
			`/${slug}/#fig-${label}`
		);
	}
	// In full, for a printed page.
	const [firstKey, first] = figures[0];
	await expect(page.locator('.live-version a').first()).toHaveText(
		`${ROOT_URL}/${first.slug}/#fig-${firstKey.slice(4)}`
	);
	// No two elements share an id.
	const duplicates = await page.evaluate(() => {
		const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
		return ids.filter((id, i) => ids.indexOf(id) !== i);
	});
	expect(duplicates).toEqual([]);
	await page.emulateMedia({ media: 'print' });
	const breaks = await page
		.locator('article.chapter')
		.evaluateAll((articles) => articles.map((a) => getComputedStyle(a).breakBefore));
	expect(breaks).toEqual(titles.map(() => 'page'));
	await expect(page.locator('.live-version').first()).toBeVisible();
	await expect(page.locator('figure.widget input').first()).toBeHidden();
});

test('a figure works on the whole-essay page as in its chapter', async ({ page, issues }) => {
	await open(page, '/essay/');
	await stepBudget(page);
	expect(issues.failedRequests).toEqual([]);
});

test('the offline copy opens from file:// with the network off: math, every chapter and a working slider', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	// Nothing may leave the machine: every request but the file itself is refused, and recorded.
	const network: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('file:')) return route.continue();
		network.push(url);
		return route.abort();
	});
	const issues = watch(page, 'null');
	const file = pathToFileURL(resolve('build/downloads/compute-optimal-explained.html')).href;
	await open(page, file);
	await expect(page).toHaveTitle(/offline copy/);
	await expect(page.locator('article.chapter > header h1')).toHaveText(titles);
	// Built with no address for the site online, the copy has no live versions to point at.
	await expect(page.locator('.live-version')).toHaveCount(0);
	// Math rendered, in KaTeX's own fonts (inlined: document.fonts finds them loaded).
	await expect(page.locator('.katex').first()).toBeVisible();
	await page.locator('.katex').first().scrollIntoViewIfNeeded();
	await expect.poll(() => page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
	// The compute budget moves, and the figures that follow it with it.
	const figure = await stepBudget(page);
	await expect(figure.locator('.readout')).toContainText(/7\.3 × 10²³ FLOP/);
	expect(network).toEqual([]);
	expect(issues.pageErrors).toEqual([]);
	expect(issues.consoleErrors).toEqual([]);
});

test('the zipped site holds the whole build, ready to unpack on a static host', () => {
	const files = Object.keys(unzipSync(readFileSync('build/downloads/compute-optimal-explained-site.zip')));
	for (const file of ['index.html', '404.html', '_headers', 'essay/index.html', 'embed/iso-loss/index.html']) {
		expect(files, file).toContain(file);
	}
	for (const slug of chapterSlugs) expect(files).toContain(`${slug}/index.html`);
	expect(files.some((f) => f.startsWith('_app/islands/entry-'))).toBe(true);
	// Not itself, nor the offline copy.
	expect(files.filter((f) => f.startsWith('downloads/'))).toEqual([]);
});
