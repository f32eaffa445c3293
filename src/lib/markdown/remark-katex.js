// Renders remark-math's `inlineMath` and `math` nodes with KaTeX at build time, so pages ship KaTeX's HTML (and MathML
// for screen readers) but never KaTeX's JavaScript. A TeX error stops the build with the chapter and the formula named.
import katex from 'katex';
import { scanLabels } from './labels.js';

/** @typedef {import('./types').MdNode} MdNode */
/** @typedef {import('./types').MdFile} MdFile */

/**
 * Svelte reads `{` and `}` in markup as expressions; entities keep KaTeX's output (and its TeX annotation) literal.
 * @param {string} html
 */
export function escapeBraces(html) {
	return html.replace(/[{}]/g, (c) => (c === '{' ? '&#123;' : '&#125;'));
}

/**
 * Renders one formula. `macros` is the shared notation table; only `\htmlClass` is trusted, so the macros can colour
 * quantities by CSS class (one colour per quantity, in both themes) without allowing anything else.
 * @param {string} tex
 * @param {{ displayMode: boolean, macros: Record<string, string>, where: string }} options
 */
export function renderMath(tex, { displayMode, macros, where }) {
	/** @type {string[]} */
	const refused = [];
	let html;
	try {
		html = katex.renderToString(tex, {
			displayMode,
			throwOnError: true,
			// Everything non-standard is an error, except \htmlClass, which the quantity macros use on purpose.
			strict: (/** @type {string} */ code) => (code === 'htmlExtension' ? 'ignore' : 'error'),
			// KaTeX writes \gdef definitions into the object it is given: hand it a copy so formulas stay independent.
			macros: { ...macros },
			trust: (/** @type {{ command: string }} */ context) => {
				if (context.command === '\\htmlClass') return true;
				refused.push(context.command);
				return false;
			}
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		throw new Error(`KaTeX could not render a formula in ${where}: ${message}\n  formula: ${tex}`);
	}
	// KaTeX draws an untrusted command as red text instead of throwing: never ship that.
	if (refused.length > 0) {
		throw new Error(`KaTeX refused ${refused.join(', ')} in ${where} (only \\htmlClass is allowed)\n  formula: ${tex}`);
	}
	return html;
}

/**
 * @param {MdNode} node
 * @param {(node: MdNode) => void} visit
 */
function walk(node, visit) {
	visit(node);
	if (node.children) for (const child of node.children) walk(child, visit);
}

/**
 * The remark plugin: `remarkPlugins: [remarkMath, [remarkKatex, { macros, contentDir }]]`. A display formula with
 * `\label{eq:name}` gets its essay-wide number beside it and the id `eq-name`, for [eq:name] references.
 * @param {{ macros?: Record<string, string>, contentDir?: string }} [options]
 */
export function remarkKatex({ macros = {}, contentDir } = {}) {
	/** @param {MdNode} tree @param {MdFile} file */
	return (tree, file) => {
		const where = file.filename ?? file.path ?? 'a chapter';
		const labels = contentDir ? scanLabels(contentDir) : new Map();
		let formulas = 0;
		walk(tree, (node) => {
			if (node.type !== 'inlineMath' && node.type !== 'math') return;
			formulas++;
			const displayMode = node.type === 'math';
			let tex = node.value ?? '';
			let id = '';
			let number = '';
			const label = /\\label\{(eq:[\w-]+)\}/.exec(tex);
			if (label) {
				const entry = labels.get(label[1]);
				if (!displayMode || !entry) throw new Error(`${where}: ${label[1]} can only label a display formula`);
				tex = tex.replace(label[0], '');
				id = ` id="${label[1].replace(':', '-')}"`;
				number = entry.number;
			}
			const html = renderMath(tex, { displayMode, macros, where });
			node.type = 'html';
			// A wide formula scrolls sideways inside its own box (tabindex lets keyboards scroll it too); its number sits
			// beside that box, never over the formula, at any width.
			const tag = number ? `<span class="eq-number">(${number})</span>` : '';
			const display = `<div class="math-display"${id}><div class="formula" tabindex="0">${html}</div>${tag}</div>`;
			node.value = escapeBraces(displayMode ? display : html);
			delete node.data;
			delete node.children;
		});
		// The chapter page preloads the math fonts only where there is math.
		file.data.fm = { ...file.data.fm, formulas };
	};
}
