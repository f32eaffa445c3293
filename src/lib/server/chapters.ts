// The one module that globs content/: every chapter's metadata, in order. Server-only, so it runs at build time and
// keeps the chapters' code out of the contents page's bundle.
import { chapterMeta, orderChapters, type ChapterLink, type ChapterMeta } from '$lib/content';

const modules = import.meta.glob<{ metadata?: Record<string, unknown> }>('/content/*.md', { eager: true });

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
