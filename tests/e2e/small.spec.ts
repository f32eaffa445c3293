// Issue 22, item 11 ("Smaller"), each driven as a reader meets it: the switcher keeps the section being read, a
// figure whose code does not arrive says so, the fitter says when it has too few runs and marks numbers that are
// being refitted, GPT-3's budget reads the same everywhere, and Fig 1.2 moves when its chart is dragged.
import type { Locator, Page } from '@playwright/test';
import { enTable as en, zhTable as zh } from '../../src/lib/i18n/tables';
import { islandFailure } from '../../src/lib/i18n/island-failure';
import { formatFlop } from '../../src/lib/format/numbers';
import { allocate, lossOf, parametricPresets, trainingCompute } from '../../src/lib/scaling';
import { domain } from '../../src/lib/widgets/iso-loss-map/model';
import { expect, live, open, test } from './fixtures';

/** Scrolls with the mouse wheel until `target`'s top is `offset` px below the top of the window. */
async function wheelTo(page: Page, target: Locator, offset: number) {
	await page.mouse.move(640, 400);
	for (let i = 0; i < 3; i++) {
		const top = await target.evaluate((element) => element.getBoundingClientRect().top);
		if (Math.abs(top - offset) < 2) return;
		await page.mouse.wheel(0, top - offset);
		// The wheel's scroll is animated: wait until the page has stood still for a few frames (a busy machine draws
		// it slowly), so the next look, and whatever the test does next, starts from where the reader stopped.
		await page.waitForFunction(
			() =>
				new Promise((resolve) => {
					let last = scrollY;
					let still = 0;
					const look = () => {
						if (scrollY === last) still += 1;
						else [last, still] = [scrollY, 0];
						if (still >= 5) resolve(true);
						else requestAnimationFrame(look);
					};
					requestAnimationFrame(look);
				})
		);
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
		// Home, and again if the first press did not get there (on CI once it did not: the header stayed out of view,
		// which no local run has repeated) — as a reader would press it again.
		const switcher = page.getByRole('link', { name: '中文' });
		await expect(async () => {
			await page.keyboard.press('Home');
			await expect(switcher).toBeInViewport({ timeout: 2000 });
		}).toPass({ timeout: 10_000 });
		await switcher.click();
		await expect(page).toHaveURL(new RegExp(`/zh/derivation/\\?C=1e22#${section}$`));
		// At the top of the window, though the blocks above it are drawn only as they near it (and change height).
		const heading = page.locator(`h2#${section}`);
		await expect(heading).toBeInViewport();
		await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
		expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);
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
		['/the-question/', islandFailure['en-US']],
		['/zh/the-question/', islandFailure['zh-CN']]
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
			// The address is written once the drag rests (a step slower than that, on a busy machine, writes one from
			// mid-drag first): wait for the budget where the pointer let go.
			const budgetInUrl = () => Number(new URL(page.url()).searchParams.get('C'));
			await expect.poll(() => Math.abs(Math.log10(budgetInUrl() / expected))).toBeLessThan(0.02);
			const C = budgetInUrl();
			// The slider says the same, and stays the keyboard's way to the budget (the plot takes no focus).
			await expect(figure.getByRole('slider')).toHaveAttribute('aria-valuetext', new RegExp(`^${formatFlop(C)}`));
			await expect(plot).toHaveAttribute('aria-hidden', 'true');
			await expect(plot).not.toHaveAttribute('tabindex');
			expect(issues.pageErrors).toEqual([]);
		});
	}
});

test.describe('the fitter with too few runs', () => {
	// Nine runs on two budgets (five and four sizes about each optimum), their losses from the printed law: enough to
	// fit five unknowns, too few to trust the fit.
	const law = lossOf(parametricPresets.hoffmann2022.law);
	const nineRuns = [
		'N, D, loss',
		...(
			[
				[1e19, 5],
				[1e20, 4]
			] as const
		).flatMap(([C, each]) =>
			Array.from({ length: each }, (_, i) => {
				const N = allocate('hoffmann2022', C).params * 3 ** (i - (each - 1) / 2);
				const D = C / (6 * N);
				return `${N.toExponential(3)}, ${D.toExponential(3)}, ${law(N, D).toFixed(4)}`;
			})
		)
	].join('\n');

	for (const [path, words] of [
		['/measuring/', en],
		['/zh/measuring/', zh]
	] as const) {
		test(`says so, prints no open interval, and marks the last fit's numbers while it fits: ${path}`, async ({
			page,
			issues
		}) => {
			test.setTimeout(120_000);
			// The fitting worker arrives slowly, as on a slow connection: the first fit waits for it.
			await page.route(/\/worker(-[\w-]+\.js|\.ts\?)/, async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 2500));
				return route.continue();
			});
			await open(page, path);
			const figure = await live(page, 'fit-explorer');
			const status = figure.locator('[data-fit-status]');
			const numbers = figure.locator('.result').first();
			const before = await figure.locator('[data-fit-param="alpha"]').getAttribute('data-value');
			await figure.getByText(words.fit.ownHeading).click();
			await figure.getByLabel(words.fit.ownLabel).fill(nineRuns);
			await figure.getByRole('button', { name: words.fit.ownUse }).click();
			await expect(figure.locator('[data-own-runs]')).toHaveAttribute('data-own-runs', '9');

			// While the fit runs, the numbers shown are the last fit's (Chinchilla's runs): dimmed, busy, and said so.
			await expect(figure.locator('[data-stale="fitting"]')).toHaveText(words.fit.staleFitting);
			await expect(numbers).toHaveAttribute('aria-busy', 'true');
			await expect
				.poll(async () => Number(await numbers.evaluate((element) => getComputedStyle(element).opacity)))
				.toBeLessThan(0.6);
			await expect(figure.locator('[data-fit-param="alpha"]')).toHaveAttribute('data-value', before!);
			await expect(figure.getByRole('button', { name: words.fit.useEverywhere })).toBeDisabled();

			// Done: "Fitted to 9 runs in 0.01 s (1 of 1 starting points converged)." and the marks gone.
			const fitted = new RegExp(
				words.fit
					.fitted(9, '§', 7777, 7777)
					.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
					.replace('§', '[\\d.]+')
					.replaceAll('7777', '\\d+')
			);
			await expect(status).toHaveText(fitted, { timeout: 30_000 });
			await expect(figure.locator('[data-stale]')).toHaveCount(0);
			await expect(numbers).toHaveAttribute('aria-busy', 'false');
			await expect(numbers).toHaveCSS('opacity', '1');
			expect(await figure.locator('[data-fit-param="alpha"]').getAttribute('data-value')).not.toBe(before);

			// A warning beside the numbers: how many runs and budgets, and how many a fit one can trust needs.
			await expect(figure.locator('[data-underdetermined]')).toHaveText(words.fit.underdetermined(9, 2, 15, 3));
			// Approach 2 through two minima has no interval, and says so in words.
			const [, afterA] = words.fit.approach2NoInterval('<a>', 2).split('<a>');
			await expect(figure.locator('.approach2')).toContainText(afterA);
			await expect(figure).not.toContainText(/—–|–—|NaN|Infinity|undefined/);

			// The bootstrap's interval for every constant: two numbers, or words, never an open "—–—".
			await figure.getByLabel(words.fit.resamples).selectOption('100');
			await figure.getByRole('button', { name: words.fit.runBootstrap }).click();
			await expect(figure.getByRole('columnheader', { name: words.fit.interval })).toBeVisible({ timeout: 60_000 });
			for (const cell of await figure.locator('[data-interval]').all()) {
				const text = (await cell.textContent())!.trim();
				expect(text === words.fit.noInterval || /^-?[\d.,]+–-?[\d.,]+$/.test(text), text).toBe(true);
			}
			await expect(figure).not.toContainText(/—–|–—|NaN|Infinity|undefined/);
			expect(issues.pageErrors).toEqual([]);
		});
	}
});
