// A student on a phone (390 × 844, touch), in both editions, light and dark: chart labels stand apart (and off the
// marks they would hide) in the states a reader reaches, legend items keep to one line and every swatch shows, the
// budget's landmarks are buttons a finger can hit, nothing is wider than the screen before the figures come to life or
// after, and a code listing meant to be copied has a button that copies it.
import type { Locator, Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';
import { GOPHER_BUDGET } from '../../src/lib/scaling';
import { allPages, expect, live, open, test, wakeAll } from './fixtures';
import { layOutAll, outsideFigures, overflowing, settle } from './reader';

const editions = [
	{ prefix: '', ui: en },
	{ prefix: '/zh', ui: zh }
] as const;
const themes = ['light', 'dark'] as const;

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/**
 * In a figure's charts: text on text, and text on a mark it would hide (a dot, a run, the reader's model, and the
 * model's focus ring while it shows). Circles are measured as circles, text as its box.
 */
async function crowding(figure: Locator): Promise<string[]> {
	return figure.locator('svg').evaluateAll((svgs) => {
		const found: string[] = [];
		type Box = { left: number; right: number; top: number; bottom: number };
		const overlap = (a: Box, b: Box) =>
			a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
		for (const svg of svgs) {
			const texts = [...svg.querySelectorAll('text')]
				.filter((t) => t.textContent?.trim() && t.checkVisibility({ visibilityProperty: true }))
				.map((t) => ({ text: t.textContent!.trim(), box: t.getBoundingClientRect() as Box }))
				.filter(({ box }) => box.right > box.left);
			for (let i = 0; i < texts.length; i++) {
				for (let j = i + 1; j < texts.length; j++) {
					if (overlap(texts[i].box, texts[j].box)) found.push(`“${texts[i].text}” on “${texts[j].text}”`);
				}
			}
			// Marks: every drawn circle (a transparent touch target only while its focus ring shows).
			const marks = [...svg.querySelectorAll('circle')].filter((c) => {
				const style = getComputedStyle(c);
				const painted = style.fill !== 'transparent' && style.fill !== 'none' && style.fill !== 'rgba(0, 0, 0, 0)';
				return c.checkVisibility({ visibilityProperty: true }) && (painted || style.stroke !== 'none');
			});
			for (const mark of marks) {
				const ring = mark.getBoundingClientRect();
				const [cx, cy, r] = [(ring.left + ring.right) / 2, (ring.top + ring.bottom) / 2, ring.width / 2];
				const name =
					mark.closest('[data-label], .dot, .draggable, .runs')?.getAttribute('class') ?? mark.getAttribute('class');
				for (const { text, box } of texts) {
					// The nearest point of the text's box to the circle's centre lies inside the circle.
					const dx = Math.max(box.left - cx, 0, cx - box.right);
					const dy = Math.max(box.top - cy, 0, cy - box.bottom);
					if (Math.hypot(dx, dy) < r - 0.5) found.push(`“${text}” on a mark (${name})`);
				}
			}
		}
		return [...new Set(found)];
	});
}

/** Chart labels closer than `room` px to the labels named (the ones that matter keep some air: nothing piles on them). */
async function crowdedAround(svg: Locator, ids: string[], room: number): Promise<string[]> {
	return svg.evaluate(
		(svg, { ids, room }) => {
			const labels = [...svg.querySelectorAll<SVGGElement>('.labels [data-label]')].map((g) => ({
				id: g.dataset.label!,
				text: g.textContent!.trim(),
				box: g.querySelector('text')!.getBoundingClientRect()
			}));
			const found: string[] = [];
			for (const near of labels.filter((l) => ids.includes(l.id))) {
				for (const other of labels.filter((l) => l !== near)) {
					const dx = Math.max(0, other.box.left - near.box.right, near.box.left - other.box.right);
					const dy = Math.max(0, other.box.top - near.box.bottom, near.box.top - other.box.bottom);
					if (Math.max(dx, dy) < room)
						found.push(`“${other.text}” ${Math.max(dx, dy).toFixed(1)} px from “${near.text}”`);
				}
			}
			return found;
		},
		{ ids, room }
	);
}

/** Drags the reader's model on the iso-loss map onto the optimum, with the mouse, as a reader drags it. */
async function dragModelOntoOptimum(page: Page, map: Locator): Promise<void> {
	const centre = async (circle: Locator) => {
		const box = (await circle.boundingBox())!;
		return [box.x + box.width / 2, box.y + box.height / 2] as const;
	};
	const [fromX, fromY] = await centre(map.locator('.draggable .mark'));
	const [toX, toY] = await centre(map.locator('.dot.optimum circle'));
	await page.mouse.move(fromX, fromY);
	await page.mouse.down();
	await page.mouse.move((fromX + toX) / 2, (fromY + toY) / 2, { steps: 4 });
	await page.mouse.move(toX, toY, { steps: 4 });
	await page.mouse.up();
	await settle(page);
	const [x, y] = await centre(map.locator('.draggable .mark'));
	expect(Math.hypot(x - toX, y - toY), 'the model sits on the optimum').toBeLessThan(4);
}

for (const { prefix, ui } of editions) {
	for (const theme of themes) {
		const tag = prefix || theme === 'dark' ? ['@full'] : [];

		test(
			`${prefix}/derivation/ Fig 4.1 on a phone, ${theme}: labels apart, at first and with the model on the optimum`,
			{ tag },
			async ({ page }) => {
				await page.emulateMedia({ colorScheme: theme });
				await open(page, `${prefix}/derivation/`);
				const figure = await live(page, 'iso-loss-map');
				const map = figure.locator('.map');
				const mapChart = map.locator('svg').first();
				expect(await crowding(figure), 'at first').toEqual([]);
				expect(await crowdedAround(mapChart, ['optimum', 'model'], 2), 'at first').toEqual([]);
				await dragModelOntoOptimum(page, map);
				expect(await crowding(figure), 'dragged onto the optimum').toEqual([]);
				expect(await crowdedAround(mapChart, ['optimum', 'model'], 2), 'dragged onto the optimum').toEqual([]);
				// Focused from the keyboard (a step away and back), the model shows its focus ring: no label under it.
				await map.locator('.draggable').focus();
				await page.keyboard.press('ArrowRight');
				await page.keyboard.press('ArrowLeft');
				await settle(page);
				await expect(map.locator('.draggable .hit')).toHaveCSS('stroke-width', '3px');
				expect(await crowding(figure), 'focused on the optimum').toEqual([]);
				// The optimum keeps its name on the map.
				await expect(map.locator(`[data-label="optimum"]`)).toHaveText(ui.isoLoss.optimum);
			}
		);

		test(
			`${prefix}/measuring/ Fig 3.1 on a phone, ${theme}: labels off the runs, the hatching keyed, legend items on one line, every size visible`,
			{ tag },
			async ({ page }) => {
				await page.emulateMedia({ colorScheme: theme });
				await open(page, `${prefix}/measuring/`);
				const figure = await live(page, 'runs-chart');
				expect(await crowding(figure)).toEqual([]);
				await expect(figure.locator('svg [data-label="gopher"]')).toHaveText(ui.runs.gopher);
				// The hatched band is too narrow for its label on a phone: the legend keys it.
				await expect(figure.locator('.legend .hatch-key')).toBeVisible();
				await expect(figure.locator('.legend')).toContainText(ui.runs.extrapolation);
				const items = figure.locator('.legend .item');
				await expect(items).toHaveCount(8);
				for (const item of await items.all()) {
					const lines = await item.evaluate((e) => {
						const line = parseFloat(getComputedStyle(e).lineHeight) || 20;
						return Math.round(e.getBoundingClientRect().height / line);
					});
					expect(lines, (await item.textContent()) ?? '').toBe(1);
				}
				// Every size's swatch (the colour of its runs) stands out from the background: 3:1, as marks must.
				const contrasts = await figure.locator('.legend .swatch').evaluateAll((swatches) => {
					const canvas = document.createElement('canvas');
					const g = canvas.getContext('2d', { willReadFrequently: true })!;
					const rgb = (css: string) => {
						g.clearRect(0, 0, 1, 1);
						g.fillStyle = css;
						g.fillRect(0, 0, 1, 1);
						return [...g.getImageData(0, 0, 1, 1).data].slice(0, 3);
					};
					const luminance = (c: number[]) => {
						const [r, gr, b] = c.map((v) =>
							v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4
						);
						return 0.2126 * r + 0.7152 * gr + 0.0722 * b;
					};
					const figure = swatches[0].closest('figure')!;
					const bg = luminance(rgb(getComputedStyle(figure).backgroundColor));
					return swatches.map((s) => {
						const l = luminance(rgb(getComputedStyle(s).color));
						return (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05);
					});
				});
				for (const contrast of contrasts) expect(contrast).toBeGreaterThanOrEqual(3);
			}
		);
	}
}

/** Every chart's box, in page order: its size before the figures come to life must be its size after. */
async function chartBoxes(page: Page): Promise<string[]> {
	return page
		.locator('.chart')
		.evaluateAll((charts) =>
			charts.map((c) => `${c.closest('figure')?.id}: ${Math.round(c.clientWidth)} × ${Math.round(c.clientHeight)}`)
		);
}

// The narrowest phones in use are 360 px wide; the test's phone is 390.
const widths = [360, 390];

for (const { prefix } of editions) {
	const pages = [...allPages].map((path) => `${prefix}${path}`);
	test(
		`${prefix || '/'} every page at 360 px without script: nothing wider than the screen`,
		{
			tag: prefix ? ['@full'] : []
		},
		async ({ browser }) => {
			test.setTimeout(120_000);
			// JavaScript off: the prerendered page as it arrives, and as a reader without script keeps it.
			const context = await browser.newContext({ viewport: { width: 360, height: 844 }, javaScriptEnabled: false });
			const page = await context.newPage();
			const found: string[] = [];
			for (const path of pages) {
				await page.goto(path);
				found.push(...(await overflowing(page)).map((problem) => `${path}: ${problem}`));
			}
			expect(found).toEqual([]);
			await context.close();
		}
	);

	for (const path of ['/explore/', '/measuring/', '/instructors/', '/derivation/']) {
		for (const width of widths) {
			const everyday = !prefix && width === 360 && (path === '/explore/' || path === '/measuring/');
			test(
				`${prefix}${path} at ${width} px: the charts as large before the figures come to life as after, nothing wider than the screen, every control in its figure`,
				{
					tag: everyday ? [] : ['@full']
				},
				async ({ browser, page }) => {
					test.setTimeout(120_000);
					const prerendered = await browser.newContext({
						viewport: { width, height: 844 },
						javaScriptEnabled: false
					});
					const before = await prerendered.newPage();
					await before.goto(`${prefix}${path}`);
					const boxes = await chartBoxes(before);
					await prerendered.close();

					await page.setViewportSize({ width, height: 844 });
					await open(page, `${prefix}${path}`);
					await wakeAll(page);
					// Opened as a reader opens them: the data tables, a fit's own runs and its file picker.
					await page
						.locator('figure.widget details')
						.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
					await layOutAll(page);
					await settle(page);
					expect(await chartBoxes(page), 'no chart changes size as it comes to life').toEqual(boxes);
					expect(await overflowing(page)).toEqual([]);
					expect(await outsideFigures(page)).toEqual([]);
				}
			);
		}
	}
}

for (const { prefix, ui } of editions) {
	test(
		`${prefix}/compute/ and ${prefix}/derivation/ on a phone: the budget's landmarks are buttons a finger can hit`,
		{
			tag: prefix ? ['@full'] : []
		},
		async ({ page }) => {
			for (const [path, widget] of [
				['/compute/', 'compute-budget'],
				['/derivation/', 'iso-loss-map']
			] as const) {
				await open(page, `${prefix}${path}`);
				const figure = await live(page, widget);
				const marks = figure.locator('.budget-slider button.mark');
				await expect(marks).toHaveCount(3);
				for (const mark of await marks.all()) {
					const look = await mark.evaluate((b) => {
						const style = getComputedStyle(b);
						const box = b.getBoundingClientRect();
						const page = getComputedStyle(b.closest('figure')!).backgroundColor;
						return {
							width: box.width,
							height: box.height,
							// A face and a frame, as the page's other buttons have: not a bare line over a word.
							framed: ['Top', 'Right', 'Bottom', 'Left'].every(
								(side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1
							),
							face: style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== page
						};
					});
					expect(look.width, (await mark.textContent()) ?? '').toBeGreaterThanOrEqual(24);
					expect(look.height).toBeGreaterThanOrEqual(24);
					expect(look.framed).toBe(true);
					expect(look.face).toBe(true);
				}
				// A tap moves the budget there.
				await marks.filter({ hasText: ui.budget.landmarks.gopher }).tap();
				const slider = figure.locator('.budget-slider input[type="range"]');
				await expect.poll(async () => Number(await slider.inputValue())).toBeCloseTo(Math.log10(GOPHER_BUDGET), 2);
			}
		}
	);

	test(
		`${prefix}/instructors/ on a phone: the snippet for course pages has a Copy button that copies it, and stays text without script`,
		{
			tag: prefix ? ['@full'] : []
		},
		async ({ page, browser }) => {
			// Record what the page puts on the clipboard.
			await page.addInitScript(() => {
				const copied: string[] = ((window as unknown as { copied: string[] }).copied = []);
				Object.defineProperty(navigator, 'clipboard', {
					value: { writeText: async (t: string) => void copied.push(t) }
				});
			});
			await open(page, `${prefix}/instructors/`);
			// The blocks above laid out first: one drawn as the tap scrolls to the button would move it under the finger.
			await layOutAll(page);
			const block = page.locator('.prose > .copy-code').filter({ hasText: 'compute-optimal:embed-height' });
			await block.getByRole('button', { name: ui.copyCode.button }).tap();
			await expect(block.getByRole('status')).toHaveText(ui.copyCode.done);
			const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
			expect(copied).toEqual([await block.locator('pre').textContent()]);
			expect(copied[0]).toMatch(/^<script>\n[\s\S]*compute-optimal:embed-height[\s\S]*<\/script>$/);
			expect(await overflowing(page)).toEqual([]);

			const plain = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
			const still = await plain.newPage();
			await still.goto(`${prefix}/instructors/`);
			const code = still.locator('.copy-code pre').first();
			await expect(code).toContainText('compute-optimal:embed-height');
			await expect(still.locator('.copy-button')).toHaveCount(0);
			await expect(code).not.toHaveCSS('user-select', 'none');
			await plain.close();
		}
	);
}

// The first screen holds still while a chapter settles on a slow phone: blocks that skip layout until near the window
// (content-visibility) were drawn at their placeholder height on the first screen and then grew, pushing the rest
// down (Lighthouse's layout shift on /corrections/). Measured as the browser reports it, until the page is idle.
for (const path of ['/corrections/', '/zh/corrections/', '/derivation/', '/zh/compute/']) {
	const tag = path.endsWith('/corrections/') ? [] : ['@full'];
	test(`${path} on a slow phone: nothing on the first screen moves as the page settles`, { tag }, async ({ page }) => {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.addInitScript(() => {
			const shifts: { value: number; nodes: string[] }[] = [];
			Object.assign(window, { shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources: { node?: Node }[];
				})[]) {
					if (entry.hadRecentInput) continue;
					const nodes = entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '#text');
					shifts.push({ value: entry.value, nodes });
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready);
		// Two frames after the fonts, so a shift they cause is reported.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number }[] }).shifts);
		const total = shifts.reduce((sum, s) => sum + s.value, 0);
		expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
	});
}
