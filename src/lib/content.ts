// Types and pure helpers for chapters, shared by the server module that globs content/ and by the pages.

export interface Heading {
	depth: 2 | 3;
	id: string;
	text: string;
}

export interface ChapterMeta {
	/** Route segment: `content/04-derivation.md` → `derivation`. */
	slug: string;
	/** Position in the essay, from the file's numeric prefix. */
	number: number;
	/** Path of the source file, as import.meta.glob keys it. */
	file: string;
	title: string;
	summary: string;
	words: number;
	/** Figures and quick checks before the problems: what a reader works through, not reads. */
	figures: number;
	checks: number;
	/** How many formulas the chapter has (its page preloads the math fonts when there are any). */
	formulas: number;
	/** The prose alone, at reading speed. */
	readingMinutes: number;
	/** The prose with its figures worked and its checks answered (`studyMinutes`). */
	minutes: number;
	headings: Heading[];
	/** On the core path (the chapters a reader in a hurry reads in order); the others are optional. */
	core: boolean;
}

export interface ChapterLink {
	slug: string;
	title: string;
}

/** A reading speed for explanatory prose with math. */
const WORDS_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * Minutes a reader spends with a figure (guessing, dragging, reading its readout) and with a quick check (thinking,
 * typing, reading the reply): estimates, stated on the contents page, from the readers who tried the core path — forty
 * minutes of prose took them one and a half to two hours with its figures and checks.
 */
export const MINUTES_PER_FIGURE = 3;
export const MINUTES_PER_CHECK = 2;

/** A chapter's time with its figures and checks: reading time plus the work they ask for (the problems apart). */
export function studyMinutes({ words, figures, checks }: { words: number; figures: number; checks: number }): number {
	return readingMinutes(words) + figures * MINUTES_PER_FIGURE + checks * MINUTES_PER_CHECK;
}

const FILE_NAME = /\/(\d{2})-([a-z0-9-]+)\.md$/;

/** `/content/04-derivation.md` → { number: 4, slug: 'derivation' }; a RangeError for names that break the pattern. */
export function parseChapterFile(file: string): { number: number; slug: string } {
	const match = FILE_NAME.exec(file);
	if (!match) {
		throw new RangeError(`chapter file ${file} must be named content/NN-slug.md (two digits, lowercase slug)`);
	}
	return { number: Number(match[1]), slug: match[2] };
}

/** Builds a chapter's metadata from its file name and frontmatter; names the file and the missing field on error. */
export function chapterMeta(file: string, metadata: Record<string, unknown> | undefined): ChapterMeta {
	const { number, slug } = parseChapterFile(file);
	const fm = metadata ?? {};
	for (const field of ['title', 'summary'] as const) {
		if (typeof fm[field] !== 'string' || fm[field].trim() === '') {
			throw new RangeError(`chapter ${file} needs a non-empty "${field}" in its frontmatter`);
		}
	}
	if (typeof fm.core !== 'boolean') {
		throw new RangeError(`chapter ${file} needs "core: true" or "core: false" in its frontmatter (on the core path?)`);
	}
	const words = typeof fm.words === 'number' ? fm.words : 0;
	const figures = typeof fm.figures === 'number' ? fm.figures : 0;
	const checks = typeof fm.checks === 'number' ? fm.checks : 0;
	return {
		slug,
		number,
		file,
		title: fm.title as string,
		summary: fm.summary as string,
		words,
		figures,
		checks,
		formulas: typeof fm.formulas === 'number' ? fm.formulas : 0,
		readingMinutes: readingMinutes(words),
		minutes: studyMinutes({ words, figures, checks }),
		headings: Array.isArray(fm.headings) ? (fm.headings as Heading[]) : [],
		core: fm.core
	};
}

/** Orders chapters by number and rejects two chapters with the same number or slug. */
export function orderChapters(chapters: ChapterMeta[]): ChapterMeta[] {
	const sorted = [...chapters].sort((a, b) => a.number - b.number);
	for (let i = 1; i < sorted.length; i++) {
		if (sorted[i].number === sorted[i - 1].number) {
			throw new RangeError(`chapters ${sorted[i - 1].file} and ${sorted[i].file} share the number ${sorted[i].number}`);
		}
	}
	const slugs = new Set(sorted.map((c) => c.slug));
	if (slugs.size !== sorted.length) throw new RangeError('two chapters share a slug');
	return sorted;
}

export interface TocEntry extends Heading {
	children: Heading[];
}

/** Nests each h3 under the h2 before it, for a table of contents that numbers only the sections. */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
	const toc: TocEntry[] = [];
	for (const heading of headings) {
		const parent = toc.at(-1);
		if (heading.depth === 3 && parent) parent.children.push(heading);
		else toc.push({ ...heading, children: [] });
	}
	return toc;
}

/** The core path: its chapters, their reading time, and their time with the figures and checks. */
export function corePath(chapters: readonly ChapterMeta[]): {
	chapters: ChapterMeta[];
	readingMinutes: number;
	minutes: number;
} {
	const core = chapters.filter((c) => c.core);
	const sum = (f: (c: ChapterMeta) => number) => core.reduce((total, c) => total + f(c), 0);
	return {
		chapters: core,
		readingMinutes: readingMinutes(sum((c) => c.words)),
		minutes: studyMinutes({ words: sum((c) => c.words), figures: sum((c) => c.figures), checks: sum((c) => c.checks) })
	};
}
