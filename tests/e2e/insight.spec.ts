// The figures teach what they are for, legibly: equation numbers beside their formulas at any width, no chart label on
// another, the contour through the optimum drawn through it, and "stay on my budget" keeping the reader on the line.
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, live, open, test, wakeAll } from './fixtures';
import { labelCollisions, layOutAll } from './reader';

const WIDTHS = [360, 390, 768, 1280];

/** Chapters with numbered equations, read from content/ the way the build numbers them. */
const withEquations = readdirSync('content')
	.filter((f) => /^\d\d-.*\.md$/.test(f) && /\\label\{eq:/.test(readFileSync(`content/${f}`, 'utf8')))
	.map((f) => `/${f.slice(3, -3)}/`);

interface Rect {
	left: number;
	right: number;
	top: number;
	bottom: number;
}
const overlap = (a: Rect, b: Rect, slack = 0.5) =>
	a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

for (const path of withEquations) {
	test(`${path}: every equation number sits beside its formula at ${WIDTHS.join(', ')} px`, async ({ page }) => {
		await page.goto(path);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 900 });
			const pairs = await page.locator('.math-display:has(.eq-number)').evaluateAll((displays) =>
				displays.map((d) => {
					// Bring the block into the layout (long chapters skip laying out what is far off screen).
					(d as HTMLElement).style.contentVisibility = 'visible';
					const box = (e: Element) => {
						const r = e.getBoundingClientRect();
						return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
					};
					const formula = d.querySelector('.formula')!;
					return { id: d.id, formula: box(formula), number: box(d.querySelector('.eq-number')!) };
				})
			);
			expect(pairs.length).toBeGreaterThan(0);
			for (const { id, formula, number } of pairs) {
				expect(overlap(formula, number), `${id} at ${width} px`).toBe(false);
				expect(number.right, `${id} inside the column at ${width} px`).toBeLessThanOrEqual(width);
			}
		}
	});
}

for (const query of ['?C=1e19', '?C=3e26&law=hoffmann2022', '?C=2e21&law=hoffmann2022-unrounded']) {
	test(
		`/explore/${query}: no chart label overlaps another, with the paper’s nine budgets too`,
		{ tag: '@full' },
		async ({ page }) => {
			test.setTimeout(60_000);
			for (const width of [1280, 390]) {
				await page.setViewportSize({ width, height: 900 });
				await open(page, `/explore/${query}`);
				const isoFlop = await live(page, 'iso-flop-chart');
				await isoFlop.getByLabel('The paper’s nine budgets').check();
				await isoFlop.getByLabel(/Fit a parabola/).check();
				await wakeAll(page);
				await layOutAll(page);
				expect(await labelCollisions(page), `at ${width} px`).toEqual([]);
			}
		}
	);
}

test.describe('the iso-loss map', () => {
	/** The shortest distance in pixels from the optimum's dot to the highlighted contour. */
	const gap = (page: Page) =>
		page.locator('#fig-iso-loss .map svg').evaluate((svg) => {
			const dot = svg.querySelector('.dot.optimum circle')!;
			const [cx, cy] = [Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy'))];
			const path = svg.querySelector('path.optimum-contour') as SVGPathElement;
			const length = path.getTotalLength();
			let best = Infinity;
			for (let s = 0; s <= length; s += 0.25) {
				const p = path.getPointAtLength(s);
				best = Math.min(best, Math.hypot(p.x - cx, p.y - cy));
			}
			return best;
		});

	for (const query of ['', '?C=1e20', '?C=1e26&law=hoffmann2022']) {
		const tag = query ? ['@full'] : [];
		test(
			`draws the contour through the optimum, through its dot${query ? ` (${query})` : ''}`,
			{ tag },
			async ({ page }) => {
				await open(page, `/derivation/${query}`);
				await live(page, 'iso-loss-map');
				expect(await gap(page)).toBeLessThan(1);
			}
		);
	}

	/** The model's N and D and the budget, at full precision, from the readouts. */
	const spend = (page: Page) =>
		page.locator('#fig-iso-loss').evaluate((figure) => {
			const value = (readout: string, quantity: string) =>
				Number(
					figure.querySelector(`[data-readout="${readout}"] [data-quantity="${quantity}"]`)!.getAttribute('data-value')
				);
			return (6 * value('model', 'params') * value('model', 'tokens')) / value('optimum', 'compute');
		});

	test('“stay on my budget” keeps 6·N·D = C while the model moves by keyboard', async ({ page }) => {
		await open(page, '/derivation/');
		const map = await live(page, 'iso-loss-map');
		await expect(map.getByLabel('Stay on my budget')).toBeChecked();
		const point = map.getByRole('button', { name: /Your model:/ });
		await point.focus();
		for (const key of ['ArrowLeft', 'ArrowLeft', 'Shift+ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
			const before = await point.getAttribute('aria-label');
			await page.keyboard.press(key);
			await expect(point).not.toHaveAttribute('aria-label', before!);
			expect(Math.abs((await spend(page)) - 1)).toBeLessThan(1e-9);
		}
		// The valley shows the model where the map does.
		await expect(map.locator('.valley .dot.your-model')).toHaveCount(1);
	});

	test('“stay on my budget” keeps 6·N·D = C while the model is dragged, and after the budget moves', async ({
		page
	}) => {
		await open(page, '/derivation/');
		const map = await live(page, 'iso-loss-map');
		const point = map.getByRole('button', { name: /Your model:/ });
		const box = (await point.locator('.mark').boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.mouse.move(x, y);
		await page.mouse.down();
		for (const [dx, dy] of [
			[-40, -10],
			[-90, 30],
			[-150, 80]
		]) {
			await page.mouse.move(x + dx, y + dy, { steps: 4 });
			expect(Math.abs((await spend(page)) - 1)).toBeLessThan(1e-9);
		}
		await page.mouse.up();
		await map.getByRole('slider', { name: /compute budget/i }).focus();
		await page.keyboard.press('PageUp');
		await expect
			.poll(async () => Math.abs((await spend(page)) - 1), { message: 'the model follows the budget’s line' })
			.toBeLessThan(1e-9);
	});

	test('without it, the model moves anywhere', async ({ page }) => {
		await open(page, '/derivation/');
		const map = await live(page, 'iso-loss-map');
		await map.getByLabel('Stay on my budget').uncheck();
		const point = map.getByRole('button', { name: /Your model:/ });
		await point.focus();
		await page.keyboard.press('ArrowUp');
		expect(Math.abs((await spend(page)) - 1)).toBeGreaterThan(0.05);
	});
});

test('the budget scale’s landmarks set the budget', async ({ page }) => {
	await open(page, '/explore/');
	const figure = await live(page, 'compute-budget');
	await figure.getByRole('button', { name: /Llama 3\.1 405B/ }).click();
	await expect(figure.getByRole('slider')).toHaveAttribute('aria-valuetext', /^3\.8 × 10²⁵ FLOP/);
	await figure.getByRole('button', { name: /Gopher/ }).click();
	await expect(figure.getByRole('slider')).toHaveAttribute('aria-valuetext', /^5\.8 × 10²³ FLOP/);
});

test('the contents page opens with a figure that loads only when reached for, and keeps what the reader did', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await open(page, '/');
	const figure = page.locator('figure[data-widget="optimum-map"]');
	await expect(figure).toBeVisible();
	expect(scripts).toHaveLength(1);
	// The reader drags the slider at once; the figure comes to life and takes the new budget.
	const slider = figure.getByRole('slider');
	await slider.focus();
	await page.keyboard.press('End');
	await expect(figure.locator('xpath=..')).toHaveAttribute('data-hydrated', '');
	await expect(figure.locator('[data-quantity="params"]')).not.toHaveAttribute('data-value', /^7/);
	await expect(slider).toHaveAttribute('aria-valuetext', /^1\.0 × 10²⁸ FLOP/);
	await expect(page.getByRole('link', { name: /Start here/ })).toHaveAttribute('href', '/the-question/');
});
