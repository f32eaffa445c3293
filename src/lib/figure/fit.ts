// Fitting a figure to a height it must not pass: an embed page to its frame ($lib/islands/embed.ts), a figure in
// projector mode to the screen (./projector.svelte.ts). DOM measurement only, no state of its own.

/** A chart is not drawn shorter than this, whatever the frame (the chart's own CSS minimum, $lib/chart/Chart.svelte). */
export const MIN_CHART_HEIGHT = 220;
/** In projector mode, where the chart is drawn 1.6 times larger, it may be shorter on the page. */
export const MIN_PROJECTED_CHART_HEIGHT = 140;
/** Nor is the whole figure scaled below this, the last resort for a frame far too short. */
export const MIN_SCALE = 0.6;

const shown = (e: HTMLElement) => e.getClientRects().length > 0;

/** The page's height as laid out now. */
const pageHeight = () => Math.ceil(document.documentElement.scrollHeight);

/**
 * The least height a chart may be given, in its own pixels: `least`, or more where its y axis's title, centred on the
 * plot, would otherwise run past the chart's top into whatever sits above it.
 */
function floorOf(chart: HTMLElement, least: number): number {
	const svg = chart.querySelector('svg');
	const title = chart.querySelector<SVGTextContentElement>('.axis.y .title');
	const axis = chart.querySelector<SVGLineElement>('.axis.y .domain');
	if (!svg || !title || !axis) return least;
	// Read off the drawing as it stands (it may lag the box by a frame): its margins are the same at any height.
	const [y1, y2] = [axis.y1.baseVal.value, axis.y2.baseVal.value];
	const margins = svg.height.baseVal.value - Math.abs(y2 - y1);
	return Math.max(least, Math.ceil(margins + title.getComputedTextLength() - 2 * Math.min(y1, y2) + 2));
}

/** Takes back what fitCharts did: every chart at its own height, the figure at its own scale. */
export function unfitCharts(root: HTMLElement): void {
	for (const chart of root.querySelectorAll<HTMLElement>('.chart')) chart.style.maxHeight = '';
	root.style.removeProperty('zoom');
}

/**
 * Fits `root` into `available` pixels of height, as `height()` measures it (the page's height by default): first by
 * giving its charts less height (each in proportion to what it can spare above `minChart`, in the chart's own pixels),
 * then, if that is not enough and `scale` allows, by scaling the whole figure down (never below MIN_SCALE). Returns the
 * natural height, before any fitting: what a host should give it.
 */
export function fitCharts(
	root: HTMLElement,
	available: number,
	{
		height = pageHeight,
		minChart = MIN_CHART_HEIGHT,
		scale = true
	}: { height?: () => number; minChart?: number; scale?: boolean } = {}
): number {
	const charts = [...root.querySelectorAll<HTMLElement>('.chart')].filter(shown);
	unfitCharts(root);
	const natural = height();
	let over = natural - available;
	if (over <= 0) return natural;

	// A chart may be drawn larger than its box (projector mode zooms it): its max-height is in its own pixels.
	const zoom = (c: HTMLElement) => parseFloat(getComputedStyle(c).zoom) || 1;
	const heights = charts.map((c) => c.getBoundingClientRect().height / zoom(c));
	const spare = charts.map((c, i) => Math.max(0, heights[i] - floorOf(c, minChart)));
	const spareTotal = spare.reduce((a, b) => a + b, 0);
	if (spareTotal > 0) {
		// A chart gives a share `t` of what it can spare (in its own pixels: `over` is in the page's).
		const give = (i: number, t: number) => {
			if (spare[i] > 0) charts[i].style.maxHeight = `${Math.floor(heights[i] - t * spare[i])}px`;
		};
		const overAt = (t: number) => {
			charts.forEach((_, i) => give(i, t));
			return height() - available;
		};
		/** The least share between one that overflows and one that fits that still fits, as `measure` finds it. */
		const least = (measure: (t: number) => number, overflows: number, fits: number) => {
			for (let step = 0; step < 8; step++) {
				const mid = (overflows + fits) / 2;
				if (measure(mid) > 0) overflows = mid;
				else fits = mid;
			}
			return fits;
		};
		// Every chart gives the same share. Stacked charts give their cuts in full: one step is enough.
		const onPageTotal = charts.reduce((sum, c, i) => sum + spare[i] * zoom(c), 0);
		let share = Math.min(1, over / onPageTotal);
		over = overAt(share);
		// Charts side by side share a row, which gives up only the most any of them gives: search for the least share
		// that fits (or give all there is).
		if (over > 0 && share < 1) {
			over = overAt(1);
			if (over <= 0) over = overAt((share = least(overAt, share, 1)));
			else share = 1;
		}
		// A chart whose height does not decide where the figure ends (beside a taller column, say) takes back what it
		// gave, as much as still fits.
		if (over <= 0 && charts.length > 1)
			charts.forEach((_, i) => {
				const alone = (t: number) => {
					give(i, t);
					return height() - available;
				};
				if (spare[i] > 0 && alone(0) > 0) alone(least(alone, 0, share));
			});
		over = height() - available;
	}
	if (over > 0 && scale) {
		const scale = Math.max(MIN_SCALE, available / (available + over));
		root.style.setProperty('zoom', String(Math.floor(scale * 1000) / 1000));
	}
	return natural;
}

/**
 * What a room must see at once in a projected figure: its charts with their legends (a chart whose key is a scroll away
 * cannot be read), the controls that drive them, its readouts.
 */
export const ESSENTIALS = '.chart, .legend, [data-readout], .readout, input[type="range"], select';

/** How far down the figure (from its top, in page pixels) its essential parts reach. */
export function essentialsEnd(frame: HTMLElement): number {
	const top = frame.getBoundingClientRect().top - frame.scrollTop;
	let end = 0;
	for (const part of frame.querySelectorAll(ESSENTIALS)) {
		const box = part.getBoundingClientRect();
		if (box.height > 0) end = Math.max(end, box.bottom - top);
	}
	return Math.ceil(end);
}
