// The quick checks and problems of a rendered chapter, cut out of its HTML for the solutions page: every answer and
// worked solution opened, and ids prefixed with the chapter's slug so that several chapters can share one page.
// Pure string work on our own build-time markup (Quiz.svelte, Answer.svelte and the chapters' "## Problems").

export interface Exercises {
	quizzes: string[];
	/** The Problems section without its heading, or '' if the chapter has none. */
	problems: string;
}

/** Opens every answer and solution: the solutions page shows them all. */
function openAnswers(html: string): string {
	return html.replace(/<details class="(answer|solution)/g, '<details open class="$1');
}

/**
 * Gives every id, and every reference to one, the prefix `slug-`, so that two chapters' ids cannot clash; a link to a
 * place in the chapter (an equation, a figure) goes to the chapter's own page, `chapterHref`.
 */
function prefixIds(html: string, slug: string, chapterHref: string): string {
	return html
		.replace(/\b(id|for|aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attr: string, value: string) => {
			const ids = value.split(/\s+/).map((v) => `${slug}-${v}`);
			return `${attr}="${ids.join(' ')}"`;
		})
		.replace(/href="#([^"]+)"/g, `href="${chapterHref}#$1"`);
}

export function extractExercises(html: string, slug: string, chapterHref: string): Exercises {
	const quizzes = [...html.matchAll(/<aside class="quiz[\s\S]*?<\/aside>/g)].map((m) =>
		prefixIds(openAnswers(m[0]), slug, chapterHref)
	);
	const start = html.search(/<h2[^>]*\bid="[^"]*problems"/);
	let problems = '';
	if (start >= 0) {
		const afterHeading = html.indexOf('</h2>', start) + '</h2>'.length;
		const next = html.slice(afterHeading).search(/<h2[\s>]/);
		const section = html.slice(afterHeading, next < 0 ? undefined : afterHeading + next);
		// Problem titles become the page's third level, under the chapter's heading.
		problems = prefixIds(openAnswers(section), slug, chapterHref);
	}
	return { quizzes, problems };
}
