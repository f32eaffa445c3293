// Reads a chapter's outline while mdsvex parses it: gives every h2/h3 an id (from the shared slugger) and records the
// headings and the word count in the chapter's `metadata`, so the contents page and the table of contents come from the
// same parse as the page itself.
import { createSlugger } from './slug.js';

/** The visible text of a node; code counts, raw HTML and rendered math do not. */
export function plainText(node) {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'html' || node.type === 'code') return '';
	return (node.children ?? []).map(plainText).join('');
}

function countWords(text) {
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function remarkChapter() {
	return (tree, file) => {
		const slug = createSlugger();
		const headings = [];
		let words = 0;
		for (const node of tree.children ?? []) {
			if (node.type === 'yaml') continue;
			const text = plainText(node);
			words += countWords(text);
			if (node.type !== 'heading' || node.depth < 2 || node.depth > 3) continue;
			const id = slug(text);
			headings.push({ depth: node.depth, id, text: text.trim() });
			node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
		}
		file.data.fm = { ...file.data.fm, headings, words };
	};
}
