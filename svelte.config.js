import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
// remark-math stays at 3.x: v4+ targets the newer unified that mdsvex 0.12 does not use, and raw `$…$` would then
// reach Svelte and fail to compile.
import remarkMath from 'remark-math';
import { remarkChapter } from './src/lib/markdown/remark-chapter.js';
import { remarkCjk } from './src/lib/markdown/remark-cjk.js';
import { remarkInlineComponents } from './src/lib/markdown/remark-inline-components.js';
import { remarkKatex } from './src/lib/markdown/remark-katex.js';
import { remarkRefs } from './src/lib/markdown/remark-refs.js';
import { katexMacros } from './src/lib/notation.js';
import { makeCjkFont } from './scripts/cjk-font.mjs';
import { editionAt, editionOf } from './src/lib/editions.js';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';

/** The sub-path the site is hosted under ("" at the root); must start with a slash and not end with one. */
const siteBase = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH?.replace(/\/+$/, '') ?? '');
if (siteBase && !siteBase.startsWith('/')) throw new Error(`BASE_PATH must start with "/", got ${siteBase}`);

/**
 * The edition this build makes (a row of src/lib/editions.js, chosen by LOCALE): English at the site's root, or
 * (LOCALE=zh) the Chinese one under /zh/, from content/zh/ and src/lib/i18n/zh.ts. `npm run build` (scripts/build.mjs)
 * builds every edition into one folder.
 */
export const edition = editionOf(process.env.LOCALE);
export const locale = edition.id;
const base = /** @type {'' | `/${string}`} */ (`${siteBase}${edition.prefix}`);
const contentFolder = edition.content;
const outDir = `${process.env.BUILD_DIR ?? 'build'}${edition.prefix}`;
/** Where this edition's CJK font subset and its stylesheet are made (scripts/cjk-font.mjs). */
export const CJK_FONT_DIR = `.svelte-kit/cjk-font/${edition.id}`;
const CJK_FONT_CSS = `${CJK_FONT_DIR}/font.css`;
const bibliography = JSON.parse(readFileSync(new URL('./content/bibliography.json', import.meta.url), 'utf8'));

// The notation every chapter shares (\params, \tokens, …): one table for the math, the charts and the prose.
export { katexMacros };

/**
 * This edition's CJK font, made now (scripts/cjk-font.mjs; the Vite plugin finds it made): the page's head carries the
 * script that adds its blank twin before the first layout, and the Content-Security-Policy must know that script.
 */
const cjkMetricsScript = edition.cjkFont
	? (await makeCjkFont(process.cwd(), CJK_FONT_DIR, edition), readFileSync(`${CJK_FONT_DIR}/metrics.js`, 'utf8'))
	: '';

/**
 * The hashes of the inline scripts we write ourselves (the theme script in src/app.html, the CJK font's blank twin), so
 * the Content-Security-Policy can allow exactly them. SvelteKit hashes its own inline scripts.
 */
function inlineScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const bodies = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
	return [...bodies, ...(cjkMetricsScript ? [cjkMetricsScript] : [])].map(
		(body) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`)
	);
}

/** A folder that exists and holds nothing. @param {string} path */
function emptyFolder(path) {
	mkdirSync(path, { recursive: true });
	return path;
}

/**
 * How an edition's chapters compile (this build's: `mdsvexOptions`; tests compile the other edition's too).
 * @param {import('./src/lib/editions.js').Edition} ed
 * @returns {import('mdsvex').MdsvexOptions}
 */
export function mdsvexOptionsFor(ed) {
	const dir = new URL(`./${ed.content}`, import.meta.url).pathname;
	const strings = new URL(`./${ed.strings}`, import.meta.url).pathname;
	return {
		extensions: ['.md'],
		smartypants: { dashes: 'oldschool' },
		remarkPlugins: [
			remarkInlineComponents,
			remarkMath,
			[remarkKatex, { macros: katexMacros, contentDir: dir }],
			[
				remarkRefs,
				{
					base: `${siteBase}${ed.prefix}`,
					siteBase,
					bibliography,
					contentDir: dir,
					figureName: ed.figureName,
					edition: ed.id,
					strings
				}
			],
			// Chinese typesetting: no space from a line break between Chinese characters, math kept with its punctuation.
			[remarkCjk, { edition: ed.id }],
			remarkChapter
		]
	};
}

/** How chapters compile: also used by scripts/check-chapter.mjs. */
export const mdsvexOptions = mdsvexOptionsFor(edition);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex(mdsvexOptions)],
	compilerOptions: {
		runes: true,
		warningFilter: (warning) =>
			!(
				warning.filename?.endsWith('.md') &&
				// mdsvex still emits <script context="module"> for frontmatter; that deprecation is mdsvex's, not ours.
				(warning.code === 'script_context_deprecated' ||
					// Wide tables and formulas scroll sideways, and axe rightly asks that keyboards can reach them.
					warning.code === 'a11y_no_noninteractive_tabindex')
			)
	},
	vitePlugin: {
		// Chapters load lazily, and SvelteKit only links the CSS of a route's own modules into prerendered HTML. Library
		// components therefore carry their CSS with them ("injected"): the server renders it into <head>, so a chapter's
		// widgets are styled with JavaScript off and without a flash on load.
		dynamicCompileOptions: ({ filename }) => (filename.includes('/src/lib/') ? { css: 'injected' } : undefined)
	},
	kit: {
		// static/ (the runs' files, the icon) is copied once, by the edition at the site's root; the others link to it.
		files: { assets: edition.prefix ? emptyFolder('.svelte-kit/no-static') : 'static' },
		// BUILD_DIR lets the test suite build a second, sub-path copy beside the default one.
		adapter: adapter({
			pages: outDir,
			assets: outDir,
			strict: true
		}),
		// A course can host the build under a sub-path: BASE_PATH=/course/chinchilla npm run build.
		paths: { base, relative: false },
		// What differs between the editions: their chapters and their interface strings.
		alias: {
			$content: contentFolder,
			$messages: edition.strings,
			// The Chinese edition's font subset (scripts/cjk-font.mjs makes it as the build starts); nothing for English.
			$cjkfont: edition.cjkFont ? CJK_FONT_CSS : 'src/lib/fonts/none.css'
		},
		prerender: {
			// Every page reachable by a link, and the one no link reaches: the host's "not found" page.
			entries: ['*', '/404.html'],
			// The offline copy and the zipped site (downloads/) are written after this build, by scripts/offline.mjs;
			// any other missing page stops the build.
			handleHttpError: ({ path, message }) => {
				if (/\/downloads\/[^/]+$/.test(path)) return;
				// The other editions' pages (the language switcher's links) are other builds' (scripts/build.mjs).
				if (editionAt(path.slice(siteBase.length)) !== edition) return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		},
		// A page's own small stylesheets go inline; the shared ones (the site's, ≈9 KB, and KaTeX's) are linked, fetched
		// once and cached for every page after. Inlined on each of ≈130 pages (and the zip) they cost 1.1 MB of the
		// build's 25 MB; linked, Lighthouse measured / and /explore/ 100, /zh/ 98, /zh/derivation/ 96.
		inlineStyleThreshold: 4 * 1024,
		// Nothing from another origin, ever. Styles allow inline: KaTeX positions glyphs with style attributes and
		// library components inject their CSS (see vitePlugin above); scripts allow only our own and hashed ones.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inlineScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'], // Vite inlines the smallest KaTeX fonts as data: URLs
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
