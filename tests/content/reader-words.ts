// The words of a Chinese chapter as its reader reads them, for the tests of its terms and its typesetting.

/** Keeps line numbers: whatever is removed becomes spaces. */
export const blank = (m: string) => m.replace(/[^\n]/g, ' ');

/** A formula read for its words only: what its \text{} holds, on the formula's first line (line count kept). */
const mathWords = (tex: string) => {
	const words = [...tex.matchAll(/\\text\{([^{}]*)\}/g)].map((m) => m[1]).join(' ');
	const lines = blank(tex).split('\n');
	lines[0] = words.padEnd(lines[0].length);
	return lines.join('\n');
};

/**
 * The words of a chapter a reader reads as the edition's own: no code, no markup or props, no link targets, no math
 * but the words in its \text{}, and no quotation of the source post (block quotes, and “…” right before its citation),
 * which keeps the post's own words and punctuation.
 */
export function readerWords(markdown: string): string {
	return markdown
		.replace(/^---\n[\s\S]*?\n---/, (m) => m.replace(/^(?!title:|summary:).*$/gm, blank))
		.replace(/<script>[\s\S]*?<\/script>/g, blank)
		.replace(/```[\s\S]*?```/g, blank)
		.replace(/`[^`\n]*`/g, blank)
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/\$\$[\s\S]*?\$\$/g, mathWords)
		.replace(/\$[^$\n]+\$/g, mathWords)
		.replace(/<\/?[A-Z][\s\S]*?>/g, blank)
		.replace(/\]\([^)]*\)/g, blank)
		.replace(/^>.*$/gm, blank)
		.replace(/“[^”\n]*”(?=\s*\[@source-post)/g, blank);
}
