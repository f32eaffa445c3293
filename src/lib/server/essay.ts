// The whole essay on one page: every chapter's rendered HTML, joined so that their ids do not clash and links between
// chapters become links within the page. Pure string work on our own build-time markup. The islands (figures, quick
// checks) are left byte for byte as rendered, since hydration expects exactly that markup; only the prose around them
// is changed.
import { islandsIn } from './islands-html';

export interface RenderedChapter {
	slug: string;
	body: string;
}

const ID_ATTRIBUTE = /\b(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g;

/** The prose of a page (what lies outside its block islands) and the islands, in order, as alternating pieces. */
function pieces(html: string): { text: string; island: boolean }[] {
	const out: { text: string; island: boolean }[] = [];
	let at = 0;
	for (const island of islandsIn(html)) {
		out.push({ text: html.slice(at, island.start), island: false }, { text: island.html, island: true });
		at = island.end;
	}
	out.push({ text: html.slice(at), island: false });
	return out;
}

function idsIn(prose: string): Set<string> {
	return new Set([...prose.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
}

/** The id of the section that holds chapter `slug` on the page. */
export const chapterAnchor = (slug: string) => `chapter-${slug}`;

/**
 * Joins chapters into one page's worth of HTML, one string per chapter. An id that two chapters' prose share (a
 * heading both call "Problems") becomes `<slug>-<id>` in each, and so do the links to it; ids found once stay as they
 * are, so references from inside an island still find them. A link to another chapter (`<base>/<slug>/#x`) becomes a
 * link to that place on this page.
 */
export function joinChapters(chapters: RenderedChapter[], base: string): string[] {
	const split = chapters.map((c) => ({ slug: c.slug, pieces: pieces(c.body) }));
	const seen = new Map<string, number>();
	for (const chapter of split) {
		const ids = new Set<string>();
		for (const p of chapter.pieces) if (!p.island) for (const id of idsIn(p.text)) ids.add(id);
		for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
	}
	const clashes = (id: string) => (seen.get(id) ?? 0) > 1;
	const target = (slug: string, id: string) => (clashes(id) ? `${slug}-${id}` : id);
	const slugs = new Set(chapters.map((c) => c.slug));
	const escapedBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const crossLink = new RegExp(`href="${escapedBase}/([a-z0-9-]+)/(?:#([^"]*))?"`, 'g');

	return split.map(({ slug, pieces }) =>
		pieces
			.map(({ text, island }) => {
				if (island) return text;
				return text
					.replace(ID_ATTRIBUTE, (_, attribute: string, value: string) => {
						const ids = value.split(/\s+/).map((id) => target(slug, id));
						return `${attribute}="${ids.join(' ')}"`;
					})
					.replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${target(slug, id)}"`)
					.replace(crossLink, (whole, to: string, id: string | undefined) => {
						if (!slugs.has(to)) return whole;
						return `href="#${id ? target(to, id) : chapterAnchor(to)}"`;
					});
			})
			.join('')
	);
}
