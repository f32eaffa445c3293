// Figures on other pages: the address of a figure's embed page, the <iframe> snippet that shows it, and the message the
// embed page sends its host so that the frame can fit its height. Pure, so the islands' script and the tests share it.

/**
 * The message an embed page posts to the page that frames it whenever its height changes:
 * `{ type: 'compute-optimal:embed-height', figure: 'iso-loss', height: 812 }` (height in CSS pixels).
 */
export const EMBED_HEIGHT_MESSAGE = 'compute-optimal:embed-height';

export interface EmbedHeightMessage {
	type: typeof EMBED_HEIGHT_MESSAGE;
	figure: string;
	height: number;
	/** Set when the page was opened to measure its largest state (`#measure`, by the Embed button). */
	largest?: boolean;
}

/** The address fragment that asks an embed page for its height in its largest state (a guess committed). */
export const MEASURE_HASH = '#measure';

export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
	const m = data as EmbedHeightMessage | null;
	return (
		typeof m === 'object' &&
		m !== null &&
		m.type === EMBED_HEIGHT_MESSAGE &&
		typeof m.figure === 'string' &&
		Number.isFinite(m.height) &&
		m.height > 0
	);
}

/** The embed page of figure `label`, from the site's root URL (`https://host/base/`) and a query (`C=1e23`). */
export function embedUrl(siteRoot: string, label: string, query: string): string {
	const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
	return `${root}embed/${encodeURIComponent(label)}/${query ? `?${query.replace(/^\?/, '')}` : ''}`;
}

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The most a snippet asks for, and the least. */
const MAX_HEIGHT = 3000;
const MIN_HEIGHT = 200;

/** The frame widths a snippet is measured at: a phone's, and the widest an embed page lays its figure out (it centres it). */
export const EMBED_WIDTHS = { narrow: 360, wide: 1000 } as const;

const clampHeight = (h: number, fallback: number) =>
	Number.isFinite(h) ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h))) : fallback;

/**
 * An <iframe> that shows a figure on another page, full width, lazy, borderless, titled for screen readers and allowed
 * to go full screen (projector mode), as tall as the figure needs in its largest state at the width the host gives it —
 * with no script on the host (course platforms strip it). `heights` are the figure's heights in its largest state in a
 * frame `EMBED_WIDTHS.narrow` and `EMBED_WIDTHS.wide` wide. The `height` attribute asks for the narrow one (safe at any
 * width); where the host keeps inline styles, a container query shortens the frame in proportion to the width between
 * the two (a figure's height falls at least that fast as its frame widens: its text wraps less, and only its charts,
 * which grow in proportion to the width, push the other way).
 */
export function embedSnippet({
	src,
	title,
	heights
}: {
	src: string;
	title: string;
	heights: { narrow: number; wide: number };
}): string {
	const narrow = clampHeight(heights.narrow, 1200);
	const wide = Math.min(narrow, clampHeight(heights.wide, narrow));
	const slope = (narrow - wide) / (EMBED_WIDTHS.wide - EMBED_WIDTHS.narrow);
	const height =
		narrow === wide
			? `${narrow}px`
			: `clamp(${wide}px, calc(${narrow}px - (100cqw - ${EMBED_WIDTHS.narrow}px) * ${slope.toFixed(4)}), ${narrow}px)`;
	return (
		`<div style="container-type: inline-size">` +
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${narrow}" ` +
		`style="border: 0; max-width: 100%; height: ${height}" loading="lazy" allow="fullscreen; clipboard-write">` +
		`</iframe></div>`
	);
}
