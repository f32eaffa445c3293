// Projector mode at a lecture hall's 1280 × 720: every figure's charts with their legends, the controls that drive them
// and its readouts fit the first screen together (what follows, a data table or a note, may be a scroll away), and its
// chart text is drawn at least 1.6 times its size on the page. Both editions; the everyday tier takes two figures.
import { ESSENTIALS } from '../../src/lib/figure/fit';
import { scanLabels } from '../../src/lib/markdown/labels.js';
import { expect, live, open, test } from './fixtures';
import { settle } from './reader';

const figures = [...scanLabels('content')]
	.filter(([key]) => key.startsWith('fig:'))
	.map(([key, { slug }]) => ({ label: key.slice(4), slug }));
const everyday = ['iso-loss', 'guess'];

for (const prefix of ['', '/zh']) {
	for (const { label, slug } of figures) {
		const tag = everyday.includes(label) && !prefix ? [] : ['@full'];
		test(
			`${prefix}/${slug}/ figure ${label} in projector mode fits 1280 × 720, chart text 1.6× larger`,
			{ tag },
			async ({ page }) => {
				await page.setViewportSize({ width: 1280, height: 720 });
				await open(page, `${prefix}/${slug}/`);
				const frame = page.locator(`#fig-${label}`);
				const widget = await frame.getAttribute('data-widget');
				const figure = await live(
					page,
					widget!,
					await page
						.locator(`figure[data-widget="${widget}"]`)
						.evaluateAll((all, id) => all.findIndex((f) => f.id === id), `fig-${label}`)
				);
				// A figure that asks for a guess first shows its chart once the guess is committed (a guess among choices,
				// the resolve figure's, is made first: its first choice).
				const commit = figure.getByRole('button', { name: /^(Commit my guess|确认我的猜测)$/ });
				if (await commit.count()) {
					if (await commit.first().isDisabled())
						await figure.locator('fieldset:has(input[type="radio"])').first().getByRole('radio').first().check();
					await commit.first().click();
				}
				const textSize = () =>
					figure.evaluate((f) => {
						const text = f.querySelector('svg text');
						return text ? text.getBoundingClientRect().height : 0;
					});
				const normal = await textSize();
				await figure.locator('.tools button[aria-pressed]').click();
				await expect(figure).toHaveClass(/projector/);
				await settle(page);
				await settle(page);
				const parts = await figure.evaluate((f, selector) => {
					const screen = f.getBoundingClientRect();
					return [...f.querySelectorAll(selector)]
						.map((e) => ({ name: e.className || e.tagName, box: e.getBoundingClientRect() }))
						.filter(({ box }) => box.height > 0)
						.filter(({ box }) => box.top < screen.top - 1 || box.bottom > screen.bottom + 1)
						.map(({ name, box }) => `${name} at ${Math.round(box.top)}–${Math.round(box.bottom)} px`);
				}, ESSENTIALS);
				expect(parts, 'charts, legends, controls and readouts on the first screen').toEqual([]);
				if (normal > 0) expect(await textSize()).toBeGreaterThanOrEqual(normal * 1.6 - 0.5);
				await page.keyboard.press('Escape');
				await expect(figure).not.toHaveClass(/projector/);
			}
		);
	}
}
