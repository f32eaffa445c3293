// What a reader sees, checked in the page: no chart label over another, no control outside its figure, nothing wider
// than the screen, no NaN or "undefined" in what is shown. Each check returns the problems it found, in words.
import type { Page } from '@playwright/test';

/** Lets the page lay itself out after a resize or a change: two animation frames. */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Every text box in every figure's charts, and the pairs that overlap (with half a pixel of slack). */
export async function labelCollisions(page: Page): Promise<string[]> {
	return page.locator('figure.widget svg').evaluateAll((svgs) => {
		const found: string[] = [];
		for (const svg of svgs) {
			const boxes = [...svg.querySelectorAll('text')]
				.filter((t) => t.textContent?.trim() && t.checkVisibility({ visibilityProperty: true }))
				.map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }))
				.filter((b) => b.r.width > 0);
			for (let i = 0; i < boxes.length; i++) {
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i].r, boxes[j].r];
					const hit =
						a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
					if (hit) found.push(`${svg.getAttribute('aria-label')}: “${boxes[i].text}” on “${boxes[j].text}”`);
				}
			}
		}
		return found;
	});
}

/**
 * Controls, readouts and chart text that stick out of their figure's frame: a reader could not see or reach them.
 */
export async function outsideFigures(page: Page): Promise<string[]> {
	return page.locator('figure.widget').evaluateAll((figures) => {
		const found: string[] = [];
		for (const figure of figures) {
			const frame = figure.getBoundingClientRect();
			if (frame.width === 0) continue;
			const parts = figure.querySelectorAll('input, select, button, textarea, svg text, .readout');
			for (const part of parts) {
				// Not shown (in a closed <details>, hidden): nothing to see.
				if (!part.checkVisibility({ visibilityProperty: true })) continue;
				const r = part.getBoundingClientRect();
				if (r.width === 0 && r.height === 0) continue;
				// In a region that scrolls sideways (a wide table), the reader scrolls to it.
				const scroller = part.parentElement?.closest('.scroll-x, .table-scroll');
				if (scroller && figure.contains(scroller)) continue;
				if (
					r.left < frame.left - 1 ||
					r.right > frame.right + 1 ||
					r.top < frame.top - 1 ||
					r.bottom > frame.bottom + 1
				) {
					const name =
						part.getAttribute('aria-label') ??
						(part as HTMLInputElement).labels?.[0]?.textContent?.trim() ??
						part.textContent?.trim().slice(0, 40);
					found.push(`${figure.id}: <${part.tagName.toLowerCase()}> “${name}” outside its figure`);
				}
			}
		}
		return found;
	});
}

/**
 * Anything that makes the page wider than its window, or sticks out past its right edge: a reader on a phone would have
 * to scroll sideways. Content inside a region that scrolls on its own (a wide table, a formula, code) is fine.
 */
export async function overflowing(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const found: string[] = [];
		if (document.documentElement.scrollWidth > width + 1)
			found.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
		const scrolls = (e: Element) => {
			const { overflowX } = getComputedStyle(e);
			return overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden' || overflowX === 'clip';
		};
		for (const element of document.querySelectorAll('body *')) {
			// A chart's own marks are clipped to it (clip paths the box ignores): the chart itself is measured instead.
			if (element.parentElement?.closest('svg')) continue;
			const r = element.getBoundingClientRect();
			if (r.width === 0 || r.right <= width + 1 || !element.checkVisibility({ visibilityProperty: true })) continue;
			// Inside something that scrolls or clips sideways: the reader sees it by scrolling that, not the page.
			let parent = element.parentElement;
			let contained = false;
			while (parent && parent !== document.body) {
				if (scrolls(parent)) {
					contained = true;
					break;
				}
				parent = parent.parentElement;
			}
			if (contained) continue;
			// Visually hidden text (the skip link, headings for screen readers) is placed off screen on purpose.
			if (getComputedStyle(element).position === 'absolute' && r.width <= 1) continue;
			const name = element.id ? `#${element.id}` : `.${[...element.classList].join('.')}`;
			found.push(
				`<${element.tagName.toLowerCase()}${name === '.' ? '' : ` ${name}`}> reaches ${Math.round(r.right)} px`
			);
			if (found.length > 8) break;
		}
		return found;
	});
}

/** "NaN", "undefined", "Infinity" or "null" where a reader would read them (code listings aside). */
export async function brokenText(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const bad = /\bNaN\b|\bundefined\b|\bInfinity\b|\bnull\b|\[object /;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			if (!bad.test(text)) continue;
			const parent = node.parentElement;
			if (!parent || parent.closest('pre, code, script, style, .katex-mathml')) continue;
			found.push(`“${text.trim().slice(0, 60)}” in <${parent.tagName.toLowerCase()}>`);
		}
		return found;
	});
}

/**
 * Lays out every block the page skips while it is off screen (content-visibility: auto), so a check sees each part as
 * the reader does when it scrolls into view. Closed <details> stay closed.
 */
export async function layOutAll(page: Page): Promise<void> {
	await page.addStyleTag({
		content:
			'.prose > :is(p, .math-display, ul, ol, blockquote), figure.widget { content-visibility: visible !important; }'
	});
}
