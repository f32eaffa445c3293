import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { chapterBySlug, chapters, neighbours } from '$lib/server/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

// Each chapter is rendered to HTML here, at build time, and placed in the page as markup: its prose and math never
// travel as JavaScript. Its figures carry their own island markers (see $lib/islands).
const components = import.meta.glob<{ default: Component }>('/content/*.md');

export const entries: EntryGenerator = () => chapters.map(({ slug }) => ({ slug }));

export const load: PageServerLoad = async ({ params }) => {
	const chapter = chapterBySlug(params.slug);
	if (!chapter) error(404, `No chapter called ${params.slug}`);
	const { default: Chapter } = await components[chapter.file]();
	// The prefix keeps the chapter's element ids apart from the page frame's.
	const { body, head } = render(Chapter, { idPrefix: 'ch' });
	return { chapter, body, head, ...neighbours(params.slug) };
};
