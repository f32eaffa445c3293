// Projector mode at a lecture hall's 1280 × 720: every figure's charts with their legends, the controls that drive them
// and its readouts fit the first screen together (what follows, a data table or a note, may be a scroll away), none of
// them on another and no chart label on another, and its chart text is drawn at least 1.6 times its size on the page. Both editions; the everyday tier takes two figures.
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
				// Laid out anew for the screen, nothing lands on anything else: a chart's labels clear of one another (read
				// from the back of a room), the essential parts clear of each other.
				const clashes = await figure.evaluate((f, selector) => {
					const found: string[] = [];
					const meet = (a: DOMRect, b: DOMRect) =>
						a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
					const parts = [...f.querySelectorAll<HTMLElement>(selector)].filter(
						(e) => e.getBoundingClientRect().height > 0
					);
					for (const svg of f.querySelectorAll('svg')) {
						const labels = [...svg.querySelectorAll('text')]
							.filter((t) => t.textContent?.trim() && t.checkVisibility({ visibilityProperty: true }))
							.map((t) => ({ element: t, text: t.textContent!.trim(), box: t.getBoundingClientRect() }))
							.filter(({ box }) => box.width > 0);
						labels.forEach((a, i) => {
							labels.slice(i + 1).forEach((b) => meet(a.box, b.box) && found.push(`“${a.text}” on “${b.text}”`));
							// A label run out of its chart (a long axis title on a short chart) onto a control or a readout.
							parts
								.filter((p) => !p.contains(a.element) && meet(a.box, p.getBoundingClientRect()))
								.forEach((p) => found.push(`“${a.text}” on ${p.className || p.tagName}`));
						});
					}
					parts.forEach((a, i) =>
						parts
							.slice(i + 1)
							.filter((b) => !a.contains(b) && !b.contains(a))
							.forEach(
								(b) =>
									meet(a.getBoundingClientRect(), b.getBoundingClientRect()) &&
									found.push(`${a.className || a.tagName} on ${b.className || b.tagName}`)
							)
					);
					return found;
				}, ESSENTIALS);
				expect(clashes, 'chart labels and essential parts clear of one another').toEqual([]);
				if (normal > 0) expect(await textSize()).toBeGreaterThanOrEqual(normal * 1.6 - 0.5);
				await page.keyboard.press('Escape');
				await expect(figure).not.toHaveClass(/projector/);
			}
		);
	}
}
