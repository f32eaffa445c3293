// Reads a chapter's outline while mdsvex parses it: gives every h2/h3 an id (from the shared slugger) and records the
// headings and the word count in the chapter's `metadata`, so the contents page and the table of contents come from the
// same parse as the page itself.
import { createSlugger } from './slug.js';

/** @typedef {import('./types').MdNode} MdNode */
/** @typedef {import('./types').MdFile} MdFile */

/**
 * The visible text of a node; code counts, raw HTML and rendered math do not.
 * @param {MdNode} node
 * @returns {string}
 */
export function plainText(node) {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	if (node.type === 'html' || node.type === 'code') return '';
	return (node.children ?? []).map(plainText).join('');
}

const HAN = /\p{Script=Han}/gu;
/** Chinese is read at about 400 characters a minute where English is read at 200 words: two characters make a word. */
const HAN_PER_WORD = 2;

/**
 * Words, for the reading time: words between spaces, and for Chinese (which has no spaces) its characters by
 * HAN_PER_WORD.
 * @param {string} text
 */
export function countWords(text) {
	const han = (text.match(HAN) ?? []).length;
	const rest = text.replace(HAN, ' ');
	return rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + Math.round(han / HAN_PER_WORD);
}

/**
 * The id of a chapter's closing exercises, whatever the edition calls the heading ("Problems", "习题"); required in
 * chapters 2–8 (tests/content/quizzes.test.ts).
 */
export const PROBLEMS_ID = 'problems';

/**
 * A heading's id given in the Markdown, as a comment at its end (`## 习题 <!-- #problems -->`): the Chinese edition
 * keeps the English ids, so links, the language switcher and the editions' comparison meet the same anchors.
 * @param {MdNode} heading
 * @returns {string | undefined}
 */
function explicitId(heading) {
	const children = heading.children ?? [];
	const index = children.findIndex((c) => c.type === 'html' && /^<!--\s*#[\w-]+\s*-->$/.test(c.value ?? ''));
	if (index < 0) return undefined;
	const id = /#([\w-]+)/.exec(children[index].value ?? '')?.[1];
	children.splice(index, 1);
	const last = children[children.length - 1];
	if (last?.type === 'text' && last.value) last.value = last.value.replace(/\s+$/, '');
	return id;
}

export function remarkChapter() {
	/** @param {MdNode} tree @param {MdFile} file */
	return (tree, file) => {
		const slug = createSlugger();
		/** @type {{ depth: number, id: string, text: string }[]} */
		const headings = [];
		let words = 0;
		// What a reader works rather than reads, before the problems: figures (a widget given a figure name) and checks.
		let figures = 0;
		let checks = 0;
		// The problems at a chapter's end are exercises, not reading: the reading time stops at their heading.
		let exercises = false;
		for (const node of tree.children ?? []) {
			if (node.type === 'yaml') continue;
			// Wide tables scroll sideways on narrow screens; tabindex lets keyboard users scroll them.
			if (node.type === 'table') node.data = { ...node.data, hProperties: { ...node.data?.hProperties, tabindex: 0 } };
			const given = node.type === 'heading' ? explicitId(node) : undefined;
			const text = plainText(node);
			const depth = node.depth ?? 0;
			const isHeading = node.type === 'heading' && depth >= 2 && depth <= 3;
			const id = isHeading ? (given ?? slug(text)) : '';
			if (node.type === 'heading' && depth === 2) exercises = id === PROBLEMS_ID;
			if (!exercises) words += countWords(text);
			if (!exercises && node.type === 'html' && typeof node.value === 'string') {
				figures += (node.value.match(/<[A-Z]\w*\b[^>]*\sfigure="/g) ?? []).length;
				checks += (node.value.match(/<QuizCheck\b/g) ?? []).length;
			}
			if (!isHeading) continue;
			headings.push({ depth, id, text: text.trim() });
			node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
			// The heading is its own anchor link: its text names the link, so it needs no extra words to translate.
			node.children = [
				{ type: 'link', url: `#${id}`, data: { hProperties: { className: ['anchor'] } }, children: node.children }
			];
		}
		file.data.fm = { ...file.data.fm, headings, words, figures, checks };
	};
}
