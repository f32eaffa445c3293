// The names prose may borrow instead of retyping: each chapter's title and each of its sections' headings, read from
// the edition's own chapters, so "[chapter:caveats]" always says what the chapter is called today.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSlugger } from './slug.js';

const FILE = /^(\d{2})-([a-z0-9-]+)\.md$/;

/**
 * @typedef {{ number: number, title: string, sections: Map<string, string> }} ChapterName
 *   `sections`: heading text by heading id, for the h2 and h3 headings (the ones that get ids).
 */

/**
 * A heading's words as the page shows them: no Markdown marks, no id comment.
 * @param {string} text
 */
function headingText(text) {
	return text
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/[*_`]/g, '')
		.trim();
}

/**
 * The chapters of a content folder by slug, with their titles and section headings.
 * @param {string} dir
 * @returns {Map<string, ChapterName>}
 */
export function scanChapterNames(dir) {
	/** @type {Map<string, ChapterName>} */
	const chapters = new Map();
	for (const file of readdirSync(dir)
		.filter((f) => FILE.test(f))
		.sort()) {
		const [, nn, slug] = /** @type {RegExpExecArray} */ (FILE.exec(file));
		chapters.set(slug, { number: Number(nn), ...namesOf(readFileSync(join(dir, file), 'utf8')) });
	}
	return chapters;
}

/**
 * A chapter's title (front matter) and its h2/h3 headings by id, the ids made as remark-chapter.js makes them: the
 * id given in a comment (`## 习题 <!-- #problems -->`), else the slug of the words.
 * @param {string} markdown
 */
export function namesOf(markdown) {
	const title = /^---\n[\s\S]*?^title:\s*(.+?)\s*$[\s\S]*?\n---/m.exec(markdown)?.[1] ?? '';
	const body = markdown.replace(/^---\n[\s\S]*?\n---/, '').replace(/```[\s\S]*?```/g, '');
	const slug = createSlugger();
	/** @type {Map<string, string>} */
	const sections = new Map();
	for (const [, text] of body.matchAll(/^#{2,3}\s+(.+?)\s*#*\s*$/gm)) {
		const given = /<!--\s*#([\w-]+)\s*-->/.exec(text)?.[1];
		const words = headingText(text);
		sections.set(given ?? slug(words), words);
	}
	return { title: title.replace(/^(['"])(.*)\1$/, '$2'), sections };
}
