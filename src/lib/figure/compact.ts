// Pages that show again figures a chapter shows (the whole essay and the offline copy made from it, the embed pages):
// there a figure does not prerender its data table for readers without JavaScript (each chapter's own page does), and
// builds it when the reader opens it, which keeps the build a few hundred kilobytes lighter. The server and the browser
// must agree on it, or hydration would find markup it did not expect: the server knows it while rendering for such a
// page, the browser by the page's mark.

let rendering = false;

/** Renders `body` (on the server) for such a page. */
export function renderGathered<T>(body: () => T): T {
	rendering = true;
	try {
		return body();
	} finally {
		rendering = false;
	}
}

/** The attribute that marks such a page, for the browser. */
export const TABLES_ON_REQUEST = 'data-tables-on-request';

/** Whether the figure being rendered sits on such a page. */
export function onGatheredPage(): boolean {
	return typeof document === 'undefined' ? rendering : document.querySelector(`[${TABLES_ON_REQUEST}]`) !== null;
}
