// Pages that gather every chapter (the whole essay, and the offline copy made from it) print their figures as they are:
// there, a figure does not prerender its data table for readers without JavaScript (each chapter's own page does), which
// keeps the page and the offline copy a few hundred kilobytes lighter. The server and the browser must agree on it, or
// hydration would find markup it did not expect: the server knows it while rendering such a page, the browser by the
// page's mark.

let rendering = false;

/** Renders `body` (on the server) as part of a page that gathers the chapters. */
export function renderGathered<T>(body: () => T): T {
	rendering = true;
	try {
		return body();
	} finally {
		rendering = false;
	}
}

/** The attribute that marks such a page, for the browser. */
export const GATHERED = 'data-gathered-chapters';

/** Whether the figure being rendered sits on a page that gathers the chapters. */
export function onGatheredPage(): boolean {
	return typeof document === 'undefined' ? rendering : document.querySelector(`[${GATHERED}]`) !== null;
}
