import { error } from '@sveltejs/kit';
import { essayFigures } from '$lib/server/chapters';
import { page } from '$lib/links';
import type { EntryGenerator, PageServerLoad } from './$types';

// One figure alone, for an <iframe> on a course page: the island exactly as its chapter renders it (props, scenario,
// pinned values), so it reads the same URL state and hydrates the same way. Framing is allowed for these pages only
// (see the _headers route).
export const entries: EntryGenerator = async () => (await essayFigures()).map(({ label }) => ({ figure: label }));

export const load: PageServerLoad = async ({ params }) => {
	const figure = (await essayFigures()).find((f) => f.label === params.figure);
	if (!figure) error(404, `No figure called ${params.figure}`);
	const { chapter, html, head, label, number } = figure;
	return {
		label,
		number,
		// Alone on its page, the figure is what the reader came for: it loads at once, not on first touch.
		html: html.replace(/^(<div class="island"[^>]*?) data-load="interaction"/, '$1'),
		head,
		chapter: { number: chapter.number, title: chapter.title },
		chapterHref: page(chapter.slug, `fig-${label}`)
	};
};
