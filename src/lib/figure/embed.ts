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
}

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

/** The most a snippet asks for: taller than this, a frame scrolls (or its host sizes it from the message). */
const MAX_HEIGHT = 2000;
const MIN_HEIGHT = 200;

/**
 * An <iframe> that shows a figure on another page: full width, `height` tall (rounded up, within 200–2000 px), lazy,
 * borderless, titled for screen readers, and allowed to go full screen (projector mode).
 */
export function embedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
	const h = Number.isFinite(height) ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height))) : 640;
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${h}" ` +
		`style="border: 0; max-width: 100%" loading="lazy" allow="fullscreen; clipboard-write"></iframe>`
	);
}
