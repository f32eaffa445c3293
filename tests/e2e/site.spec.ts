import { SUBPATH_URL } from '../../playwright.config';
import { allPages, chapterSlugs, expect, test, watch } from './fixtures';

test.describe('the contents page', () => {
	test('lists every chapter in order with its summary and reading time', async ({ page, issues }) => {
		await page.goto('/');
		const items = page.locator('ol.chapters > li');
		await expect(items).toHaveCount(chapterSlugs.length);
		for (const [i, slug] of chapterSlugs.entries()) {
			const item = items.nth(i);
			await expect(item.locator('a')).toHaveAttribute('href', `/${slug}/`);
			await expect(item.locator('.summary')).not.toBeEmpty();
			await expect(item.locator('.minutes')).toContainText(/\d+ min read/);
		}
		expect(issues.failedRequests).toEqual([]);
	});
});

test.describe('chapters', () => {
	test('show math rendered at build time, without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/${chapterSlugs[0]}/`);
		await expect(page.locator('.katex').first()).toBeVisible();
		// MathML for screen readers comes with it, and no raw TeX leaks into the text.
		await expect(page.locator('.katex math').first()).toBeAttached();
		await expect(page.locator('main')).not.toContainText('$$');
		await context.close();
	});

	test('ship no KaTeX JavaScript', async ({ page, issues }) => {
		const scripts: string[] = [];
		page.on('response', async (r) => {
			if (r.request().resourceType() === 'script') scripts.push(await r.text());
		});
		await page.goto(`/${chapterSlugs[0]}/`);
		await page.waitForLoadState('networkidle');
		expect(scripts.length).toBeGreaterThan(0);
		// "KaTeX parse error" is a string literal inside KaTeX's own code: no script may carry it.
		for (const source of scripts) expect(source).not.toContain('KaTeX parse error');
		expect(issues.failedRequests).toEqual([]);
	});

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

	test('navigate client-side to the next chapter', async ({ page, issues }) => {
		await page.goto(`/${chapterSlugs[0]}/`);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(`/${chapterSlugs[1]}/`);
		await expect(page.locator('.katex').first()).toBeVisible();
		expect(issues.failedRequests).toEqual([]);
	});
});

test('every page loads without console errors, failed or foreign requests', async ({ page, issues }) => {
	for (const path of allPages) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(issues.failedRequests).toEqual([]);
});

test('an unknown address gets the 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-chapter/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toContainText('Page not found');
});

test.describe('hosted under a sub-path by a plain static server', () => {
	test('deep links, assets and client-side navigation all stay under the sub-path', async ({ page }) => {
		const issues = watch(page, new URL(SUBPATH_URL).origin);
		await page.goto(`${SUBPATH_URL}/${chapterSlugs[1]}/`);
		await expect(page.locator('.katex').first()).toBeVisible();
		await page.getByRole('link', { name: 'Contents' }).click();
		await expect(page).toHaveURL(`${SUBPATH_URL}/`);
		await page.locator('ol.chapters a').first().click();
		await expect(page).toHaveURL(`${SUBPATH_URL}/${chapterSlugs[0]}/`);
		await expect(page.locator('h1')).not.toBeEmpty();
		await page.waitForLoadState('networkidle');
		expect(issues).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] });
	});

	test('every link on every page points inside the sub-path', async ({ page }) => {
		for (const path of allPages) {
			await page.goto(`${SUBPATH_URL}${path}`);
			const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			for (const href of hrefs) expect(href).toMatch(/^\/course\/chinchilla\//);
		}
	});
});
