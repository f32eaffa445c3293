// Printing a handout, as an instructor does: the whole essay, the solutions and a chapter, on A4 and on Letter, in both
// editions. Each page is laid out in print media at the width of its page box (src/app.css sets @page margins of 20 mm
// on every side: A4 leaves 170 mm, Letter 8.5 in − 40 mm, at 96 px to the inch), after the islands have come to life as
// they do when a page is about to print. Nothing may be cut (tables reflow, code wraps, nothing scrolls sideways or
// reaches past the page box), every figure takes the column and draws its charts at the width they print, and no chart
// text prints below 7 pt.
import type { Page } from '@playwright/test';
import { chapterSlugs, expect, open, test } from './fixtures';
import { settle } from './reader';

const PX_PER_MM = 96 / 25.4;
const MARGIN_MM = 20;
const papers = {
	A4: Math.floor((210 - 2 * MARGIN_MM) * PX_PER_MM),
	Letter: Math.floor((8.5 * 25.4 - 2 * MARGIN_MM) * PX_PER_MM)
} as const;
type Paper = keyof typeof papers;
/** 7 pt in CSS pixels. */
const SMALLEST_TEXT = (7 * 96) / 72;

/** Lays `path` out for printing on `paper`: print media, the page box's width, every island hydrated. */
async function printLayout(page: Page, path: string, paper: Paper): Promise<void> {
	await page.setViewportSize({ width: papers[paper], height: 1000 });
	await page.emulateMedia({ media: 'print' });
	await open(page, path);
	// What the browser does as the page starts to print: the islands' script brings every figure to life.
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(page.locator('[data-island]:not([data-hydrated=""])')).toHaveCount(0, { timeout: 90_000 });
	await settle(page);
	await settle(page);
}

/** Whatever paper would cut: an element past the page box, or content past the edge of a box that scrolls on screen. */
async function cut(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const found: string[] = [];
		const name = (e: Element) =>
			`<${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? ` .${e.className.split(' ')[0]}` : ''}> in #${e.closest('[id]')?.id}`;
		for (const e of document.querySelectorAll('body *')) {
			// Text kept for screen readers only (KaTeX's MathML, visually hidden headings) is never drawn.
			if (e.closest('.katex-mathml, .visually-hidden')) continue;
			// A chart's marks are clipped to its plot: the chart and its text are measured instead. KaTeX draws some
			// glyphs (roots, arrows) as long SVG paths inside a box that shows only their start.
			if (e.parentElement?.closest('svg') && e.tagName !== 'text') continue;
			if (e.tagName === 'svg' && e.closest('.katex')) continue;
			const r = e.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			// A pixel of slack: an inline formula's superscript may overhang the line's end by a fraction of one.
			if (r.right > width + 1) found.push(`${name(e)} reaches ${Math.round(r.right)} px of ${width}`);
			if (e instanceof HTMLElement && !e.closest('.katex')) {
				const { overflowX } = getComputedStyle(e);
				if (overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1)
					found.push(`${name(e)} hides ${e.scrollWidth - e.clientWidth} px of its ${e.scrollWidth}`);
			}
			if (found.length > 12) break;
		}
		return found;
	});
}

/** Figures narrower than the column, charts drawn at another width than they print, chart text under 7 pt. */
async function smallFigures(page: Page, smallest: number): Promise<string[]> {
	return page.locator('figure.widget').evaluateAll((figures, smallest) => {
		const found: string[] = [];
		for (const figure of figures) {
			const frame = figure.getBoundingClientRect();
			if (frame.width === 0) continue;
			const column = figure.closest('.prose')!.clientWidth;
			if (Math.abs(frame.width - column) > 1)
				found.push(`#${figure.id} is ${Math.round(frame.width)} px wide in a ${column} px column`);
			const style = getComputedStyle(figure);
			const inner = figure.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			for (const svg of figure.querySelectorAll<SVGSVGElement>('.chart svg')) {
				const box = svg.getBoundingClientRect();
				if (box.width === 0) continue;
				const label = `#${figure.id} “${svg.getAttribute('aria-label')}”`;
				if (Math.abs(box.width - inner) > 1)
					found.push(`${label} is ${Math.round(box.width)} px wide in a figure ${Math.round(inner)} px wide`);
				// Drawn at one width and printed at another, its text grows or shrinks with it.
				const scale = box.width / svg.viewBox.baseVal.width;
				if (Math.abs(scale - 1) > 0.01)
					found.push(`${label} is drawn at ${svg.viewBox.baseVal.width} px, printed at ${Math.round(box.width)}`);
				for (const text of svg.querySelectorAll('text')) {
					if (!text.textContent?.trim() || !text.checkVisibility()) continue;
					const size = parseFloat(getComputedStyle(text).fontSize) * scale;
					if (size < smallest) found.push(`${label}: “${text.textContent.trim()}” prints at ${size.toFixed(1)} px`);
				}
			}
		}
		return found;
	}, smallest);
}

/** The pages of a PDF, counted from its page objects. */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

test('a chapter printed on A4: code wraps, tables reflow, figures take the column with chart text of 7 pt or more', async ({
	page
}) => {
	await printLayout(page, '/code/', 'A4');
	// The chapter's listings wrap rather than run off the page, and keep their line numbers apart.
	const listing = page.locator('figure.listing pre').first();
	await expect(listing).toHaveCSS('white-space', 'pre-wrap');
	expect(await cut(page), 'cut by the page').toEqual([]);
	expect(await smallFigures(page, SMALLEST_TEXT), 'figures').toEqual([]);
	const pdf = await page.pdf({ format: 'A4' });
	// A chapter of a few thousand words, two figures and nine listings: more than a few sheets, fewer than thirty.
	expect(pageCount(pdf)).toBeGreaterThan(3);
	expect(pageCount(pdf)).toBeLessThan(30);
});

for (const prefix of ['', '/zh']) {
	for (const paper of Object.keys(papers) as Paper[]) {
		for (const path of ['/essay/', '/solutions/']) {
			test(
				`${prefix}${path} printed on ${paper}: nothing cut, figures as wide as the column, chart text ≥ 7 pt`,
				{ tag: '@full' },
				async ({ page }) => {
					test.setTimeout(240_000);
					await printLayout(page, `${prefix}${path}`, paper);
					expect(await cut(page), 'cut by the page').toEqual([]);
					expect(await smallFigures(page, SMALLEST_TEXT), 'figures').toEqual([]);
				}
			);
		}
	}
	test(
		`${prefix}/essay/ makes a PDF on A4 and on Letter, a chapter to a page at least`,
		{ tag: '@full' },
		async ({ page }) => {
			test.setTimeout(240_000);
			for (const paper of Object.keys(papers) as Paper[]) {
				await printLayout(page, `${prefix}/essay/`, paper);
				const pages = pageCount(await page.pdf({ format: paper }));
				// Each chapter starts a page after the title page; the essay runs to about a hundred.
				expect(pages, paper).toBeGreaterThan(chapterSlugs.length + 1);
				expect(pages, paper).toBeLessThan(150);
			}
		}
	);
}
