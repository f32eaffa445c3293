// Chinese typesetting that has to happen at build time (W3C clreq; ../shared/STYLE.md). Runs after the math and the
// references are rendered, for the Chinese edition only:
//  - a line break in the source between two Chinese characters is no space on the page (a browser draws any line
//    break as a space; Chinese has none between words), while one between Chinese and Latin letters or digits stays
//    the one space the spacing rule asks for;
//  - no space beside full-width punctuation, which carries its own: "之间 [@key]" is "之间（Hoffmann 等，2022）", not
//    "之间 （…";
//  - inline math keeps the punctuation around it: "$x$，" and "（$x$" never break between the formula and "，" or "（",
//    so no line starts with a comma or ends with an opening bracket (a formula is a box the browser may break beside).

/** @typedef {import('./types').MdNode} MdNode */

const HAN = /\p{Script=Han}/u;
/** Full-width punctuation and the punctuation Chinese shares with Latin (quotes, dashes, ellipsis, middle dot). */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;
/** Punctuation that must not start a line. */
const CLOSING = /^[，。、；：！？）》」』”’…%％]+/u;
/** Punctuation that must not end one. */
const OPENING = /[（《「『“‘]+$/u;

/** Rendered inline math (remark-katex.js) and nothing else starts so. */
const isMath = (/** @type {MdNode} */ node) =>
	node.type === 'html' && typeof node.value === 'string' && node.value.startsWith('<span class="katex">');

/**
 * The first or last character a node shows: text as written, raw HTML without its tags and entities (a component such
 * as <Live /> shows nothing we can know; rendered math counts as Latin).
 * @param {MdNode | undefined} node
 * @param {'first' | 'last'} end
 * @returns {string}
 */
export function edgeOf(node, end) {
	if (!node) return '';
	if (isMath(node)) return 'x';
	let text = '';
	if (node.type === 'text' || node.type === 'inlineCode') text = node.value ?? '';
	else if (node.type === 'html') text = (node.value ?? '').replace(/<[^>]*>/g, '').replace(/&#?\w+;/g, 'x');
	else if (node.children?.length) {
		const child = end === 'first' ? node.children[0] : node.children[node.children.length - 1];
		return edgeOf(child, end);
	}
	return (end === 'first' ? text.trimStart()[0] : text.trimEnd().at(-1)) ?? '';
}

/**
 * Whether a line break between these two characters should vanish: between two Han characters, or beside full-width
 * punctuation (which carries its own space).
 * @param {string} before
 * @param {string} after
 */
export function joins(before, after) {
	if (!before || !after) return false;
	if (CJK_PUNCTUATION.test(before) || CJK_PUNCTUATION.test(after)) return true;
	return HAN.test(before) && HAN.test(after);
}

/**
 * A text's line breaks joined or kept, given what its neighbours show at either end.
 * @param {string} text
 * @param {string} before the last character shown before this text
 * @param {string} after the first character shown after it
 */
export function joinLines(text, before = '', after = '') {
	return text.replace(/[ \t]*\n[ \t]*/g, (gap, offset) => {
		const left = text.slice(0, offset).trimEnd().at(-1) ?? before;
		const right = text.slice(offset + gap.length).trimStart()[0] ?? after;
		return joins(left, right) ? '' : '\n';
	});
}

/** Full-width punctuation with the space a source put beside it: removed, inside a text and at its ends. */
const SPACE_BEFORE = /[ \t]+(?=[\u3000-\u303f\uff00-\uffef“”‘’])/gu;
const SPACE_AFTER = /(?<=[\u3000-\u303f\uff00-\uffef“”‘’])[ \t]+/gu;

/**
 * A text without the spaces against full-width punctuation, its neighbours included.
 * @param {string} text
 * @param {string} before the last character shown before this text
 * @param {string} after the first character shown after it
 */
export function tightenPunctuation(text, before = '', after = '') {
	let out = text.replace(SPACE_BEFORE, '').replace(SPACE_AFTER, '');
	if (CJK_PUNCTUATION.test(before)) out = out.replace(/^[ \t]+/, '');
	if (CJK_PUNCTUATION.test(after)) out = out.replace(/[ \t]+$/, '');
	return out;
}

/** @param {MdNode} parent */
function typeset(parent) {
	const children = parent.children;
	if (!children) return;
	for (const child of children) typeset(child);
	for (let i = 0; i < children.length; i++) {
		const node = children[i];
		if (node.type === 'text' && typeof node.value === 'string' && node.value.includes('\n')) {
			node.value = joinLines(node.value, edgeOf(children[i - 1], 'last'), edgeOf(children[i + 1], 'first'));
		}
	}
	for (let i = 0; i < children.length; i++) {
		const node = children[i];
		if (node.type === 'text' && typeof node.value === 'string') {
			node.value = tightenPunctuation(node.value, edgeOf(children[i - 1], 'last'), edgeOf(children[i + 1], 'first'));
		}
	}
	for (let i = 0; i < children.length; i++) {
		const node = children[i];
		if (!isMath(node)) continue;
		const previous = children[i - 1];
		const next = children[i + 1];
		const opening = previous?.type === 'text' ? (OPENING.exec(previous.value ?? '')?.[0] ?? '') : '';
		const closing = next?.type === 'text' ? (CLOSING.exec(next.value ?? '')?.[0] ?? '') : '';
		if (!opening && !closing) continue;
		if (opening) previous.value = (previous.value ?? '').slice(0, -opening.length);
		if (closing) next.value = (next.value ?? '').slice(closing.length);
		// A word joiner (U+2060) on each side that touches punctuation: no line break there, while the formula itself
		// may still break where KaTeX allows (a nowrap box around it all pushed long formulas past a phone's edge).
		node.value = `${opening}${opening ? WORD_JOINER : ''}${node.value}${closing ? WORD_JOINER : ''}${closing}`;
	}
}

/** Glues a formula to the punctuation beside it: a line may not break between them (UAX #14, rule LB11). */
const WORD_JOINER = '\u2060';

/**
 * The remark plugin, for a Chinese edition: `[remarkCjk, { edition: 'zh' }]`; any other edition is left as it is.
 * @param {{ edition?: string }} [options]
 */
export function remarkCjk({ edition = 'en' } = {}) {
	/** @param {MdNode} tree */
	return (tree) => {
		if (edition !== 'zh') return;
		typeset(tree);
	};
}
