import AxeBuilder from '@axe-core/playwright';
import { SUBPATH_URL } from '../../playwright.config';
import { scanLabels } from '../../src/lib/markdown/labels.js';
import { allPages, chapterSlugs, expect, live, open, test, wakeAll, watch, zhPages } from './fixtures';
import { layOutAll } from './reader';

test.describe('accessibility (axe-core)', () => {
	// A tall window brings most figures to life at once, with less scrolling.
	test.use({ viewport: { width: 1280, height: 3000 } });

	// The everyday tier checks a sample: the contents, a chapter, the dashboard and the Chinese contents, and the dark
	// theme's colours on two of them. The full tier checks every page of both editions in both themes and every embed
	// page (the whole essay is every chapter again, each checked on its own page; its own parts are checked below).
	const sample = { light: ['/', '/derivation/', '/explore/', '/zh/'], dark: ['/', '/explore/'] };
	const every = [...allPages, ...zhPages].filter((path) => !path.endsWith('/essay/'));
	const embeds = [...scanLabels('content')]
		.filter(([key]) => key.startsWith('fig:'))
		.flatMap(([key]) => [`/embed/${key.slice(4)}/`, `/zh/embed/${key.slice(4)}/`]);
	for (const scheme of ['light', 'dark'] as const) {
		const pages = [...new Set([...every, ...(scheme === 'light' ? embeds : [])])];
		for (const path of pages) {
			const tag = sample[scheme].includes(path) ? [] : ['@full'];
			test(`${path} has no violations in the ${scheme} theme`, { tag }, async ({ page }) => {
				// The longest chapters take ≈15 s here on a quiet 2-core machine; allow for a busy one.
				test.setTimeout(90_000);
				await page.emulateMedia({ colorScheme: scheme });
				await open(page, path);
				await wakeAll(page);
				// Off-screen blocks are not rendered (content-visibility: auto), so axe would measure them as empty boxes:
				// render everything, as the reader sees each part when it scrolls into view.
				await layOutAll(page);
				// Open every "show the data" table so its contents are checked too.
				for (const details of await page.locator('details').all())
					await details.evaluate((d) => d.setAttribute('open', ''));
				const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']);
				// Structure, names and roles are the same in both themes: the dark run checks what the theme changes, the
				// colours (every colour rule of the tags above), and leaves the rest to the light run.
				if (scheme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
				const { violations } = await axe.analyze();
				expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	}

	test(
		'the whole essay’s own parts (title page, chapter headings) have no violations',
		{ tag: '@full' },
		async ({ page }) => {
			test.setTimeout(60_000);
			await open(page, '/essay/');
			const { violations } = await new AxeBuilder({ page })
				.include('.title-page')
				.include('article.chapter > header')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		}
	);
});

test('the theme choice persists and applies before the first paint', async ({ page }) => {
	await open(page, '/');
	await page.getByLabel('Colour theme').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await open(page, `/${chapterSlugs[0]}/`);
	// Set by the inline script in <head>, before hydration: read it at DOMContentLoaded.
	const early = await page.evaluate(() => document.documentElement.dataset.theme);
	expect(early).toBe('dark');
	const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(background).toBe('rgb(21, 23, 28)');
	await page.getByLabel('Colour theme').selectOption('auto');
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the table of contents marks the section being read', async ({ page }) => {
	await open(page, `/${chapterSlugs[3]}/`);
	const links = page.getByRole('navigation', { name: 'On this page' }).locator('a');
	const last = links.last();
	// Ids may start with a digit ("1-a-clusters-budget"), which a CSS #selector cannot name: look them up by id.
	const id = decodeURIComponent((await last.getAttribute('href'))!.slice(1));
	await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
	await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
	await expect(last).toHaveAttribute('aria-current', 'location');
});

test('printing hides the controls and prints each figure’s state URL', async ({ page }) => {
	await open(page, '/explore/?C=1e22');
	await live(page, 'compute-budget');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('slider', { name: /compute budget/i })).toBeHidden();
	await expect(page.locator('figure.widget .print-url').first()).toBeVisible();
	await expect(page.locator('figure.widget .print-url').first()).toContainText('C=1e22');
});

test.describe('the sub-path build', { tag: '@full' }, () => {
	test('every internal link and asset resolves (crawl)', async ({ page, request }) => {
		// Fifteen pages and twenty embed pages in each edition, and their assets: ≈80 s on a quiet 2-core machine.
		test.setTimeout(240_000);
		const origin = new URL(SUBPATH_URL).origin;
		const seen = new Set<string>();
		const queue = [`${SUBPATH_URL}/`];
		const broken: string[] = [];
		while (queue.length > 0) {
			const url = queue.shift()!;
			if (seen.has(url)) continue;
			seen.add(url);
			const response = await page.goto(url);
			if (!response || response.status() !== 200) {
				broken.push(`${url} (${response?.status()})`);
				continue;
			}
			const found = await page.evaluate(() => [
				...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
				...[...document.querySelectorAll('link[href]')].map((l) => (l as HTMLLinkElement).href),
				...[...document.querySelectorAll('script[src], img[src]')].map((s) => (s as HTMLScriptElement).src)
			]);
			for (const raw of found) {
				const target = new URL(raw);
				if (target.origin !== origin) continue;
				target.hash = '';
				const clean = target.toString();
				if (!target.pathname.startsWith('/course/chinchilla/'))
					broken.push(`${clean} (outside the sub-path, on ${url})`);
				else if (target.pathname.endsWith('/') && !seen.has(clean)) queue.push(clean);
				else if (!target.pathname.endsWith('/') && !seen.has(clean)) {
					seen.add(clean);
					const asset = await request.get(clean);
					if (asset.status() !== 200) broken.push(`${clean} (${asset.status()}, on ${url})`);
				}
			}
		}
		expect(broken).toEqual([]);
		// The crawl reached every page, and every figure's embed page (linked from the instructors' page).
		for (const path of [...allPages, ...zhPages]) expect(seen.has(`${SUBPATH_URL}${path}`), path).toBe(true);
		for (const [key] of scanLabels('content')) {
			if (!key.startsWith('fig:')) continue;
			expect(seen.has(`${SUBPATH_URL}/embed/${key.slice(4)}/`), key).toBe(true);
			expect(seen.has(`${SUBPATH_URL}/zh/embed/${key.slice(4)}/`), key).toBe(true);
		}
	});

	for (const slug of chapterSlugs) {
		test(`the contents page links to ${slug}`, async ({ page }) => {
			const issues = watch(page, new URL(SUBPATH_URL).origin);
			await open(page, `${SUBPATH_URL}/`);
			// Let the islands the link's neighbourhood wakes (and the favicon) finish loading first: leaving a page
			// mid-load aborts its requests, which is not a fault of the site.
			const link = page.locator(`a[href="/course/chinchilla/${slug}/"]`).first();
			await link.scrollIntoViewIfNeeded();
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			await expect(page.locator('[data-hydrated="loading"]')).toHaveCount(0);
			await page.waitForLoadState('networkidle');
			await link.click();
			await expect(page).toHaveURL(`${SUBPATH_URL}/${slug}/`);
			await expect(page.locator('h1')).not.toBeEmpty();
			await page.waitForLoadState('networkidle');
			expect(issues).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
		});
	}
});
