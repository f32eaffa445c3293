// Cross-references and citations in chapters, resolved at build time:
//   [@hoffmann2022]  [@kaplan2020, §2]  [@a; @b]  → "(Hoffmann et al. 2022)" linking into the bibliography, in the
//                                                    edition's words ("（Hoffmann 等，2022）", ./citation.js)
//   [eq:frontier]                                  → "(4.2)" linking to the equation, in any chapter
//   [fig:iso-loss]                                 → "Figure 4.1"
//   [chapter:caveats]  [chapter:caveats#kaplan]    → the chapter's title, linked (to the section after #)
//   [section:caveats#kaplan]                       → that section's heading, linked
//   [ui:fit.ownUse]                                → the words the interface shows for it (src/lib/i18n/en/, zh/)
//   [text](/derivation/)                           → the same link under the configured base path
//   [text](/~/downloads/site.zip)                  → a file at the site's root, shared by every edition
// and `figure="x"` on a widget gets its number. Anything that points nowhere stops the build, naming the chapter.
import { citationStyle, citeText } from './citation.js';
import { scanLabels } from './labels.js';
import { scanChapterNames } from './names.js';
import { loadStrings, stringAt } from './strings.js';

/** @typedef {import('./types').MdNode} MdNode */
/** @typedef {import('./types').MdFile} MdFile */
/** @typedef {import('./citation.js').CitedEntry} BibEntry */

/** @param {string} s */
const escapeHtml = (s) => s.replace(/[&<>"{}]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {MdNode} node
 * @returns {string}
 */
function textOf(node) {
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map(textOf).join('');
}

/**
 * @param {{ base: string, siteBase?: string, bibliography: Record<string, BibEntry>, contentDir: string, figureName?: (n: string) => string, edition?: string, strings?: string }} options
 *   `figureName` words a figure reference in the edition's language ("Figure 4.1", "图 4.1"); `edition` (its id)
 *   chooses how citations are worded; `strings` is the path of its interface strings, for [ui:…].
 */
export function remarkRefs({
	base,
	siteBase = base,
	bibliography,
	contentDir,
	figureName = (n) => `Figure ${n}`,
	edition = 'en',
	strings
}) {
	const style = citationStyle(edition);
	/** @param {MdNode} tree @param {MdFile} file */
	return (tree, file) => {
		const where = file.filename ?? file.path ?? 'a chapter';
		const slug = /\d{2}-([a-z0-9-]+)\.md$/.exec(where)?.[1];
		// Re-read on every chapter so the dev server picks up new labels and titles without a restart.
		const labels = scanLabels(contentDir);
		const chapters = scanChapterNames(contentDir);
		/** @param {string} message */
		const fail = (message) => {
			throw new Error(`${where}: ${message}`);
		};
		/** @param {{ slug: string }} label @param {string} id */
		const href = (label, id) => (label.slug === slug ? `#${id}` : `${base}/${label.slug}/#${id}`);

		/** @param {string} raw */
		function citation(raw) {
			const parts = raw.split(';').map((part) => {
				const m = /^\s*@([\w-]+)\s*(?:,\s*(.+))?$/.exec(part);
				if (!m) fail(`cannot read the citation [${raw}]: write [@key] or [@key, §3]`);
				const [, key, locator] = /** @type {RegExpExecArray} */ (m);
				const entry = bibliography[key];
				if (!entry) fail(`the citation key "${key}" is not in content/bibliography.json`);
				let text = '';
				try {
					text = citeText(entry, locator, style);
				} catch (error) {
					fail(`[${raw}]: ${error instanceof Error ? error.message : String(error)}`);
				}
				return `<a class="cite" href="${base}/references/#ref-${key}">${escapeHtml(text)}</a>`;
			});
			return `<span class="citation">${style.open}${parts.join(style.between)}${style.close}</span>`;
		}

		/**
		 * [chapter:slug], [chapter:slug#id], [section:slug#id]: a chapter's title or a section's heading, linked.
		 * @param {string} raw
		 */
		function name(raw) {
			const m = /^(chapter|section):([a-z0-9-]+)(?:#([\w-]+))?$/.exec(raw);
			if (!m) fail(`cannot read [${raw}]: write [chapter:slug], [chapter:slug#section] or [section:slug#section]`);
			const [, kind, target, section] = /** @type {RegExpExecArray} */ (m);
			const chapter = chapters.get(target);
			if (!chapter) fail(`[${raw}] names no chapter: there is no chapter "${target}" in ${contentDir}`);
			const { title, sections } = /** @type {import('./names.js').ChapterName} */ (chapter);
			if (kind === 'section' && !section) fail(`[${raw}] names no section: write [section:${target}#id]`);
			if (section && !sections.has(section)) {
				fail(`[${raw}] names no section: "${target}" has no heading with the id "${section}"`);
			}
			const text = kind === 'section' ? /** @type {string} */ (sections.get(/** @type {string} */ (section))) : title;
			const link = target === slug ? `#${section ?? ''}` : `${base}/${target}/${section ? `#${section}` : ''}`;
			return `<a class="name" href="${link}">${escapeHtml(text)}</a>`;
		}

		/**
		 * [ui:key]: the words of the interface string at that key, in this edition.
		 * @param {string} raw
		 */
		function control(raw) {
			const key = raw.slice('ui:'.length);
			if (!strings) fail(`[${raw}]: no strings table was given to remark-refs`);
			const text = stringAt(loadStrings(/** @type {string} */ (strings)), key);
			if (text === undefined) fail(`[${raw}] names no interface string: ${strings} has no string at "${key}"`);
			return escapeHtml(/** @type {string} */ (text));
		}

		/** @param {string} raw */
		function reference(raw) {
			const label = labels.get(raw);
			if (!label) fail(`[${raw}] points nowhere: no chapter defines ${raw}`);
			const { kind, number } = /** @type {import('./labels.js').Label} */ (label);
			const id = raw.replace(':', '-');
			const text = kind === 'eq' ? `(${number})` : figureName(number);
			return `<a class="xref ${kind}" href="${href(/** @type {import('./labels.js').Label} */ (label), id)}">${text}</a>`;
		}

		/** @param {MdNode} node */
		function visit(node) {
			if (!node.children) return;
			node.children = node.children.map((child) => {
				if (child.type === 'linkReference') {
					const raw = textOf(child);
					if (raw.startsWith('@')) return { type: 'html', value: citation(raw) };
					if (/^(eq|fig):/.test(raw)) return { type: 'html', value: reference(raw) };
					if (/^(chapter|section):/.test(raw)) return { type: 'html', value: name(raw) };
					if (raw.startsWith('ui:')) return { type: 'html', value: control(raw) };
				}
				if (child.type === 'link' && typeof child.url === 'string' && child.url.startsWith('/')) {
					// `/~/…` is a file the whole site shares (the zipped site), at the root of every edition.
					child.url = child.url.startsWith('/~/') ? `${siteBase}${child.url.slice(2)}` : `${base}${child.url}`;
				}
				if (child.type === 'html' && typeof child.value === 'string') {
					child.value = child.value.replace(/(<[A-Z]\w*\b[^>]*?\sfigure="([\w-]+)")/g, (m, tag, name) => {
						const label = labels.get(`fig:${name}`);
						return label ? `${tag} number="${label.number}"` : m;
					});
				}
				visit(child);
				return child;
			});
		}
		visit(tree);
	};
}
