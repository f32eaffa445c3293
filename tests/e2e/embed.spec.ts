import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { scanLabels } from '../../src/lib/markdown/labels.js';
import { EMBED_HEIGHT_MESSAGE } from '../../src/lib/figure/embed';
import { ROOT_URL, SUBPATH_URL } from '../../playwright.config';
import { expect, live, open, test } from './fixtures';

/** Every figure of the essay, as the chapters number them: each has an embed page. */
const figures = [...scanLabels('content')]
	.filter(([key]) => key.startsWith('fig:'))
	.map(([key, { slug, number }]) => ({ label: key.slice(4), slug, number }));

/**
 * A course page on another origin, holding `body`: served by a server of the test's own, on another port (a real local
 * server: the browser lets a page on the local machine frame another one there, not a page it cannot place).
 */
async function coursePage(page: Page, body: string): Promise<void> {
	const server = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="en"><head><title>Week 3</title></head><body>${body}</body></html>`);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	page.on('close', () => server.close());
	await page.goto(`http://127.0.0.1:${port}/week-3.html`);
}

test('every figure of the essay has an embed page', () => {
	expect(figures.length).toBeGreaterThanOrEqual(20);
});

for (const { label, slug, number } of figures) {
	// One stands for the twenty in the everyday tier (the sweep loads every embed page of both editions there).
	const tag = label === 'iso-loss' ? [] : ['@full'];
	test(
		`the embed page of figure ${number} (${label}) shows that figure alone, live, with a link to its chapter`,
		{
			tag
		},
		async ({ page, issues }) => {
			await open(page, `/embed/${label}/`);
			await expect(page.locator('figure')).toHaveCount(1);
			await expect(page.locator(`figure#fig-${label}`)).toBeVisible();
			await expect(page.locator('.site-header, .site-footer, nav')).toHaveCount(0);
			await expect(page.locator('.number')).toHaveText(`Figure ${number}.`);
			// Alone on its page, a figure loads at once (even one that waits for a touch in its chapter).
			await expect(page.locator('[data-island]')).toHaveAttribute('data-hydrated', '');
			await expect(page.getByRole('link', { name: /^From chapter/ })).toHaveAttribute('href', `/${slug}/#fig-${label}`);
			await expect(page.locator('body')).not.toContainText(/NaN|undefined/);
			expect(issues.failedRequests).toEqual([]);
		}
	);
}

test('an embed page reads the state in its address, and its link back carries it to the chapter', async ({
	page,
	context
}) => {
	await open(page, '/embed/iso-loss/?C=1e22&law=hoffmann2022');
	const figure = await live(page, 'iso-loss-map');
	await expect(figure.locator('select').first()).toHaveValue('hoffmann2022');
	await expect(figure.locator('output').first()).toHaveText('1.0 × 10²² FLOP');
	const [chapter] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('link', { name: /^From chapter 4/ }).click()
	]);
	await expect(chapter).toHaveURL(`${ROOT_URL}/derivation/?C=1e22&law=hoffmann2022#fig-iso-loss`);
});

test('a figure with a scenario of its own reads it on its embed page too', async ({ page }) => {
	await open(page, '/embed/iso-loss-printed/?iso-loss-printed.C=1e21');
	const figure = await live(page, 'iso-loss-map');
	// The chapter pins the printed fit; the address moves the budget.
	await expect(figure.locator('select').first()).toHaveValue('hoffmann2022');
	await expect(figure.locator('output').first()).toHaveText('1.0 × 10²¹ FLOP');
});

test(
	'“Embed” copies an iframe of the figure in its present state, under the sub-path',
	{ tag: '@full' },
	async ({ page }) => {
		// Record what the page puts on the clipboard.
		await page.addInitScript(() => {
			const copied: string[] = ((window as unknown as { copied: string[] }).copied = []);
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: async (text: string) => void copied.push(text) }
			});
		});
		await open(page, `${SUBPATH_URL}/derivation/?C=3e22`);
		const figure = await live(page, 'iso-loss-map');
		await figure.getByRole('button', { name: 'Embed' }).click();
		await expect(figure.locator('.tools [role="status"]')).toContainText('Embed code copied', { timeout: 20_000 });
		const snippet = await page.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
		expect(snippet).toMatch(/^<div style="container-type: inline-size"><iframe [^>]*><\/iframe><\/div>$/);
		const src = new URL(/src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&'));
		expect(`${src.origin}${src.pathname}`).toBe(`${SUBPATH_URL}/embed/iso-loss/`);
		expect(Math.abs(Number(src.searchParams.get('C')) / 3e22 - 1)).toBeLessThan(1e-9);
		expect(snippet).toMatch(/title="Figure 4\.1: Contours of the loss/);
		const height = Number(/height="(\d+)"/.exec(snippet)![1]);
		expect(height).toBeGreaterThan((await figure.boundingBox())!.height);
		// The snippet's address opens the figure in that state.
		await page.goto(src.href);
		await expect((await live(page, 'iso-loss-map')).locator('output').first()).toHaveText('3.0 × 10²² FLOP');
	}
);

test('a course page on another origin frames an embed page, which tells it its height', async ({ page }) => {
	await coursePage(
		page,
		`<h1>Week 3</h1>
		<iframe src="${ROOT_URL}/embed/iso-loss/?C=1e22" title="Figure 4.1" width="100%" height="300"></iframe>
		<script>
			window.heights = [];
			addEventListener('message', (event) => {
				const m = event.data;
				if (!m || m.type !== '${EMBED_HEIGHT_MESSAGE}') return;
				window.heights.push(m);
				for (const frame of document.querySelectorAll('iframe'))
					if (frame.contentWindow === event.source) frame.style.height = m.height + 'px';
			});
		</script>`
	);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('figure#fig-iso-loss')).toBeVisible();
	await expect(frame.locator('[data-island]')).toHaveAttribute('data-hydrated', '');
	await expect(frame.locator('output').first()).toHaveText('1.0 × 10²² FLOP');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { heights: { figure: string }[] }).heights.length))
		.toBeGreaterThan(0);
	const last = await page.evaluate(() =>
		(window as unknown as { heights: { figure: string; height: number }[] }).heights.at(-1)!
	);
	expect(last.figure).toBe('iso-loss');
	// The whole figure fits: the frame was sized to it.
	const figureHeight = await frame.locator('figure').evaluate((f) => f.getBoundingClientRect().height);
	expect(last.height).toBeGreaterThan(figureHeight);
	await expect.poll(() => page.locator('iframe').evaluate((f) => f.clientHeight)).toBe(last.height);
});

test('a page that is not an embed page refuses to be framed', async ({ page }) => {
	const refused = page.waitForResponse(`${ROOT_URL}/compute/`);
	await coursePage(page, `<iframe src="${ROOT_URL}/compute/" title="A chapter"></iframe>`);
	const response = await refused;
	expect(response.headers()['x-frame-options']).toBe('DENY');
	expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
	// The browser shows its error page in the frame instead of the chapter.
	await expect
		.poll(() =>
			page
				.frames()
				.find((f) => f !== page.mainFrame())
				?.url()
		)
		.toMatch(/^chrome-error:/);
	expect(
		await page
			.frames()
			.find((f) => f !== page.mainFrame())!
			.locator('article, .island')
			.count()
	).toBe(0);
});

/**
 * The <iframe> a teacher copies with "Embed" from a figure in its chapter, read off a recorded clipboard.
 */
async function copiedEmbed(page: Page, slug: string, widget: string): Promise<string> {
	await page.addInitScript(() => {
		const copied: string[] = ((window as unknown as { copied: string[] }).copied = []);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) } });
	});
	await page.setViewportSize({ width: 1280, height: 900 });
	await open(page, `/${slug}/`);
	const figure = await live(page, widget);
	await figure.getByRole('button', { name: 'Embed' }).click();
	// The button measures the figure in hidden frames first.
	await expect(figure.locator('.tools [role="status"]')).toContainText('Embed code copied', { timeout: 20_000 });
	return page.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
}

// A course platform strips <script> from the pages teachers write: nothing sizes the frame. The embed page must fit the
// height the snippet asked for, in the largest state a reader can reach (a committed guess, its chart and verdict
// shown), at a phone's, a tablet's and a laptop's width, with no scrollbar inside the frame.
const noScriptHosts = [
	{ label: 'guess', slug: 'the-question', widget: 'guess-size', everyday: true },
	{ label: 'iso-loss', slug: 'derivation', widget: 'iso-loss-map', everyday: true },
	{ label: 'overtraining', slug: 'models', widget: 'overtraining', everyday: false },
	{ label: 'runs', slug: 'measuring', widget: 'runs-chart', everyday: false },
	{ label: 'fit', slug: 'measuring', widget: 'fit-explorer', everyday: false }
];
for (const { label, slug, widget, everyday } of noScriptHosts) {
	test(
		`figure ${label} in a course page that runs no script shows whole, in its largest state, at three widths`,
		{
			tag: everyday ? [] : ['@full']
		},
		async ({ page }) => {
			test.setTimeout(90_000);
			const snippet = await copiedEmbed(page, slug, widget);
			expect(snippet).toContain(`/embed/${label}/`);
			for (const width of [390, 768, 1280]) {
				await page.setViewportSize({ width, height: 900 });
				await coursePage(page, `<h1>Week 3</h1><p>Read chapter 4 first.</p>${snippet}`);
				const frame = page.frameLocator('iframe');
				await expect(frame.locator('[data-island]')).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
				// The largest state: a guess committed, so the chart and the verdict show.
				const commit = frame.getByRole('button', { name: /^Commit/ });
				if (await commit.count()) await commit.first().click();
				const fits = () =>
					frame.locator('body').evaluate(
						() =>
							new Promise<{ page: number; window: number; figure: number }>((done) =>
								requestAnimationFrame(() =>
									requestAnimationFrame(() =>
										done({
											page: document.documentElement.scrollHeight,
											window: innerHeight,
											figure: document.querySelector('figure')!.getBoundingClientRect().bottom
										})
									)
								)
							)
					);
				await expect
					.poll(
						async () => {
							const { page: height, window, figure } = await fits();
							return height <= window + 1 && figure <= window + 1;
						},
						{ message: `${label} at ${width} px fits its frame` }
					)
					.toBe(true);
			}
		}
	);
}
