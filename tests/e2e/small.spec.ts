// Issue 22, item 11 ("Smaller"), each driven as a reader meets it: the switcher keeps the section being read, a
// figure whose code does not arrive says so, the fitter says when it has too few runs and marks numbers that are
// being refitted, GPT-3's budget reads the same everywhere, and Fig 1.2 moves when its chart is dragged.
import type { Locator, Page } from '@playwright/test';
import { islandFailure as enFailure } from '../../src/lib/i18n/en';
import { islandFailure as zhFailure } from '../../src/lib/i18n/zh';
import { formatFlop } from '../../src/lib/format/numbers';
import { trainingCompute } from '../../src/lib/scaling';
import { domain } from '../../src/lib/widgets/iso-loss-map/model';
import { expect, live, open, test } from './fixtures';

/** Scrolls with the mouse wheel until `target`'s top is `offset` px below the top of the window. */
async function wheelTo(page: Page, target: Locator, offset: number) {
	await page.mouse.move(640, 400);
	for (let i = 0; i < 3; i++) {
		const top = await target.evaluate((element) => element.getBoundingClientRect().top);
		if (Math.abs(top - offset) < 2) return;
		await page.mouse.wheel(0, top - offset);
		await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
	}
}

test.describe('the language switcher keeps the section being read', () => {
	test('scrolled into a section (no #section in the address), the reader lands on it in the other edition', async ({
		page
	}) => {
		await open(page, '/derivation/?C=1e22');
		const section = 'second-way-a-lagrange-multiplier';
		// Read a little way into the section, rest there, then go back up to the header to find the switcher.
		await wheelTo(page, page.locator(`h2#${section}`), -80);
		await page.waitForTimeout(2000);
		await expect(page).not.toHaveURL(/#/);
		await page.keyboard.press('Home');
		await expect(page.getByRole('link', { name: '中文' })).toBeInViewport();
		await page.getByRole('link', { name: '中文' }).click();
		await expect(page).toHaveURL(new RegExp(`/zh/derivation/\\?C=1e22#${section}$`));
		await expect(page.locator(`h2#${section}`)).toBeInViewport();
	});

	test('a figure in view is the place, back from the Chinese edition', async ({ page }) => {
		await open(page, '/zh/derivation/');
		// The figure across the top third of the window, as a reader who stops to look at it.
		await wheelTo(page, page.locator('#fig-iso-loss'), 60);
		await page.waitForTimeout(2000);
		await page.keyboard.press('Home');
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/derivation\/#fig-iso-loss$/);
		await expect(page).not.toHaveURL(/\/zh\//);
		await expect(page.locator('#fig-iso-loss')).toBeInViewport();
	});

	test('at the top of a page that the reader has not scrolled, no place is invented', async ({ page }) => {
		await open(page, '/derivation/');
		await page.getByRole('link', { name: '中文' }).click();
		await expect(page).toHaveURL(/\/zh\/derivation\/$/);
	});
});

test.describe('a figure whose code does not arrive (a dropped connection, a redeploy)', () => {
	for (const [path, words] of [
		['/the-question/', enFailure],
		['/zh/the-question/', zhFailure]
	] as const) {
		test(`is asked for once more, then says so with a link that reloads the page: ${path}`, async ({ page }) => {
			test.setTimeout(60_000);
			// Fig 1.2's own chunk (Widget-<hash>.js in the build, its Widget.svelte in development), known by its name.
			let asked = 0;
			const chunk = /\/Widget[-.][^/]*$/;
			await page.route(chunk, async (route) => {
				const response = await route.fetch();
				if (!/["'`]optimum-map["'`]/.test(await response.text())) return route.fulfill({ response });
				asked += 1;
				return route.abort();
			});
			await open(page, `${path}?C=1e22`);
			const figure = page.locator('figure[data-widget="optimum-map"]');
			await figure.scrollIntoViewIfNeeded();
			const island = figure.locator('xpath=ancestor::*[@data-island][1]');
			// It loads when the reader reaches for it.
			await island.dispatchEvent('pointerover');
			await expect(island).toHaveAttribute('data-hydrated', 'loading');
			await expect(island).toHaveAttribute('data-hydrated', 'failed', { timeout: 20_000 });
			expect(asked, 'asked for once, then once more').toBe(2);
			// The prerendered picture stays, under a note in the edition's words.
			const note = island.getByRole('alert');
			await expect(note).toContainText(words.message);
			await expect(figure.locator('svg').first()).toBeVisible();
			// Once the chunk can be had, the link reloads the page, state and all, and the figure comes to life.
			await page.unroute(chunk);
			await note.getByRole('link', { name: words.reload }).click();
			await expect(page).toHaveURL(new RegExp(`${path}\\?C=1e22$`));
			const again = await live(page, 'optimum-map');
			await expect(again.getByRole('alert')).toHaveCount(0);
			await expect(again.locator('output').first()).toContainText('1.0 × 10²²');
		});
	}
});

test.describe('GPT-3’s budget, 6 × 175 B × 300 B = 3.15 × 10²³ FLOP', () => {
	for (const path of ['/the-question/', '/zh/the-question/']) {
		test(`reads 3.2 × 10²³ in Fig 1.2, its landmark, the models table and map, prerendered or live: ${path}`, async ({
			page
		}) => {
			await open(page, path);
			const figure = await live(page, 'optimum-map');
			const landmark = figure.getByRole('button', { name: /GPT-3/ });
			await expect(landmark).toHaveAttribute('aria-label', /3\.2 × 10²³ FLOP/);
			await landmark.click();
			await expect(page).toHaveURL(/C=3\.15e23/);
			await expect(figure.locator('output').first()).toHaveText('3.2 × 10²³ FLOP');
			await expect(figure.getByRole('slider')).toHaveAttribute('aria-valuetext', /^3\.2 × 10²³ FLOP/);

			// The models' own table (prerendered) and map (live) name the same number.
			await open(page, path.replace('the-question', 'models'));
			await expect(page.locator('.prose table tr', { hasText: 'GPT-3' }).first()).toContainText('3.2 × 10²³');
			const map = await live(page, 'models-map');
			await map.getByRole('button', { name: /^GPT-3/ }).focus();
			await expect(map.locator('[data-quantity="compute"]').first()).toHaveText(/^3\.2 × 10²³/);
		});
	}
});

test.describe('Fig 1.2 moves when its chart is dragged', () => {
	for (const path of ['/the-question/', '/zh/']) {
		test(`a pointer dragged across the chart carries the budget's line with it: ${path}`, async ({ page, issues }) => {
			await open(page, path);
			const figure = await live(page, 'optimum-map');
			const plot = figure.locator('[data-budget-drag]');
			const box = (await plot.boundingBox())!;
			const output = figure.locator('output').first();
			const before = await output.textContent();
			/** The budget whose iso-FLOP line runs under a point of the plot, read off the chart's log axes. */
			const budgetAt = (fx: number, fy: number) => {
				const along = ([lo, hi]: readonly number[], f: number) => 10 ** (Math.log10(lo) + f * Math.log10(hi / lo));
				return trainingCompute(along(domain.params, fx), along(domain.tokens, 1 - fy));
			};
			// Pressed left of the middle, dragged sideways to the right, as along a budget axis.
			await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.6);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6, { steps: 4 });
			await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.6, { steps: 4 });
			await page.mouse.up();
			const expected = budgetAt(0.75, 0.6);
			await expect(output).toHaveText(`${formatFlop(expected)} FLOP`);
			expect(await output.textContent()).not.toBe(before);
			await expect(page).toHaveURL(/[?&]C=/);
			const C = Number(new URL(page.url()).searchParams.get('C'));
			expect(Math.abs(Math.log10(C / expected))).toBeLessThan(0.02);
			// The slider says the same, and stays the keyboard's way to the budget (the plot takes no focus).
			await expect(figure.getByRole('slider')).toHaveAttribute('aria-valuetext', new RegExp(`^${formatFlop(C)}`));
			await expect(plot).toHaveAttribute('aria-hidden', 'true');
			await expect(plot).not.toHaveAttribute('tabindex');
			expect(issues.pageErrors).toEqual([]);
		});
	}
});
