import { SUBPATH_URL } from '../../playwright.config';
import { chapterSlugs, expect, open, test, watch } from './fixtures';

test.describe('the contents page', () => {
	test('lists every chapter in order with its summary and reading time', async ({ page, issues }) => {
		await page.goto('/');
		const items = page.locator('ol.chapters > li');
		await expect(items).toHaveCount(chapterSlugs.length);
		for (const [i, slug] of chapterSlugs.entries()) {
			const item = items.nth(i);
			await expect(item.locator('a')).toHaveAttribute('href', `/${slug}/`);
			await expect(item.locator('.summary')).not.toBeEmpty();
			// The time with the figures and checks, and the reading alone when they add to it.
			await expect(item.locator('.minutes')).toContainText(/\d+ min/);
		}
		expect(issues.failedRequests).toEqual([]);
	});
});

test.describe('chapters', () => {
	test('have a title, a table of contents and previous/next links', async ({ page, issues }) => {
		await page.goto(`/${chapterSlugs[1]}/`);
		await expect(page.locator('h1')).not.toBeEmpty();
		const toc = page.getByRole('navigation', { name: 'On this page' });
		const firstEntry = toc.locator('a').first();
		const target = (await firstEntry.getAttribute('href'))!;
		await expect(page.locator(target)).toBeAttached();
		await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/${chapterSlugs[0]}/`);
		expect(issues.failedRequests).toEqual([]);
	});

	test('keep the table of contents on screen: in the margin on a wide window, folded above the text on a narrow one', async ({
		page
	}) => {
		for (const width of [1240, 1280, 1600]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(`/${chapterSlugs[0]}/`);
			const box = (await page.getByRole('navigation', { name: 'On this page' }).boundingBox())!;
			const text = (await page.locator('.prose').boundingBox())!;
			expect(box.x, `${width}px: the contents start inside the window`).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, `${width}px: and end before the text`).toBeLessThan(text.x);
		}
		await page.setViewportSize({ width: 390, height: 800 });
		const narrow = page.locator('[data-toc] details');
		await expect(narrow).toBeVisible();
		await expect(narrow).not.toHaveAttribute('open');
	});

	// Something above the reader changes height all the time: a block laid out as it nears the window (it skips layout
	// until then), a figure coming alive. The browser keeps the text in view still by moving the page with it — unless it
	// picks as its fixed point something that stays put on screen itself (the sticky contents in the margin, the
	// controls on /explore/): then the reader's text jumped by the change, 128 px near a chapter's end, and a click on
	// "Cite this" landed on nothing.
	// The first two failed before the fix (200 px); the others held already and guard the rest of the layouts.
	for (const [path, width, tag] of [
		['/derivation/', 1280, []],
		['/zh/derivation/', 1280, []],
		['/derivation/', 390, ['@full']],
		['/explore/', 1280, ['@full']],
		['/explore/', 390, []]
	] as const) {
		test(
			`${path} at ${width} px: what the reader is reading holds still when something above it grows`,
			{ tag: [...tag] },
			async ({ page }) => {
				await page.setViewportSize({ width, height: 720 });
				await page.goto(path);
				await page.locator('html[data-ready]').waitFor({ state: 'attached' });
				// Halfway down, as a reader would be, then at the end.
				for (const where of ['middle', 'end'] as const) {
					if (where === 'middle')
						await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
					else
						// End scrolls smoothly to where the end was when pressed, and the text laid out on the way can
						// leave it a line short: the reader presses it again.
						await expect(async () => {
							await page.keyboard.press('End');
							const left = await page.evaluate(
								() => document.documentElement.scrollHeight - window.scrollY - innerHeight
							);
							expect(left).toBeLessThan(2);
						}).toPass();
					const moved = await page.evaluate(async () => {
						const frames = (n: number) =>
							new Promise<void>((resolve) => {
								const step = () => (n-- <= 0 ? resolve() : requestAnimationFrame(step));
								step();
							});
						// Something in the window: what the reader has in front of them.
						const seen = [...document.querySelectorAll('main :is(p, h2, h3, li, summary, label)')].find((e) => {
							const box = e.getBoundingClientRect();
							return box.height > 0 && box.top > 0 && box.bottom < innerHeight;
						})!;
						const before = seen.getBoundingClientRect().top;
						// Above the window: the first block of the text, or the first figure.
						const above = document.querySelector<HTMLElement>('.prose > *, .figures > *')!;
						above.style.paddingTop = '200px';
						await frames(2);
						const after = seen.getBoundingClientRect().top;
						above.style.paddingTop = '';
						await frames(2);
						return after - before;
					});
					expect(Math.abs(moved), `${where}: the text in view moved by ${moved} px`).toBeLessThan(1);
				}
			}
		);
	}

	test('link to the next chapter', async ({ page, issues }) => {
		// Left only once its network is idle: a request the browser cancels on leaving (the icon, on a busy machine) is
		// not the site's failure, and would read as one below.
		await page.goto(`/${chapterSlugs[0]}/`, { waitUntil: 'networkidle' });
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(`/${chapterSlugs[1]}/`);
		await expect(page.locator('.katex').first()).toBeVisible();
		expect(issues.failedRequests).toEqual([]);
	});
});

test('an unknown address gets the 404 page, in either edition, and a way back', async ({ page }) => {
	const response = await page.goto('/no-such-chapter/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toContainText('Page not found');
	await page.getByRole('link', { name: '中文' }).last().click();
	await expect(page).toHaveURL('/zh/');
});

test.describe('hosted under a sub-path by a plain static server', { tag: '@full' }, () => {
	test('deep links, assets and the islands all stay under the sub-path', async ({ page }) => {
		const issues = watch(page, new URL(SUBPATH_URL).origin);
		await open(page, `${SUBPATH_URL}/compute/`);
		await expect(page.locator('.katex').first()).toBeVisible();
		const figure = page.locator('figure[data-widget="compute-budget"]');
		await figure.scrollIntoViewIfNeeded();
		await expect(figure.locator('xpath=..')).toHaveAttribute('data-hydrated', '');
		// Leave each page only when it has finished loading: a navigation cancels what is still in flight (the
		// favicon, say), and that abort is the browser moving on, not a failed request.
		await page.waitForLoadState('networkidle');
		await page.getByRole('link', { name: 'Contents' }).click();
		await expect(page).toHaveURL(`${SUBPATH_URL}/`);
		await page.waitForLoadState('networkidle');
		await page.locator('ol.chapters a').first().click();
		await expect(page).toHaveURL(`${SUBPATH_URL}/${chapterSlugs[0]}/`);
		await expect(page.locator('h1')).not.toBeEmpty();
		await page.waitForLoadState('networkidle');
		expect(issues).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
	});
});
