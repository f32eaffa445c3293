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

/** @param {string} text */
function countWords(text) {
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The heading of a chapter's closing exercises (tests/content/quizzes.test.ts requires it in chapters 2–8). */
export const PROBLEMS_HEADING = 'Problems';

export function remarkChapter() {
	/** @param {MdNode} tree @param {MdFile} file */
	return (tree, file) => {
		const slug = createSlugger();
		/** @type {{ depth: number, id: string, text: string }[]} */
		const headings = [];
		let words = 0;
		// The problems at a chapter's end are exercises, not reading: the reading time stops at their heading.
		let exercises = false;
		for (const node of tree.children ?? []) {
			if (node.type === 'yaml') continue;
			// Wide tables scroll sideways on narrow screens; tabindex lets keyboard users scroll them.
			if (node.type === 'table') node.data = { ...node.data, hProperties: { ...node.data?.hProperties, tabindex: 0 } };
			const text = plainText(node);
			if (node.type === 'heading' && node.depth === 2) exercises = text.trim() === PROBLEMS_HEADING;
			if (!exercises) words += countWords(text);
			const depth = node.depth ?? 0;
			if (node.type !== 'heading' || depth < 2 || depth > 3) continue;
			const id = slug(text);
			headings.push({ depth, id, text: text.trim() });
			node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
			// The heading is its own anchor link: its text names the link, so it needs no extra words to translate.
			node.children = [
				{ type: 'link', url: `#${id}`, data: { hProperties: { className: ['anchor'] } }, children: node.children }
			];
		}
		file.data.fm = { ...file.data.fm, headings, words };
	};
}
