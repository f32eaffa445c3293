import { readdirSync } from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { parseChapterFile } from '../../src/lib/content';

/** Every chapter slug, read from content/ the way the site reads it. */
export const chapterSlugs = readdirSync('content')
	.filter((f) => f.endsWith('.md'))
	.sort()
	.map((f) => parseChapterFile(`/content/${f}`).slug);

/** Every prerendered page, as a path under the site's base. */
export const allPages = [
	'/',
	...chapterSlugs.map((s) => `/${s}/`),
	'/explore/',
	'/solutions/',
	'/instructors/',
	'/essay/'
];

/** The same pages in the Chinese edition. */
export const zhPages = allPages.map((path) => `/zh${path}`);

export interface PageIssues {
	consoleErrors: string[];
	pageErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
}

/** Records what a page did wrong: console errors, uncaught exceptions, failed requests, requests to other origins. */
export function watch(page: Page, origin: string): PageIssues {
	const issues: PageIssues = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
	page.on('console', (m) => {
		if (m.type() === 'error') issues.consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => issues.pageErrors.push(e.message));
	page.on('requestfailed', (r) => issues.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
	page.on('response', (r) => {
		if (r.status() >= 400) issues.failedRequests.push(`${r.url()} (${r.status()})`);
	});
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
			issues.foreignRequests.push(r.url());
		}
	});
	return issues;
}

/** Opens a page and waits until its script has run (theme picker wired, islands watched). */
export async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/**
 * Brings a figure into view and waits until its island is live (code loaded, markup hydrated, scenario read from the
 * URL); returns the figure. Figures load only near the viewport, so a test drives one only after this.
 */
export async function live(page: Page, widget: string, nth = 0): Promise<Locator> {
	const figure = page.locator(`figure[data-widget="${widget}"]`).nth(nth);
	await figure.scrollIntoViewIfNeeded();
	const island = figure.locator('xpath=ancestor::*[@data-island][1]');
	// An island that loads when the reader reaches for it is reached for.
	if ((await island.getAttribute('data-load')) === 'interaction') await island.dispatchEvent('pointerover');
	// The heaviest figures (the 245 runs, the fitter) take seconds to load and hydrate on a busy two-core machine.
	await expect(island).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
	return figure;
}

/** `test` with a `issues` fixture that fails the test if the page misbehaved in any of those ways. */
export const test = base.extend<{ issues: PageIssues }>({
	issues: async ({ page, baseURL }, use) => {
		const issues = watch(page, new URL(baseURL!).origin);
		await use(issues);
		expect(issues.pageErrors, 'uncaught exceptions').toEqual([]);
		expect(issues.consoleErrors, 'console errors').toEqual([]);
		expect(issues.foreignRequests, 'requests to other origins').toEqual([]);
	}
});

export { expect };

/**
 * Brings every island on the page to life (each hydrates as it nears the viewport), then waits for the last one.
 * Islands this layout does not show (the phone's budget bar on a desktop) stay asleep, as they do for a reader.
 */
export async function wakeAll(page: Page): Promise<void> {
	const shown = page.locator('[data-island]').filter({ visible: true });
	// Scrolled through in the page (a round trip per island from here took 10 s on the essay): each island stays in
	// view until the page has noticed it (its data-hydrated is set as its code is asked for), a second at most.
	await page.evaluate(async () => {
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		// A second and third pass for any the page missed (a block above still laying out can move one away).
		for (let pass = 0; pass < 3; pass++) {
			for (const island of document.querySelectorAll<HTMLElement>('[data-island]')) {
				if (island.dataset.hydrated !== undefined || !island.checkVisibility()) continue;
				island.scrollIntoView({ block: 'center' });
				// An island that waits for the reader to reach for it (data-load="interaction") is reached for.
				if (island.dataset.load === 'interaction')
					island.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
				for (let frames = 0; island.dataset.hydrated === undefined && frames < 60; frames++) await frame();
			}
		}
	});
	// The heaviest take seconds to load and hydrate on a busy two-core machine (as in live()); the message names those
	// left and how far they got.
	const waiting = shown.and(page.locator(':not([data-hydrated=""])'));
	await expect
		.poll(
			() =>
				waiting.evaluateAll((els) =>
					els.map((e) => `${e.getAttribute('data-island')}: ${e.getAttribute('data-hydrated')}`)
				),
			{
				timeout: 20_000
			}
		)
		.toEqual([]);
}
