import { chapters, renderChapter } from '$lib/server/chapters';
import { mergeHeads } from '$lib/server/heads';
import { extractExercises } from '$lib/server/exercises';
import { page } from '$lib/links';
import type { PageServerLoad } from './$types';

// Every chapter's quick checks and problems with their answers, for instructors: rendered at build time from the
// chapters themselves, so the answers here are the ones the reader opens.
export const load: PageServerLoad = async () => {
	const sections = [];
	const heads = new Set<string>();
	for (const chapter of chapters) {
		const { body, head } = await renderChapter(chapter);
		const exercises = extractExercises(body, chapter.slug, page(chapter.slug));
		if (exercises.quizzes.length === 0 && !exercises.problems) continue;
		heads.add(head);
		sections.push({ slug: chapter.slug, number: chapter.number, title: chapter.title, ...exercises });
	}
	return { sections, head: mergeHeads([...heads]) };
};
