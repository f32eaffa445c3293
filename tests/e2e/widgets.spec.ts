import type { Page } from '@playwright/test';
import { allocate, lawIds, loss } from '../../src/lib/scaling';
import { expect, live, open, test } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: /compute budget/i }).first();
const cell = (page: Page, law: string, quantity: string, table = 'table.main') =>
	page.locator(`[data-widget="allocation-calculator"] ${table} [data-law="${law}"][data-quantity="${quantity}"]`);
const value = async (page: Page, law: string, quantity: string, table?: string) =>
	Number(await cell(page, law, quantity, table).getAttribute('data-value'));

/** |actual/expected − 1| < tolerance. */
const near = (actual: number, expected: number, tolerance = 1e-9) => Math.abs(actual / expected - 1) < tolerance;

function close(actual: number, expected: number, tolerance = 1e-9) {
	expect(near(actual, expected, tolerance), `${actual} vs ${expected}`).toBe(true);
}

/** Brings the calculator into view (off-screen figures hold still) and waits for a cell to reach a value. */
async function expectCell(
	page: Page,
	law: string,
	quantity: string,
	expected: number,
	tolerance = 1e-9,
	table?: string
) {
	await cell(page, law, quantity, table).scrollIntoViewIfNeeded();
	await expect
		.poll(async () => near(await value(page, law, quantity, table), expected, tolerance), {
			message: `${law} ${quantity} ≈ ${expected}`
		})
		.toBe(true);
}

test.describe('the explore page', () => {
	test('loads no widget code until a figure is near the viewport', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
		await open(page, '/references/');
		// The page's one small script, and nothing else: no framework, no widget.
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toMatch(/\/_app\/islands\/entry-[\w-]+\.js$/);
	});

	test('arrow keys on the budget move it a tenth of a decade and every figure follows', async ({ page, issues }) => {
		await open(page, '/explore/');
		const isoLoss = await live(page, 'iso-loss-map');
		const isoFlop = await live(page, 'iso-flop-chart');
		const isoFlopBefore = await isoFlop.locator('svg').innerHTML();
		await isoLoss.scrollIntoViewIfNeeded();
		const isoLossBefore = await isoLoss.locator('svg path.isoflop').getAttribute('d');
		await live(page, 'compute-budget');
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		const tenthUp = 5.76e23 * 10 ** 0.1;
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '7.3 × 10²³ FLOP, 8,400 PF-days');
		// Each figure, once on screen, shows the new budget.
		await isoLoss.scrollIntoViewIfNeeded();
		await expect(isoLoss.locator('svg path.isoflop')).not.toHaveAttribute('d', isoLossBefore!);
		await isoFlop.scrollIntoViewIfNeeded();
		await expect.poll(() => isoFlop.locator('svg').innerHTML()).not.toBe(isoFlopBefore);
		await live(page, 'allocation-calculator');
		await expectCell(page, 'hoffmann2022', 'params', allocate('hoffmann2022', tenthUp).params);
		await slider(page).focus();
		await page.keyboard.press('PageDown');
		await expectCell(page, 'tokens20', 'params', allocate('tokens20', tenthUp / 10).params);
		expect(issues.failedRequests).toEqual([]);
	});

	test('the budget goes into the URL with replaceState and comes back on reload', async ({ page }) => {
		await open(page, '/explore/');
		await live(page, 'compute-budget');
		const historyLength = await page.evaluate(() => history.length);
		await slider(page).focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
		const halfDecadeDown = 5.76e23 / 10 ** 0.5;
		await expect(page).toHaveURL(/\?C=1\.82\de23/);
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		const calculator = await live(page, 'allocation-calculator');
		await calculator.locator('select').selectOption('hoffmann2022');
		await expect(page).toHaveURL(/law=hoffmann2022/);
		await page.reload();
		await live(page, 'allocation-calculator');
		await expect(calculator.locator('select')).toHaveValue('hoffmann2022');
		// The URL keeps four significant digits.
		await expectCell(page, 'hoffmann2022', 'params', allocate('hoffmann2022', halfDecadeDown).params, 1e-3);
	});

	for (const [query, C, law] of [
		['?C=1e21', 1e21, 'besiroglu2024'],
		// Typed by hand: the "+" of the exponent arrives as a space.
		['?C=1e+26', 1e26, 'besiroglu2024'],
		['?C=3.2e25&law=hoffmann2022', 3.2e25, 'hoffmann2022'],
		['?C=1e18&law=hoffmann2022-unrounded', 1e18, 'hoffmann2022-unrounded']
	] as const) {
		// The numbers are checked on the server render for every case (tests/islands/numbers.test.ts); in the browser, one
		// case stands for reading the address (the "+" that arrives as a space), the full tier takes all.
		const tag = query === '?C=1e+26' ? [] : ['@full'];
		test(`the calculator for ${query} shows what the core computes`, { tag }, async ({ page }) => {
			await open(page, `/explore/${query}`);
			await live(page, 'allocation-calculator');
			for (const lawId of lawIds) {
				const split = allocate(lawId, C);
				await expectCell(page, lawId, 'params', split.params);
				close(await value(page, lawId, 'tokens'), split.tokens);
				close(await value(page, lawId, 'tokensPerParam'), split.tokens / split.params);
				close(await value(page, lawId, 'loss'), loss(law, split.params, split.tokens));
			}
		});
	}

	test('a typed budget is accepted in several notations, and a bad one explained', async ({ page }) => {
		await open(page, '/explore/');
		await live(page, 'allocation-calculator');
		const budget = await live(page, 'compute-budget');
		const typed = budget.getByLabel('Type a compute budget');
		for (const [text, C] of [
			['3 PF-days', 3 * 8.64e19],
			['5.76 × 10^23', 5.76e23],
			['1 ZFLOP/s-day', 8.64e25],
			['2e21', 2e21]
		] as const) {
			await typed.fill(text);
			await typed.press('Enter');
			await expectCell(page, 'tokens20', 'params', allocate('tokens20', C).params, 1e-6);
		}
		for (const bad of ['banana', '0', '-5e20', '1e40']) {
			await typed.fill(bad);
			await typed.press('Enter');
			await expect(typed).toHaveAttribute('aria-invalid', 'true');
			await expect(budget.locator('form').first().locator('.error')).not.toBeEmpty();
			// The last good budget stays.
			await expectCell(page, 'tokens20', 'params', allocate('tokens20', 2e21).params);
		}
	});

	test('dragging “your model” moves it, updates the readout and the URL', async ({ page }) => {
		await open(page, '/explore/');
		const map = await live(page, 'iso-loss-map');
		const point = map.getByRole('button', { name: /Your model:/ });
		const readout = map.locator('.readout');
		const before = await readout.textContent();
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
		const map = await live(page, 'iso-loss-map');
		const point = map.getByRole('button', { name: /Your model:/ });
		await point.focus();
		await page.keyboard.press('Shift+ArrowUp');
		await expect(point).toHaveAttribute('aria-label', /280 B parameters, 3 T tokens/);
		await page.keyboard.press('ArrowLeft');
		await expect(point).toHaveAttribute('aria-label', /222 B parameters/);
	});

	test('focusing a model on the map shows its numbers', async ({ page }) => {
		await open(page, '/explore/');
		const map = await live(page, 'models-map');
		await map.getByRole('button', { name: /^Gopher:/ }).focus();
		await expect(map.locator('.readout')).toContainText('Gopher');
		await expect(map.locator('.readout')).toContainText('larger than compute-optimal');
	});

	test('the models map filters by kind and year, and places a mixture of experts by its active parameters', async ({
		page
	}) => {
		await open(page, '/explore/');
		const map = await live(page, 'models-map');
		const points = map.locator('.model-points [role="button"]');
		const all = await points.count();
		await map.getByRole('checkbox', { name: 'Dense' }).uncheck();
		await expect(points).toHaveCount(1);
		await expect(points.first()).toHaveAttribute(
			'aria-label',
			/^DeepSeek-V3 .*37 B active of 671 B parameters, 14.8 T tokens/
		);
		await expect(map.locator('.readout')).toContainText('DeepSeek-V3');
		await expect(map.locator('.readout [data-quantity="params"]').first()).toHaveAttribute('data-value', '37000000000');
		await map.getByRole('checkbox', { name: 'Mixture of experts' }).uncheck();
		await expect(points).toHaveCount(0);
		await expect(map.locator('.readout')).toContainText('No model matches the filter');
		await expect(map.locator('.readout')).not.toContainText('NaN');
		await map.getByRole('checkbox', { name: 'Dense' }).check();
		await map.getByLabel('released from').selectOption('2025');
		const recent = await points.count();
		expect(recent).toBeGreaterThan(0);
		expect(recent).toBeLessThan(all);
		for (const label of await points.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '')))
			expect(label).toMatch(/, 2025$/);
	});

	test('the paper’s nine budgets and the parabola fits can be switched on', async ({ page }) => {
		await open(page, '/explore/');
		const chart = await live(page, 'iso-flop-chart');
		await chart.getByLabel('The paper’s nine budgets').check();
		await chart.locator('details.data summary').click();
		// Nine profiles plus the reader's own.
		await expect(chart.locator('table tbody tr')).toHaveCount(10);
		await chart.getByLabel(/Fit a parabola/).check();
		await expect(chart.locator('svg path.parabola')).toHaveCount(10);
	});

	test('a closed data table is not kept up to date, an opened one is', async ({ page }) => {
		await open(page, '/explore/');
		const chart = await live(page, 'iso-flop-chart');
		// Prerendered for readers without JavaScript, dropped once live, drawn again when opened.
		await expect(chart.locator('table')).toHaveCount(0);
		await chart.locator('details.data summary').click();
		await expect(chart.locator('table tbody tr')).toHaveCount(5);
	});

	test('the token calculator answers the source’s example: 100 B tokens', async ({ page }) => {
		await open(page, '/explore/');
		const calculator = await live(page, 'allocation-calculator');
		const fromTokens = 'table[data-part="from-tokens"]';
		await expectCell(page, 'tokens20', 'params', 5e9, 1e-6, fromTokens);
		close(await value(page, 'tokens20', 'budget', fromTokens), 3e21, 1e-6);
		await calculator.getByLabel('Training tokens you have').fill('1.4 T');
		await expectCell(page, 'tokens20', 'params', 70e9, 1e-6, fromTokens);
		await calculator.getByLabel('Training tokens you have').fill('lots');
		await expect(calculator.getByText('Type a token count')).toBeVisible();
	});
});

test.describe('scenarios', () => {
	test('the reader’s budget follows them to the next chapter in the same tab', async ({ page }) => {
		await open(page, '/compute/');
		const budget = await live(page, 'compute-budget');
		await slider(page).focus();
		await page.keyboard.press('PageUp');
		await expect(page).toHaveURL(/\?C=5\.76e24/);
		await budget.getByRole('slider').blur();
		await open(page, '/explore/');
		await live(page, 'compute-budget');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /^5\.8 × 10²⁴ FLOP/);
	});

	test('live numbers in the prose follow the budget', async ({ page }) => {
		await open(page, '/compute/');
		await live(page, 'compute-budget');
		const liveBudget = page.locator('[data-island="live"] [data-live="budget"]').first();
		await liveBudget.scrollIntoViewIfNeeded();
		await expect(liveBudget).toHaveText('5.8 × 10²³');
		await slider(page).focus();
		await page.keyboard.press('PageUp');
		await liveBudget.scrollIntoViewIfNeeded();
		await expect(liveBudget).toHaveText('5.8 × 10²⁴');
	});
});

test.describe('a figure with a scenario of its own', () => {
	test('starts where its chapter pins it and does not follow the reader’s controls', async ({ page }) => {
		await open(page, '/caveats/');
		const pinned = await live(page, 'iso-loss-map');
		await expect(pinned.locator('select')).toHaveValue('hoffmann2022');
		const calculator = await live(page, 'allocation-calculator');
		await calculator.locator('select').selectOption('hoffmann2022-unrounded');
		await expect(page).toHaveURL(/law=hoffmann2022-unrounded/);
		// The pinned map keeps its own fit; its own menu moves it, and the URL records it under its own name.
		await pinned.scrollIntoViewIfNeeded();
		await expect(pinned.locator('select')).toHaveValue('hoffmann2022');
		await pinned.locator('select').selectOption('besiroglu2024');
		await expect(page).toHaveURL(/iso-loss-printed\.law=besiroglu2024/);
		await expect(calculator.locator('select')).toHaveValue('hoffmann2022-unrounded');
	});
});

test('the budget can come from a cluster: 512 H100s for 30 days at 40% MFU', async ({ page, issues }) => {
	await open(page, '/explore/');
	const figure = await live(page, 'compute-budget');
	await figure.getByRole('combobox', { name: 'Accelerator' }).selectOption('h100');
	await figure.getByLabel('Accelerators', { exact: true }).fill('512');
	await figure.getByLabel('Days', { exact: true }).fill('30');
	await figure.getByRole('button', { name: 'Set budget' }).click();
	// 512 × 30 × 86,400 s × 989 TFLOP/s × 0.4 = 5.25 × 10²³ FLOP (5.3 to two digits), and back: 368,640 H100-hours, shown to two digits.
	await expect(figure.locator('.readout')).toContainText('5.3 × 10²³ FLOP');
	await expect(figure.locator('.readout')).toContainText('370,000 NVIDIA H100 SXM-hours');
	await expect(page).toHaveURL(/C=5\.25e23.*gpus=512|gpus=512.*C=5\.25e23/);
	await figure.getByLabel('Accelerators', { exact: true }).fill('10000000');
	await figure.getByLabel('Days', { exact: true }).fill('3650');
	await figure.getByRole('button', { name: 'Set budget' }).click();
	await expect(figure.getByText(/outside the budgets we draw/)).toBeVisible();
	await figure.getByLabel('Accelerators', { exact: true }).fill('1.5');
	await figure.getByRole('button', { name: 'Set budget' }).click();
	await expect(figure.getByText(/whole number of accelerators/)).toBeVisible();
	await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
	expect(issues.failedRequests).toEqual([]);
});

test('projector mode: one key fills the window with the figure, the arrow keys drive its budget, Escape leaves', async ({
	page
}) => {
	await open(page, '/explore/');
	const figure = await live(page, 'compute-budget');
	const slider = figure.getByRole('slider').first();
	await slider.focus();
	const before = await slider.inputValue();
	const normalSize = await figure.evaluate((f) => parseFloat(getComputedStyle(f).fontSize));
	await page.keyboard.press('p');
	await expect(figure).toHaveClass(/projector/);
	await expect(figure.getByRole('button', { name: /Leave projector/ })).toHaveAttribute('aria-pressed', 'true');
	const box = (await figure.boundingBox())!;
	const viewport = page.viewportSize()!;
	expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
	expect(await figure.evaluate((f) => parseFloat(getComputedStyle(f).fontSize))).toBeGreaterThan(normalSize);
	await expect(slider).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(slider).not.toHaveValue(before);
	await page.keyboard.press('Escape');
	await expect(figure).not.toHaveClass(/projector/);
	await expect(figure.getByRole('button', { name: 'Projector (P)' })).toHaveAttribute('aria-pressed', 'false');
});
