// The essay's quantities, once: the symbol, the KaTeX macro that writes it, and the colour class it keeps in the math,
// the charts, the readouts and the prose (colours in src/app.css, --c-params … --c-loss, for both themes). Plain
// JavaScript so svelte.config.js can build the KaTeX macros from it; $lib/quantities adds labels and formatters.

/**
 * @typedef {object} Notation
 * @property {string} symbol  the letter as text ("N")
 * @property {string} tex  the letter in TeX ("N")
 * @property {string} macro  the macro chapters write, without its backslash ("params" → \params)
 * @property {string} colour  the CSS class of the quantity's colour
 */

/** @type {Record<'params' | 'tokens' | 'compute' | 'loss' | 'tokensPerParam', Notation>} */
export const notation = {
	params: { symbol: 'N', tex: 'N', macro: 'params', colour: 'q-params' },
	tokens: { symbol: 'D', tex: 'D', macro: 'tokens', colour: 'q-tokens' },
	compute: { symbol: 'C', tex: 'C', macro: 'compute', colour: 'q-compute' },
	loss: { symbol: 'L', tex: 'L', macro: 'loss', colour: 'q-loss' },
	tokensPerParam: { symbol: 'D/N', tex: 'D/N', macro: 'tpp', colour: 'q-tokens' }
};

/** @param {keyof typeof notation} key @param {string} tex */
const coloured = (key, tex) => `\\htmlClass{${notation[key].colour}}{${tex}}`;

/**
 * The notation every chapter shares, for KaTeX: each quantity's macro, the optimum's, and the unit. Quantities are
 * coloured through \htmlClass, the one command the renderer trusts.
 * @type {Record<string, string>}
 */
export const katexMacros = {
	...Object.fromEntries(
		Object.entries(notation).map(([key, n]) => [
			`\\${n.macro}`,
			coloured(/** @type {keyof typeof notation} */ (key), n.tex)
		])
	),
	'\\Nopt': coloured('params', 'N_{\\mathrm{opt}}'), // compute-optimal parameters
	'\\Dopt': coloured('tokens', 'D_{\\mathrm{opt}}'), // compute-optimal tokens
	'\\Lopt': coloured('loss', 'L^{*}'), // optimal loss at a budget
	'\\flop': '\\,\\mathrm{FLOP}' // the unit, upright
};
