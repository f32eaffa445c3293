// Printing the plan card alone, on one page: a copy of the card is put in a sheet of its own at the top of the
// document, the page's class tells the print styles (app.css-free: in ./Widget.svelte) to hide everything else, and
// both go when printing ends. Browser-only: called from a click.

/** The class the document carries while it prints one plan card. */
export const PRINTING_CLASS = 'printing-plan-card';
/** The sheet the copy sits in. */
export const SHEET_CLASS = 'plan-print-sheet';

/**
 * Prints `card` alone. The copy keeps the card's classes (so its styles) but not its ids or the figure's hooks, so
 * nothing on the page is named twice while it is printing.
 */
export function printCard(card: HTMLElement): void {
	const copy = card.cloneNode(true) as HTMLElement;
	for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('[id], [data-plan]')]) {
		element.removeAttribute('id');
		element.removeAttribute('data-plan');
	}
	for (const element of copy.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
		element.removeAttribute('aria-labelledby');
		element.removeAttribute('aria-describedby');
	}
	document.querySelector(`.${SHEET_CLASS}`)?.remove();
	const sheet = document.createElement('div');
	sheet.className = SHEET_CLASS;
	sheet.append(copy);
	document.body.prepend(sheet);
	const root = document.documentElement;
	root.classList.add(PRINTING_CLASS);
	const done = () => {
		root.classList.remove(PRINTING_CLASS);
		sheet.remove();
	};
	addEventListener('afterprint', done, { once: true });
	print();
}
