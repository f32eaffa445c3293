// One pass over every page of both editions, as a reader meets it: each page loads under its strict CSP with no error
// and no request elsewhere, every island on it wakes, and what it shows holds up at a laptop's and a phone's width — no
// chart label over another, no control outside its figure, nothing wider than a 360 px screen, no NaN or undefined.
import { en as ui } from '../../src/lib/i18n/en';
import { scanLabels } from '../../src/lib/markdown/labels.js';
import { FULL_TIER } from '../../playwright.config';
import { BUDGET_RANGE } from '../../src/lib/state/params';
import { allPages, expect, open, test, wakeAll, zhPages } from './fixtures';
import { brokenText, labelCollisions, layOutAll, outsideFigures, overflowing, settle } from './reader';

/** Every figure's embed page, in both editions. */
const embeds = [...scanLabels('content')]
	.filter(([key]) => key.startsWith('fig:'))
	.flatMap(([key]) => [`/embed/${key.slice(4)}/`, `/zh/embed/${key.slice(4)}/`]);

// The everyday tier sweeps every page at a laptop's width and the narrowest phone's, with two exceptions that are
// their parts again: the Chinese whole essay (every Chinese chapter, each swept on its own page) and the embed pages
// (each its chapter's island cut byte for byte, src/lib/server/islands-html.ts, swept on the chapter): the English ones
// are swept at the phone's width only, for their frame, and the Chinese ones not at all. The full tier sweeps all of
// them, and adds the 390 px phone.
const widthsOf = (path: string) => (FULL_TIER ? [1280, 390, 360] : path.startsWith('/embed/') ? [360] : [1280, 360]);

for (const path of [...allPages, ...zhPages, ...embeds]) {
	const tag = path.startsWith('/zh/embed/') || path === '/zh/essay/' ? ['@full'] : [];
	const widths = widthsOf(path);
	test(`${path} as a reader sees it, at ${widths.join(', ')} px`, { tag }, async ({ page, issues }) => {
		// The whole essay wakes every island of every chapter.
		if (path.endsWith('/essay/')) test.setTimeout(150_000);
		await page.setViewportSize({ width: 1280, height: 900 });
		await open(page, path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).not.toMatch(/https?:|\*/);
		await wakeAll(page);
		// Everything laid out, as the reader sees each part when it scrolls into view.
		await layOutAll(page);
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			await settle(page);
			const seen = [
				...(await labelCollisions(page)),
				...(await outsideFigures(page)),
				...(width === 360 ? await overflowing(page) : []),
				...(width === 1280 ? await brokenText(page) : [])
			];
			expect(seen, `at ${width} px`).toEqual([]);
		}
		await page.waitForLoadState('networkidle');
		expect(issues.failedRequests).toEqual([]);
	});
}

// The states a reader reaches by dragging and choosing: the budget at either end of its range and at the default, under
// every fit, in both editions, at a phone's and a laptop's width. /explore/ holds every figure that follows them.
const fits = Object.keys(ui.laws);
for (const prefix of ['', '/zh']) {
	for (const law of fits) {
		test(
			`${prefix}/explore/ under ${law}, lowest, default and highest budget: no label on another`,
			{ tag: '@full' },
			async ({ page }) => {
				test.setTimeout(120_000);
				for (const budget of [BUDGET_RANGE[0], undefined, BUDGET_RANGE[1]]) {
					await page.setViewportSize({ width: 1280, height: 900 });
					await open(page, `${prefix}/explore/?law=${law}${budget ? `&C=${budget}` : ''}`);
					await wakeAll(page);
					await layOutAll(page);
					for (const width of [1280, 390]) {
						await page.setViewportSize({ width, height: 900 });
						await settle(page);
						const seen = [...(await labelCollisions(page)), ...(await outsideFigures(page))];
						expect(seen, `C=${budget ?? 'default'} at ${width} px`).toEqual([]);
					}
				}
			}
		);
	}
}
