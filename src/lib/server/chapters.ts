// The one module that globs content/: every chapter's metadata, in order. Server-only, so it runs at build time and
// keeps the chapters' code out of the contents page's bundle.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { renderGathered } from '$lib/figure/compact';
import { chapterMeta, orderChapters, type ChapterLink, type ChapterMeta } from '$lib/content';
import { figuresIn } from './islands-html';

const modules = import.meta.glob<{ metadata?: Record<string, unknown> }>('$content/*.md', { eager: true });

export const chapters: ChapterMeta[] = orderChapters(
	Object.entries(modules).map(([file, module]) => chapterMeta(file, module.metadata))
);

export function chapterBySlug(slug: string): ChapterMeta | undefined {
	return chapters.find((c) => c.slug === slug);
}

/** The chapters before and after `slug`, for the previous/next links. */
export function neighbours(slug: string): { previous?: ChapterLink; next?: ChapterLink } {
	const i = chapters.findIndex((c) => c.slug === slug);
	const link = (c: ChapterMeta | undefined) => (c ? { slug: c.slug, title: c.title } : undefined);
	return { previous: link(chapters[i - 1]), next: link(chapters[i + 1]) };
}

const components = import.meta.glob<{ default: Component }>('$content/*.md');

/**
 * A chapter rendered to HTML (its body, and the styles of its components for the page's head). `idPrefix` keeps the
 * ids Svelte generates apart from the page frame's, and from another chapter's on a page that holds several.
 */
export async function renderChapter(
	chapter: ChapterMeta,
	idPrefix = 'ch',
	{ gathered = false }: { gathered?: boolean } = {}
): Promise<{ body: string; head: string }> {
	const { default: Chapter } = await components[chapter.file]();
	// On a page that gathers every chapter, figures leave out their prerendered data tables ($lib/figure/compact).
	// (The render happens when its body is read: read it inside.)
	const rendered = () => {
		const { body, head } = render(Chapter, { idPrefix });
		return { body, head };
	};
	return gathered ? renderGathered(rendered) : rendered();
}

export interface EssayFigure {
	/** The figure's label: `fig-<label>` in its chapter, `/embed/<label>/` on its own. */
	label: string;
	number?: string;
	chapter: ChapterMeta;
	/** The island's outer HTML, as the chapter renders it (its props, scenario and pins included). */
	html: string;
	/** The styles of the chapter's components. */
	head: string;
}

let figures: Promise<EssayFigure[]> | undefined;

/** Every figure of the essay, in reading order; labels are unique across the chapters. */
export function essayFigures(): Promise<EssayFigure[]> {
	figures ??= (async () => {
		const all: EssayFigure[] = [];
		for (const chapter of chapters) {
			// As the embed pages show them: their data tables built when opened ($lib/figure/compact).
			const { body, head } = await renderChapter(chapter, 'ch', { gathered: true });
			for (const island of figuresIn(body)) {
				if (all.some((f) => f.label === island.figure)) {
					throw new Error(`Two figures are labelled "${island.figure}": labels must be unique across the essay`);
				}
				all.push({ label: island.figure, number: island.number, chapter, html: island.html, head });
			}
		}
		return all;
	})();
	return figures;
}
