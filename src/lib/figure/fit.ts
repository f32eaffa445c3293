// Fitting an embed page to the frame it is given (./embed.ts): pure DOM measurement, no state of its own.

/** A chart is not drawn shorter than this, whatever the frame (the chart's own CSS minimum, $lib/chart/Chart.svelte). */
export const MIN_CHART_HEIGHT = 220;
/** Nor is the whole figure scaled below this, the last resort for a frame far too short. */
export const MIN_SCALE = 0.6;

const shown = (e: HTMLElement) => e.getClientRects().length > 0;

/** The page's height as laid out now. */
const pageHeight = () => Math.ceil(document.documentElement.scrollHeight);

/**
 * Fits the page holding `root` into `available` pixels of height: first by giving its charts less height (each in
 * proportion to what it can spare above MIN_CHART_HEIGHT), then, if that is not enough, by scaling the whole figure
 * down (never below MIN_SCALE). Returns the page's natural height, before any fitting: what a host should give it.
 */
export function fitCharts(root: HTMLElement, available: number): number {
	const charts = [...root.querySelectorAll<HTMLElement>('.chart')].filter(shown);
	for (const chart of charts) chart.style.maxHeight = '';
	root.style.removeProperty('zoom');
	const natural = pageHeight();
	let over = natural - available;
	if (over <= 0) return natural;

	const heights = charts.map((c) => c.getBoundingClientRect().height);
	const spare = heights.map((h) => Math.max(0, h - MIN_CHART_HEIGHT));
	const spareTotal = spare.reduce((a, b) => a + b, 0);
	if (spareTotal > 0) {
		const cut = Math.min(over, spareTotal);
		charts.forEach((chart, i) => {
			if (spare[i] > 0) chart.style.maxHeight = `${Math.floor(heights[i] - (cut * spare[i]) / spareTotal)}px`;
		});
		over = pageHeight() - available;
	}
	if (over > 0) {
		const scale = Math.max(MIN_SCALE, available / (available + over));
		root.style.setProperty('zoom', String(Math.floor(scale * 1000) / 1000));
	}
	return natural;
}
