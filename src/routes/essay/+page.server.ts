import { env } from '$env/dynamic/public';
import { chapters, essayFigures, renderChapter } from '$lib/server/chapters';
import { mergeHeads } from '$lib/server/heads';
import { chapterAnchor, joinChapters } from '$lib/server/essay';
import { figuresIn } from '$lib/server/islands-html';
import { ui } from '$lib/i18n';
import { page } from '$lib/links';
import { base } from '$app/paths';
import type { PageServerLoad } from './$types';

// The whole essay on one page, for a printed handout or a PDF (and the source of the offline copy, scripts/offline.mjs):
// every chapter in order, rendered at build time like its own page. Each figure keeps its island, so it works here too,
// and is followed by the address of its live version.
export const load: PageServerLoad = async () => {
	const rendered = [];
	const heads = new Set<string>();
	for (const chapter of chapters) {
		// A prefix per chapter keeps the ids Svelte generates apart from one chapter to the next.
		const { body, head } = await renderChapter(chapter, `c${chapter.number}`, { gathered: true });
		heads.add(head);
		rendered.push({ slug: chapter.slug, body });
	}
	const bodies = joinChapters(rendered, base);
	// Where each figure lives: the chapter's own page, named in full where the site's address is known.
	const site = env.PUBLIC_SITE_URL?.replace(/\/+$/, '') ?? '';
	const live = Object.fromEntries(
		(await essayFigures()).map((f) => {
			const path = page(f.chapter.slug, `fig-${f.label}`);
			return [f.label, { href: path, text: site ? `${site}${path.slice(base.length)}` : path }];
		})
	);
	return {
		head: mergeHeads([...heads]),
		chapters: chapters.map((c, i) => ({
			slug: c.slug,
			anchor: chapterAnchor(c.slug),
			number: c.number,
			title: c.title,
			summary: c.summary,
			body: withLiveLinks(bodies[i], live)
		}))
	};
};

/** After each figure's island, a line naming the address of its live version (shown in print, small on screen). */
function withLiveLinks(html: string, live: Record<string, { href: string; text: string }>): string {
	let out = html;
	for (const figure of figuresIn(html).reverse()) {
		const link = live[figure.figure];
		if (!link) continue;
		const line =
			`<p class="live-version">${escapeHtml(ui.essay.liveVersion)} ` +
			`<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>`;
		out = out.slice(0, figure.end) + line + out.slice(figure.end);
	}
	return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
