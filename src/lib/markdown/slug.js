// One slug function for heading ids and for the tables of contents that link to them, so the two cannot disagree.

/**
 * "Why 6·N·D?" → "why-6-n-d". Letters and digits of any script are kept.
 * @param {string} text
 */
export function slugify(text) {
	return (
		text
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '') || 'section'
	);
}

/** A slugger that makes repeated headings unique: "notes", "notes-2", … */
export function createSlugger() {
	/** @type {Map<string, number>} */
	const seen = new Map();
	return (/** @type {string} */ text) => {
		const base = slugify(text);
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base}-${count}`;
	};
}
