import type { Page } from '@playwright/test';
import { allocate, lawIds, loss } from '../../src/lib/scaling';
import { expect, open, test } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: /compute budget/i });
const cell = (page: Page, law: string, quantity: string) =>
	page.locator(`[data-widget="calculator"] table.main [data-law="${law}"][data-quantity="${quantity}"]`);
const value = async (page: Page, law: string, quantity: string) =>
	Number(await cell(page, law, quantity).getAttribute('data-value'));
/** What each chart drew, to see that a figure re-rendered. (The iso-FLOP chart re-centres on the budget, so its
 * highlighted curve can keep its shape: compare the whole SVG, labels and axes included.) */
const shapes = (page: Page) =>
	Promise.all([
		page.locator('[data-widget="iso-loss"] svg path.q-compute').getAttribute('d'),
		page.locator('[data-widget="iso-flop"] svg').innerHTML()
	]);

function close(actual: number, expected: number, tolerance = 1e-9) {
	expect(Math.abs(actual / expected - 1), `${actual} vs ${expected}`).toBeLessThan(tolerance);
}

test.describe('the explore page', () => {
	test('holds every widget, prerendered in the default state', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/explore/');
		for (const widget of ['compute-budget', 'iso-flop', 'iso-loss', 'calculator', 'models-map']) {
			await expect(page.locator(`figure[data-widget="${widget}"]`)).toBeVisible();
		}
		await expect(page.locator('[data-widget="iso-loss"] svg path').first()).toBeAttached();
		close(await value(page, 'hoffmann2022', 'params'), allocate('hoffmann2022', 5.76e23).params);
		await expect(page.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
		await context.close();
	});

	test('arrow keys on the budget move it a tenth of a decade and every figure follows', async ({ page, issues }) => {
		await open(page, '/explore/');
		const before = await shapes(page);
		const paramsBefore = await value(page, 'hoffmann2022', 'params');
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => value(page, 'hoffmann2022', 'params')).not.toBe(paramsBefore);
		const tenthUp = 5.76e23 * 10 ** 0.1;
		close(await value(page, 'hoffmann2022', 'params'), allocate('hoffmann2022', tenthUp).params);
		const after = await shapes(page);
		expect(after[0]).not.toBe(before[0]);
		expect(after[1]).not.toBe(before[1]);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '7.3 × 10²³ FLOP, 8,400 PF-days');
		await page.keyboard.press('PageDown');
		close(await value(page, 'tokens20', 'params'), allocate('tokens20', tenthUp / 10).params);
		expect(issues.failedRequests).toEqual([]);
	});

	test('the budget goes into the URL with replaceState and comes back on reload', async ({ page }) => {
		await open(page, '/explore/');
		const historyLength = await page.evaluate(() => history.length);
		await slider(page).focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
		const halfDecadeDown = 5.76e23 / 10 ** 0.5;
		await expect(page).toHaveURL(/\?C=1\.82\de23/);
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		await page.locator('[data-widget="calculator"] select').selectOption('besiroglu2024');
		await expect(page).toHaveURL(/law=besiroglu2024/);
		await page.reload();
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(page.locator('[data-widget="calculator"] select')).toHaveValue('besiroglu2024');
		// The URL keeps four significant digits.
		close(await value(page, 'besiroglu2024', 'params'), allocate('besiroglu2024', halfDecadeDown).params, 1e-3);
	});

	for (const [query, C, law] of [
		['?C=1e21', 1e21, 'hoffmann2022'],
		// Typed by hand: the "+" of the exponent arrives as a space.
		['?C=1e+26', 1e26, 'hoffmann2022'],
		['?C=3.2e25&law=besiroglu2024', 3.2e25, 'besiroglu2024'],
		['?C=1e18&law=hoffmann2022-unrounded', 1e18, 'hoffmann2022-unrounded']
	] as const) {
		test(`the calculator for ${query} shows what the core computes`, async ({ page }) => {
			await open(page, `/explore/${query}`);
			for (const lawId of lawIds) {
				const split = allocate(lawId, C);
				close(await value(page, lawId, 'params'), split.params);
				close(await value(page, lawId, 'tokens'), split.tokens);
				close(await value(page, lawId, 'tokensPerParam'), split.tokens / split.params);
				close(await value(page, lawId, 'loss'), loss(law, split.params, split.tokens));
			}
		});
	}

	test('a typed budget is accepted in several notations, and a bad one explained', async ({ page }) => {
		await open(page, '/explore/');
		const typed = page.getByLabel('Type a compute budget');
		for (const [text, C] of [
			['3 PF-days', 3 * 8.64e19],
			['5.76 × 10^23', 5.76e23],
			['1 ZFLOP/s-day', 8.64e25],
			['2e21', 2e21]
		] as const) {
			await typed.fill(text);
			await typed.press('Enter');
			await expect.poll(() => value(page, 'tokens20', 'params')).toBeCloseTo(allocate('tokens20', C).params, -3);
		}
		for (const bad of ['banana', '0', '-5e20', '1e40']) {
			await typed.fill(bad);
			await typed.press('Enter');
			await expect(typed).toHaveAttribute('aria-invalid', 'true');
			await expect(page.locator('[data-widget="compute-budget"] form .error')).not.toBeEmpty();
			// The last good budget stays.
			close(await value(page, 'tokens20', 'params'), allocate('tokens20', 2e21).params);
		}
	});

	test('dragging “your model” moves it, updates the readout and the URL', async ({ page }) => {
		await open(page, '/explore/');
		const point = page.getByRole('button', { name: /Your model:/ });
		const readout = page.locator('[data-widget="iso-loss"] .readout');
		const before = await readout.textContent();
		await point.scrollIntoViewIfNeeded();
		const box = (await point.locator('.mark').boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 120, y - 80, { steps: 8 });
		await page.mouse.up();
		await expect(readout).not.toHaveText(before!);
		await expect(page).toHaveURL(/N=.*&D=/);
		const url = new URL(page.url());
		expect(Number(url.searchParams.get('N'))).toBeLessThan(280e9);
		expect(Number(url.searchParams.get('D'))).toBeGreaterThan(300e9);
	});

	test('“your model” moves with the keyboard too', async ({ page }) => {
		await open(page, '/explore/');
		const point = page.getByRole('button', { name: /Your model:/ });
		await point.focus();
		await page.keyboard.press('Shift+ArrowUp');
		await expect(point).toHaveAttribute('aria-label', /280 B parameters, 3 T tokens/);
		await page.keyboard.press('ArrowLeft');
		await expect(point).toHaveAttribute('aria-label', /222 B parameters/);
	});

	test('focusing a model on the map shows its numbers', async ({ page }) => {
		await open(page, '/explore/');
		await page.getByRole('button', { name: /^Gopher:/ }).focus();
		await expect(page.locator('[data-widget="models-map"] .readout')).toContainText('Gopher');
		await expect(page.locator('[data-widget="models-map"] .readout')).toContainText('larger than compute-optimal');
	});

	test('the paper’s nine budgets and the parabola fits can be switched on', async ({ page }) => {
		await open(page, '/explore/');
		const chart = page.locator('[data-widget="iso-flop"]');
		await chart.getByLabel('The paper’s nine budgets').check();
		// Nine profiles plus the reader's own.
		await expect(chart.locator('table tbody tr')).toHaveCount(10);
		await chart.getByLabel(/Fit a parabola/).check();
		await expect(chart.locator('svg path.parabola')).toHaveCount(10);
	});

	test('the token calculator answers the source’s example: 100 B tokens', async ({ page }) => {
		await open(page, '/explore/');
		const fromTokens = page.locator('[data-part="from-tokens"]');
		close(
			Number(await fromTokens.locator('[data-law="tokens20"][data-quantity="params"]').getAttribute('data-value')),
			5e9,
			1e-6
		);
		close(
			Number(await fromTokens.locator('[data-law="tokens20"][data-quantity="budget"]').getAttribute('data-value')),
			3e21,
			1e-6
		);
		await page.getByLabel('Training tokens you have').fill('1.4 T');
		close(
			Number(await fromTokens.locator('[data-law="tokens20"][data-quantity="params"]').getAttribute('data-value')),
			70e9,
			1e-6
		);
		await page.getByLabel('Training tokens you have').fill('lots');
		await expect(page.getByText('Type a token count')).toBeVisible();
	});
});
