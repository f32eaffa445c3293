// Cuts one declaration out of a source file, with its doc comment, for the code chapter's listings: the page shows the
// very text the widgets run, so it cannot drift from the code.

export interface Excerpt {
	/** The lines, as in the file. */
	lines: string[];
	/** 1-based line number of the first line in the file. */
	firstLine: number;
}

/**
 * Finds `export function name`, `export const name` or `export interface name` and returns it from its leading
 * comment to its closing line (the first later line that starts with `}`). A RangeError names what is missing.
 */
export function extractDeclaration(source: string, name: string, file = 'the file'): Excerpt {
	const lines = source.split('\n');
	const declaration = new RegExp(`^export (?:async )?(?:function|const|interface|type|class) ${name}\\b`);
	const start = lines.findIndex((line) => declaration.test(line));
	if (start === -1) throw new RangeError(`${file} has no exported declaration called ${name}`);
	// Walk back over the doc comment and line comments directly above.
	let first = start;
	while (first > 0 && /^(\s*\*|\/\*\*|\s*\/\/)/.test(lines[first - 1])) first--;
	// A one-line declaration ends where it starts.
	let last = start;
	if (!/;\s*$/.test(lines[start]) || /[{([]\s*$/.test(lines[start])) {
		last = lines.findIndex((line, i) => i > start && /^[})\]]/.test(line));
		if (last === -1) throw new RangeError(`${name} in ${file} has no closing line`);
	}
	return { lines: lines.slice(first, last + 1), firstLine: first + 1 };
}
