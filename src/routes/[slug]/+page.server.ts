import { error } from '@sveltejs/kit';
import { chapterBySlug, chapters, neighbours, renderChapter } from '$lib/server/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

// Each chapter is rendered to HTML here, at build time, and placed in the page as markup: its prose and math never
// travel as JavaScript. Its figures carry their own island markers (see $lib/islands).
export const entries: EntryGenerator = () => chapters.map(({ slug }) => ({ slug }));

export const load: PageServerLoad = async ({ params }) => {
	const chapter = chapterBySlug(params.slug);
	if (!chapter) error(404, `No chapter called ${params.slug}`);
	const { body, head } = await renderChapter(chapter);
	return { chapter, body, head, ...neighbours(params.slug) };
};
