// The science in the browser: the real runs on a chart, Approach 3 fitted in a worker both ways, a bootstrap, and
// runs of the reader's own, with row-level messages for bad ones.
import type { Locator } from '@playwright/test';
import { parametricLaw, sizeFactorOverhead } from '../../src/lib/scaling';
import { sizeAt } from '../../src/lib/widgets/overtraining/model';
import { expect, live, open, test } from './fixtures';

const value = async (figure: Locator, param: string) =>
	Number(await figure.locator(`[data-fit-param="${param}"]`).getAttribute('data-value'));

test.describe('the runs figure', () => {
	test('steps through the runs with the keyboard and words each one', async ({ page, issues }) => {
		await open(page, '/measuring/');
		const figure = await live(page, 'runs-chart');
		const points = figure.getByRole('slider', { name: /245 training runs/ });
		await points.focus();
		await page.keyboard.press('End');
		await expect(points).toHaveAttribute('aria-valuenow', '245');
		await expect(points).toHaveAttribute(
			'aria-valuetext',
			/^Run 245: .* parameters, .* tokens, .* FLOP, loss \d\.\d{3}$/
		);
		await page.keyboard.press('ArrowLeft');
		await expect(figure.locator('[data-readout]')).toContainText('Run 244');
		await expect(figure.locator('[data-readout]')).toContainText('The fit predicts');
		expect(issues.failedRequests).toEqual([]);
	});

	test('offers the runs as a file, served under the site', async ({ page, request }) => {
		await open(page, '/measuring/');
		const href = await page.locator('[data-widget="runs-chart"] a[download]').getAttribute('href');
		expect(href).toMatch(/data\/epoch-chinchilla-figure4\.csv$/);
		const response = await request.get(new URL(href!, page.url()).href);
		expect(response.status()).toBe(200);
		expect((await response.text()).split('\n')[0]).toContain('Model Size');
		await expect(page.locator('[data-widget="runs-chart"]')).toContainText('arXiv:2404.10102');
	});
});

test.describe('the fit figure', () => {
	test('opens on Epoch’s way on Epoch’s 240 runs, giving their published constants', async ({ page }) => {
		await open(page, '/measuring/');
		const figure = await live(page, 'fit-explorer');
		expect(await value(figure, 'E')).toBeCloseTo(1.817, 2);
		expect(await value(figure, 'alpha')).toBeCloseTo(0.348, 3);
		expect(await value(figure, 'beta')).toBeCloseTo(0.366, 3);
		expect(await value(figure, 'a')).toBeCloseTo(0.513, 3);
		await expect(figure.locator('[data-fit-status]')).toContainText('240 runs');
	});

	test(
		'fits the paper’s way in a worker, with progress, while the page keeps answering',
		{ tag: '@full' },
		async ({ page, issues }) => {
			test.setTimeout(90_000);
			await open(page, '/measuring/');
			const figure = await live(page, 'fit-explorer');
			await figure.getByLabel('The paper’s: Huber loss, L-BFGS from a grid').check();
			const status = figure.locator('[data-fit-status]');
			await expect(status).toHaveAttribute('data-fit-status', 'fitting');
			await expect(figure.locator('progress')).toBeVisible();
			// The main thread is free: another control answers while the fit runs.
			await figure.getByLabel('Tokens per parameter').check();
			await expect(figure.locator('svg')).toContainText('Tokens per parameter');
			await expect(status).toHaveAttribute('data-fit-status', 'fitting');
			await expect(status).toHaveAttribute('data-fit-status', 'done', { timeout: 80_000 });
			await expect(status).toContainText(/Fitted to 240 runs in [\d.]+ s \(\d+ of 4500 starting points converged\)/);
			// These runs, fitted the paper's way, land beside Epoch's fit, not on the printed a = 0.46.
			expect(await value(figure, 'a')).toBeCloseTo(0.514, 2);
			expect(issues.pageErrors).toEqual([]);
		}
	);

	test(
		'moves when the runs change, and bootstraps an interval for every constant',
		{ tag: '@full' },
		async ({ page }) => {
			test.setTimeout(60_000);
			await open(page, '/measuring/');
			const figure = await live(page, 'fit-explorer');
			const before = await value(figure, 'a');
			await figure.getByLabel('Which runs').selectOption('large');
			const status = figure.locator('[data-fit-status]');
			await expect(status).toContainText(/Fitted to \d+ runs in/, { timeout: 30_000 });
			expect(Math.abs((await value(figure, 'a')) - before)).toBeGreaterThan(0.005);
			await figure.getByLabel('Resamples').selectOption('100');
			await figure.getByRole('button', { name: 'Resample and refit' }).click();
			await expect(figure.getByRole('columnheader', { name: '95% bootstrap interval' })).toBeVisible({
				timeout: 30_000
			});
			await expect(figure.locator('[data-readout]')).toContainText(/bootstrap puts it between .+ and .+\./);
			await expect(figure.locator('.band')).toHaveCount(1);
		}
	);

	test('fits pasted runs, and names each bad line without a NaN anywhere', async ({ page }) => {
		test.setTimeout(60_000);
		await open(page, '/measuring/');
		const figure = await live(page, 'fit-explorer');
		await figure.getByText('Fit runs of your own').click();
		await figure.getByRole('button', { name: 'Paste an example' }).click();
		await expect(figure.locator('[data-own-runs]')).toHaveAttribute('data-own-runs', '15');
		await expect(figure.getByLabel('Yours (pasted below)')).toBeChecked();
		await expect(figure.locator('[data-fit-status]')).toContainText('Fitted to 15 runs', { timeout: 30_000 });
		const alpha = await value(figure, 'alpha');
		expect(Number.isFinite(alpha)).toBe(true);

		await figure
			.getByLabel('Your runs (CSV)')
			.fill('N, D, loss\n1e9, 2e10, 2.5\n1e9, twenty, 2.4\n3e9, 1e10\n-4e9, 1e10, 2.3');
		await figure.getByRole('button', { name: 'Fit these runs' }).click();
		const problems = figure.locator('[data-problems] li');
		await expect(problems).toHaveText([
			'Line 3: “twenty” in the tokens column is not a number.',
			'Line 4: expected 3 values, found 2.',
			'Line 5: the params must be greater than zero.'
		]);
		await expect(figure.locator('[data-fit-status]')).toContainText('too few');
		await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
	});
});

test.describe('Approach 2 on the runs', () => {
	test('drops budgets and single runs, moving a, and puts them back', async ({ page, issues }) => {
		await open(page, '/measuring/');
		const figure = await live(page, 'approach2-runs');
		const a = async () => Number(await figure.locator('[data-fit-param="a"]').getAttribute('data-value'));
		const all = await a();
		expect(all).toBeCloseTo(0.5, 1);
		await expect(figure.locator('[data-readout]')).toContainText('from 9 minima');

		for (const budget of ['6.0 × 10¹⁸', '1.0 × 10¹⁹', '3.0 × 10¹⁹', '6.0 × 10¹⁹']) {
			await figure.getByRole('checkbox', { name: budget }).uncheck();
		}
		await expect(figure.locator('[data-readout]')).toContainText('from 5 minima');
		const late = await a();
		expect(Math.abs(late - all)).toBeGreaterThan(0.001);

		const points = figure.getByRole('slider', { name: /runs on the nine budgets/ });
		await points.focus();
		await page.keyboard.press('Home');
		await expect(points).toHaveAttribute('aria-valuetext', /budget: .* parameters, loss \d\.\d{3}$/);
		await figure.getByRole('button', { name: 'Drop this run' }).click();
		await expect(figure.getByRole('status').filter({ hasText: 'dropped' })).toHaveText('1 run dropped.');

		await figure.getByRole('button', { name: 'Put every run back' }).click();
		await expect(figure.locator('[data-readout]')).toContainText('from 9 minima');
		expect(await a()).toBeCloseTo(all, 12);
		await figure.getByRole('checkbox', { name: '3.0 × 10²¹' }).uncheck();
		await figure.getByRole('checkbox', { name: '1.0 × 10²¹' }).uncheck();
		for (const budget of ['1.0 × 10²⁰', '3.0 × 10²⁰', '6.0 × 10²⁰']) {
			await figure.getByRole('checkbox', { name: budget }).uncheck();
		}
		for (const budget of ['6.0 × 10¹⁸', '1.0 × 10¹⁹', '3.0 × 10¹⁹']) {
			await figure.getByRole('checkbox', { name: budget }).uncheck();
		}
		await expect(figure.locator('[data-readout]')).toContainText('Fewer than two budgets');
		await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
		expect(issues.failedRequests).toEqual([]);
	});
});

test.describe('a fit of your own', () => {
	test('the law editor makes a custom fit that every figure uses and the link carries', async ({ page, issues }) => {
		test.setTimeout(60_000);
		await open(page, '/explore/');
		const editor = await live(page, 'law-editor');
		const beta = editor.getByRole('slider', { name: 'β (data exponent)' });
		await beta.focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/law=custom%3A1\.8172%2C482\.01%2C2085\.4%2C0\.3478%2C0\.3[67]\d*/);
		const map = await live(page, 'iso-loss-map');
		await expect(map.locator('.fit-name')).toContainText('Your fit (E 1.82, A 482, B 2090, α 0.348, β 0.3');
		await expect(map.getByLabel('Loss fit')).toHaveValue(/^custom:/);

		const typed = editor.getByLabel('β (data exponent), typed');
		await typed.fill('0.45');
		await typed.press('Enter');
		await expect(page).toHaveURL(/law=custom%3A1\.8172%2C482\.01%2C2085\.4%2C0\.3478%2C0\.45(&|$)/);
		await expect(editor.locator('[data-readout]')).toContainText('a = 0.564');

		await typed.fill('9');
		await typed.press('Enter');
		await expect(editor.getByText('Type a number from 0.05 to 2.')).toBeVisible();
		await expect(typed).toHaveValue('0.4500');

		await page.reload();
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		const again = await live(page, 'law-editor');
		await expect(again.getByLabel('β (data exponent), typed')).toHaveValue('0.4500');
		await expect(again).not.toContainText(/NaN|Infinity|undefined/);
		expect(issues.failedRequests).toEqual([]);
	});

	test('the fitter hands its fit to every figure on the page', async ({ page }) => {
		await open(page, '/measuring/');
		const fit = await live(page, 'fit-explorer');
		await fit.getByRole('button', { name: 'Use this fit in every figure' }).click();
		await expect(fit.getByText('now uses this fit')).toBeVisible();
		await expect(page).toHaveURL(/law=custom%3A1\.8169/);
		const runs = await live(page, 'runs-chart');
		await expect(runs.locator('.fit-name')).toContainText('Your fit (E 1.82');
	});
});

test.describe('the lifetime cost', () => {
	test('is the Chinchilla optimum with nothing served, and moves to smaller models as demand grows', async ({
		page,
		issues
	}) => {
		await open(page, '/models/');
		const figure = await live(page, 'lifetime-cost');
		// In its chapter the figure asks for a committed guess before it shows its answer.
		await expect(figure.locator('svg')).toHaveCount(0);
		await figure.getByRole('button', { name: 'Commit my guess' }).click();
		const demand = figure.getByRole('slider', { name: 'Tokens the model will serve' });
		const params = figure.locator('[data-readout] [data-quantity="params"]');
		await demand.focus();
		await page.keyboard.press('Home');
		await expect(demand).toHaveAttribute('aria-valuetext', 'none');
		await expect(figure.locator('[data-saving]')).toHaveText('Lifetime compute saved against it: 0%.');
		const atNone = Number(await params.getAttribute('data-value'));
		await page.keyboard.press('End');
		await expect(demand).toHaveAttribute('aria-valuetext', '1.0 × 10¹⁵');
		expect(Number(await params.getAttribute('data-value'))).toBeLessThan(atNone / 4);
		// A small budget's loss, served a quadrillion tokens: the cheapest model trains past anything Sardana et al. ran.
		await expect(figure.locator('[data-readout]')).not.toContainText('Beyond 10,000 tokens per parameter');
		await figure.getByRole('slider', { name: /Compute budget/ }).focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
		await expect(figure.locator('[data-readout]')).toContainText('Beyond 10,000 tokens per parameter');
		await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
		expect(issues.failedRequests).toEqual([]);
	});
});

test.describe('the over-training overhead', () => {
	test('prices a smaller model as de Vries did, and says when no data is enough', async ({ page, issues }) => {
		await open(page, '/models/?law=hoffmann2022');
		const figure = await live(page, 'overtraining');
		await figure.getByRole('button', { name: 'Commit my guess' }).click();
		// A logarithmic slider: its value is log10 of the size.
		const size = figure.getByRole('slider', { name: 'Model size, as a multiple of compute-optimal' });
		await size.fill(String(Math.log10(0.3)));
		await expect(size).toHaveAttribute('aria-valuetext', '0.3×');
		// De Vries's own example: a model 30% of the optimal size costs about twice the compute (≈ 105%), as the core
		// computes it at the slider's exact position.
		const overhead = Number(await figure.locator('[data-overhead]').getAttribute('data-overhead'));
		const at = sizeAt(Number(await size.inputValue()));
		expect(Math.abs(overhead / sizeFactorOverhead(parametricLaw('hoffmann2022'), at)! - 1)).toBeLessThan(1e-9);
		expect(overhead).toBeGreaterThan(1.0);
		expect(overhead).toBeLessThan(1.1);
		await figure.getByLabel('Loss fit').selectOption('besiroglu2024');
		await size.fill(String(Math.log10(0.12)));
		await expect(figure.locator('[data-readout]')).toContainText(
			'cannot reach the optimum’s loss with any amount of data'
		);
		await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
		expect(issues.failedRequests).toEqual([]);
	});
});

test.describe('repeated data', () => {
	test('says what the budget’s model loses when it must repeat its data, and nothing when it need not', async ({
		page,
		issues
	}) => {
		await open(page, '/models/');
		const figure = await live(page, 'repeated-data');
		await figure.getByRole('button', { name: 'Commit my guess' }).click();
		const unique = figure.getByRole('slider', { name: 'Unique tokens you have' });
		await unique.fill('14');
		await expect(figure.locator('[data-readout]')).toContainText('no repetition needed');
		await unique.fill('11');
		await expect(unique).toHaveAttribute('aria-valuetext', '100 B');
		const epochs = Number(await figure.locator('[data-epochs]').getAttribute('data-epochs'));
		expect(epochs).toBeGreaterThan(10);
		await expect(figure.locator('[data-readout]')).toContainText('One more epoch would be worth');
		await expect(figure).not.toContainText(/NaN|Infinity|undefined/);
		expect(issues.failedRequests).toEqual([]);
	});
});
