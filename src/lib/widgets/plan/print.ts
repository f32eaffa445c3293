// Printing the plan card alone, on one page: a copy of the card is put in a sheet of its own at the top of the
// document, the page's class tells the print styles (app.css-free: in ./Widget.svelte) to hide everything else, and
// both go when printing ends. Browser-only: called from a click.

/** The class the document carries while it prints one plan card. */
export const PRINTING_CLASS = 'printing-plan-card';
/** The sheet the copy sits in. */
export const SHEET_CLASS = 'plan-print-sheet';
/** What the copy's ids end with. */
export const PRINT_SUFFIX = '-print';

/**
 * An attribute's value with every id of `ids` it names renamed: a bare id list ("a b"), a fragment ("#a") or a
 * reference ("url(#a)"). Other words are left alone.
 */
export function renameIds(value: string, ids: ReadonlySet<string>, suffix = PRINT_SUFFIX): string {
	return value.replace(/(#?)([\w-]+)/g, (whole, hash: string, id: string) =>
		ids.has(id) ? `${hash}${id}${suffix}` : whole
	);
}

/**
 * Prints `card` alone. The copy keeps the card's classes (so its styles) but not the figure's hooks, and its ids get a
 * suffix, with every reference to them inside it (a chart's clip path and hatching, a label's target) following, so
 * nothing on the page is named twice while it is printing and the copy's chart still clips to its own plot.
 */
export function printCard(card: HTMLElement): void {
	const copy = card.cloneNode(true) as HTMLElement;
	const ids = new Set([...copy.querySelectorAll('[id]')].map((e) => e.id));
	const renamed = (value: string) => renameIds(value, ids);
	for (const element of [copy, ...copy.querySelectorAll('*')]) {
		element.removeAttribute('data-plan');
		for (const attribute of [...element.attributes]) {
			if (
				attribute.name === 'id' ||
				/^(aria-(labelledby|describedby|controls)|for|href|xlink:href|clip-path|fill|mask)$/.test(attribute.name) ||
				attribute.value.includes('url(#')
			) {
				element.setAttribute(attribute.name, renamed(attribute.value));
			}
		}
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
