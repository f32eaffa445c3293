// The islands in a page's rendered HTML, found by string work on our own build-time markup (Island.svelte renders
// `<div class="island" data-island="…" …>` around each figure): for the embed pages, which show one figure alone, and
// for the whole essay on one page, which must leave the islands' inner markup exactly as hydration expects it.

export interface IslandHtml {
	/** Where the island's outer HTML starts and ends in the page. */
	start: number;
	end: number;
	html: string;
	/** The registry name (`data-island`). */
	name: string;
	/** The figure's label (its id is `fig-<label>`), if the island is a figure. */
	figure?: string;
	/** The figure number the chapter gives it ("4.2"). */
	number?: string;
}

const OPEN = '<div class="island"';

/** The end of the element that opens at `start`: the `</div>` that balances it. */
function closingDiv(html: string, start: number): number {
	const tags = /<div\b|<\/div>/g;
	tags.lastIndex = start;
	let depth = 0;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		depth += m[0] === '</div>' ? -1 : 1;
		if (depth === 0) return m.index + m[0].length;
	}
	throw new Error(`islands-html: an island at ${start} is never closed`);
}

function decodeAttribute(value: string): string {
	return value
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Every block island in `html`, in order (islands do not nest). */
export function islandsIn(html: string): IslandHtml[] {
	const found: IslandHtml[] = [];
	for (let start = html.indexOf(OPEN); start >= 0; start = html.indexOf(OPEN, start + 1)) {
		if (found.length > 0 && start < found[found.length - 1].end) continue;
		const end = closingDiv(html, start);
		const outer = html.slice(start, end);
		const openTag = outer.slice(0, outer.indexOf('>') + 1);
		const name = /\bdata-island="([^"]+)"/.exec(openTag)?.[1] ?? '';
		const figure = /<figure\b[^>]*\bid="fig-([^"]+)"/.exec(outer)?.[1];
		let number: string | undefined;
		try {
			const props = JSON.parse(decodeAttribute(/\bdata-props="([^"]*)"/.exec(openTag)?.[1] ?? '{}'));
			if (typeof props.number === 'string') number = props.number;
		} catch {
			// unreadable props: no number
		}
		found.push({ start, end, html: outer, name, figure, number });
	}
	return found;
}

/** The figures among a page's islands. */
export function figuresIn(html: string): (IslandHtml & { figure: string })[] {
	return islandsIn(html).filter((island): island is IslandHtml & { figure: string } => island.figure !== undefined);
}
