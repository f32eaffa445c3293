// The site's editions, one row each: a third language would be one more row (and its content folder and strings).
// Read by svelte.config.js (what a build of an edition takes), scripts/build.mjs (which builds run, and where), the
// offline copy, the _headers file, the layout's language switcher and the Chinese font's cutter.

/**
 * @typedef {object} Edition
 * @property {string} id The build's LOCALE (`LOCALE=zh npx vite build`).
 * @property {'' | `/${string}`} prefix Where it lives under the site's root: '' for the first, '/zh' for Chinese.
 * @property {string} lang Its BCP 47 tag, for <html lang>, hreflang and Intl's number formats.
 * @property {string} name Its name in its own language, as the language switcher shows it.
 * @property {string} content Its chapters' folder.
 * @property {string} strings Its interface strings (a folder with the same files and keys as src/lib/i18n/en/).
 * @property {(n: string) => string} figureName How its prose names a figure ("Figure 4.1", "图 4.1").
 * @property {boolean} cjkFont Whether its pages show Chinese, and so take a CJK font subset cut at build time
 *   (scripts/cjk-font.mjs): the Chinese edition throughout, the English one in its switcher and quotes.
 */

/** @type {readonly Edition[]} */
export const editions = [
	{
		id: 'en',
		prefix: '',
		lang: 'en-US',
		name: 'English',
		content: 'content',
		strings: 'src/lib/i18n/en',
		figureName: (n) => `Figure ${n}`,
		cjkFont: true
	},
	{
		id: 'zh',
		prefix: '/zh',
		lang: 'zh-CN',
		name: '中文',
		content: 'content/zh',
		strings: 'src/lib/i18n/zh',
		figureName: (n) => `图 ${n}`,
		cjkFont: true
	}
];

/**
 * The edition with this id; the first (at the site's root) for an unknown or missing one.
 * @param {string | undefined} id
 * @returns {Edition}
 */
export function editionOf(id) {
	return editions.find((e) => e.id === id) ?? editions[0];
}

/**
 * The edition whose pages a site path (without the base path) belongs to: the longest prefix that matches.
 * @param {string} path
 * @returns {Edition}
 */
export function editionAt(path) {
	const within = editions.filter((e) => e.prefix && (path === e.prefix || path.startsWith(`${e.prefix}/`)));
	return within.sort((a, b) => b.prefix.length - a.prefix.length)[0] ?? editions[0];
}
