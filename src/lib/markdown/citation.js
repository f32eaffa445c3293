// How each edition words a citation: "(Hoffmann et al. 2022, Table 3; Rae et al. 2021)" in English,
// "（Hoffmann 等，2022，表 3；Rae 等，2021）" in Chinese. Used by the chapters' citations (remark-refs.js) and by the
// components that cite a source themselves (the models' table and map), so every citation on a page reads alike.

/**
 * @typedef {object} CitedEntry
 * @property {string} short "Hoffmann et al.": how a citation names the authors.
 * @property {number | null} year
 * @property {{ short?: string }} [zh] The Chinese edition's own words, where a rule cannot make them.
 */

/**
 * @typedef {object} CitationStyle
 * @property {string} open Before a parenthetical citation.
 * @property {string} close After it.
 * @property {string} between Between two sources in one citation.
 * @property {(entry: CitedEntry) => string} name The authors as a citation names them.
 * @property {string} beforeYear Between the authors and the year.
 * @property {string} beforeLocator Between the source and where in it.
 * @property {(locator: string) => string} locator "Table 3, §4" in the edition's words; throws on a locator it cannot word.
 */

/**
 * Chinese locators, one pattern per kind of place in a work: a Chinese editor writes 表 3, 图 A4, 附录 D.4, 第 3.2 节,
 * 式 4, 脚注 2 and 摘要.
 * @type {[RegExp, (m: RegExpExecArray) => string][]}
 */
const ZH_PLACES = [
	[/^Table (\w+)$/, (m) => `表 ${m[1]}`],
	[/^Figure (\w+)$/, (m) => `图 ${m[1]}`],
	[/^App\. ([\w.]+)$/, (m) => `附录 ${m[1]}`],
	[/^§([\d.]+)$/, (m) => `第 ${m[1]} 节`],
	[/^eq\. (\w+)$/, (m) => `式 ${m[1]}`],
	[/^footnote (\w+)$/, (m) => `脚注 ${m[1]}`],
	[/^abstract$/, () => '摘要']
];

/** @type {Record<string, CitationStyle>} */
export const citationStyles = {
	en: {
		open: '(',
		close: ')',
		between: '; ',
		name: (entry) => entry.short,
		beforeYear: ' ',
		beforeLocator: ', ',
		locator: (locator) => locator
	},
	zh: {
		open: '（',
		close: '）',
		between: '；',
		// "Hoffmann et al." → "Hoffmann 等"; teams and pairs carry their Chinese name in the bibliography.
		name: (entry) => entry.zh?.short ?? entry.short.replace(/ et al\.$/, ' 等'),
		beforeYear: '，',
		beforeLocator: '，',
		locator: (locator) =>
			locator
				.split(/,\s*/)
				.map((place) => {
					for (const [pattern, word] of ZH_PLACES) {
						const m = pattern.exec(place.trim());
						if (m) return word(m);
					}
					throw new Error(
						`the Chinese edition cannot word the locator "${place}": write it as Table N, Figure N, App. X, §N, eq. N, footnote N or abstract (src/lib/markdown/citation.js)`
					);
				})
				.join('、')
	}
};

/**
 * The citation style of an edition, by its id; English for an edition that has none of its own.
 * @param {string} id
 * @returns {CitationStyle}
 */
export function citationStyle(id) {
	return citationStyles[id] ?? citationStyles.en;
}

/**
 * One source as a citation words it, without the brackets: "Hoffmann et al. 2022, Table 3", "Hoffmann 等，2022，表 3",
 * "原文".
 * @param {CitedEntry} entry
 * @param {string | undefined} locator
 * @param {CitationStyle} style
 */
export function citeText(entry, locator, style) {
	const name = style.name(entry);
	const source = entry.year ? `${name}${style.beforeYear}${entry.year}` : name;
	return locator ? `${source}${style.beforeLocator}${style.locator(locator)}` : source;
}
