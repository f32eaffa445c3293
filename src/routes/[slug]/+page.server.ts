import { error } from '@sveltejs/kit';
import { chapterBySlug, chapters, neighbours } from '$lib/server/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapters.map(({ slug }) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const chapter = chapterBySlug(params.slug);
	if (!chapter) error(404, `No chapter called ${params.slug}`);
	return { chapter, ...neighbours(params.slug) };
};
