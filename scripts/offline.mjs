#!/usr/bin/env node
// The offline copy and the zipped site, for a course without reliable network. Runs after `vite build` (npm run build
// does both) on the folder it built (BUILD_DIR, as the sub-path build sets it, or build/), and writes into its
// downloads/ folder, which the instructors' page links to:
//   compute-optimal-explained.html      the whole essay (/essay/) as one self-contained file: math, fonts, styles,
//                                       data and every figure's code inlined (one script, no chunks, the fit worker
//                                       started from a blob), a Content-Security-Policy that allows no network at all;
//                                       it opens from file:// with the network off.
//   compute-optimal-explained-site.zip  the built site itself, to unpack on any static host (at the base path it was
//                                       built for).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { bundle } from './vite-islands.mjs';
import svelteConfig, { edition as thisEdition, locale } from '../svelte.config.js';

export const OFFLINE_FILE = 'compute-optimal-explained.html';
/** The solutions page as one file, for instructors: linked from the instructors' page only, never from the essay. */
export const SOLUTIONS_FILE = 'compute-optimal-explained-solutions.html';
export const SITE_ZIP = 'compute-optimal-explained-site.zip';

const root = process.cwd();
// Where this edition was built, and under which path (its prefix in src/lib/editions.js: the Chinese under zh/).
const edition = thisEdition.prefix;
const siteOut = resolve(process.env.BUILD_DIR ?? 'build');
const out = `${siteOut}${edition}`;
const siteBase = process.env.BASE_PATH?.replace(/\/+$/, '') ?? '';
const base = `${siteBase}${edition}`;
const site = process.env.PUBLIC_SITE_URL?.replace(/\/+$/, '') ?? '';
const downloads = join(out, 'downloads');

const MIME = {
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv',
	'.json': 'application/json',
	'.txt': 'text/plain'
};

/**
 * The built file a site path names, if there is one: a page or asset of this edition (under its base path), or a file
 * every edition shares at the site's root (static/: the runs' files, the icon).
 */
function builtFile(path) {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]);
	for (const [prefix, folder] of [
		[base, out],
		[siteBase, siteOut]
	]) {
		if (!clean.startsWith(`${prefix}/`)) continue;
		const file = join(folder, clean.slice(prefix.length));
		if (file.startsWith(folder) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

/** A built file as a data: URL. */
function dataUrl(file) {
	const type = MIME[extname(file)] ?? 'application/octet-stream';
	return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** The largest file a link in the copy carries inside it, in bytes. */
const INLINE_DOWNLOAD_LIMIT = 64 * 1024;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every id on a page, to point its links at the places it holds. */
const idsOf = (html) => new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));

/**
 * Where a link to a page of the site goes in a copy with no site beside it: a place on this page if the page holds it
 * (a chapter of the whole essay: `/references/` → `#chapter-references`, `/derivation/#x` → `#x` or, where two chapters
 * share the id, `#derivation-x`), else the site online when its address is known, else nowhere (`undefined`).
 */
function offlineTarget(path, ids) {
	const [pathname, hash] = path.split('#');
	const slug = /^\/([a-z0-9-]+)\/$/.exec(pathname.slice(base.length))?.[1];
	if (slug && ids.has(`chapter-${slug}`)) {
		if (!hash) return `#chapter-${slug}`;
		if (ids.has(`${slug}-${hash}`)) return `#${slug}-${hash}`;
		if (ids.has(hash)) return `#${hash}`;
		return `#chapter-${slug}`;
	}
	if (site) return `${site}${edition}${path.slice(base.length)}`;
	return undefined;
}

/** The islands as one script: a page from file:// cannot import modules from files beside it. */
async function islandsScript() {
	const { entry, files } = await bundle(root, svelteConfig.compilerOptions ?? {}, {
		offline: true,
		alias: svelteConfig.kit?.alias
	});
	return files
		.get(entry)
		.toString('utf8')
		.replace(/<\/script/gi, '<\\/script');
}

/**
 * KaTeX's fonts a page's math uses, by the classes KaTeX gives the glyphs that need each (Main-Regular always): the
 * offline files carry only these, not all twenty (Fraktur, Script and Typewriter appear in no formula here).
 */
const KATEX_FONT_CLASSES = {
	'Main-Bold': /\b(mathbf|textbf|boldsymbol)\b/,
	'Main-Italic': /\b(textit|mathit)\b/,
	'Main-BoldItalic': /\bboldsymbol\b/,
	'Math-Italic': /\bmathnormal\b/,
	'Math-BoldItalic': /\bboldsymbol\b/,
	'AMS-Regular': /\bamsrm\b/,
	'Caligraphic-Regular': /\bmathcal\b/,
	'Caligraphic-Bold': /\bmathcal\b/,
	'Fraktur-Regular': /\b(mathfrak|textfrak)\b/,
	'Fraktur-Bold': /\b(mathfrak|textfrak)\b/,
	'Script-Regular': /\bmathscr\b/,
	'SansSerif-Regular': /\b(mathsf|textsf)\b/,
	'SansSerif-Italic': /\b(mathsf|textsf)\b/,
	'SansSerif-Bold': /\b(mathsf|textsf)\b/,
	'Typewriter-Regular': /\b(mathtt|texttt)\b/,
	'Size1-Regular': /\b(size1|small-op)\b/,
	'Size2-Regular': /\b(size2|large-op)\b/,
	'Size3-Regular': /\bsize3\b/,
	'Size4-Regular': /\bsize4\b/
};
function usedKatexFonts(html) {
	const body = html.slice(html.indexOf('<body'));
	return new Set(
		Object.entries(KATEX_FONT_CLASSES)
			.filter(([, classes]) => [...body.matchAll(/class="([^"]*)"/g)].some((m) => classes.test(m[1])))
			.map(([font]) => font)
			.concat('Main-Regular')
	);
}

/**
 * The built page `page` (essay, solutions) as one self-contained file, with `script` for its islands — or, without
 * one, as a document with every figure in the state it was prerendered in (the solutions: answers to read and print).
 */
async function offlineHtml(page, script) {
	const source = join(out, page, 'index.html');
	if (!existsSync(source)) throw new Error(`offline: ${source} is missing; run vite build first`);
	let html = readFileSync(source, 'utf8');
	// The edition's words for a link that leads only to the site online (the page carries them for this script).
	const onlineOnly = /<meta name="online-only" content="([^"]*)"\s*\/?>/.exec(html)?.[1] ?? '(online only)';
	html = html.replace(/<meta name="online-only" content="[^"]*"\s*\/?>/, '');
	const loader = /<script type="module" src="[^"]*"><\/script>/;
	if (!loader.test(html)) throw new Error('offline: the page no longer loads the islands the expected way');
	html = html.replace(loader, () => (script ? `<script type="module">${script}</script>` : ''));

	// Styles: the inlined ones stay; the (disabled) links SvelteKit keeps beside them, preloads and modulepreloads go,
	// and so do the other editions' addresses for search engines (hreflang alternates), which no file is indexed by.
	html = html.replace(/<link [^>]*rel="alternate"[^>]*>/g, '');
	html = html.replace(/<link [^>]*rel="(?:stylesheet|preload|modulepreload)"[^>]*>/g, (link) =>
		/rel="stylesheet"/.test(link) && !/disabled/.test(link) ? inlineStylesheet(link) : ''
	);
	// Fonts and anything else the styles point at, as data.
	const fonts = usedKatexFonts(html);
	html = html.replace(/url\((\/[^)#]+)\)/g, (whole, path) => {
		const katex = /KaTeX_([A-Za-z]+-[A-Za-z]+)\./.exec(path)?.[1];
		// A math font no formula here uses is left out (its @font-face finds nothing, and nothing asks for it).
		if (katex && !fonts.has(katex)) return 'url(data:font/woff2;base64,)';
		const file = builtFile(path);
		return file ? `url(${dataUrl(file)})` : whole;
	});
	// Each figure's "live version" line points at the site online; with no address for it, there is nothing to point at.
	if (!site) html = html.replace(/<p class="live-version">[\s\S]*?<\/p>/g, '');
	// Links: files of the site (the runs' CSV, the icon) become data; the contents page goes to the top; a page this
	// copy holds goes to its place in it; any other page to the site online when its address is known — and with no
	// address, the link is marked as one that works online only, never left to open file:///explore/.
	const ids = idsOf(html);
	html = html.replace(/\b(href|src)="(\/[^"]*)"/g, (whole, attribute, path) => {
		const file = builtFile(path.replace(/&amp;/g, '&'));
		// A file a reader may download beside a figure travels inside the copy when it is small (Epoch's 245 runs); a
		// large one (Porian et al.'s 1,748) is left to the site online, as a page the copy does not hold is.
		if (file && !file.endsWith('.html') && statSync(file).size <= INLINE_DOWNLOAD_LIMIT)
			return `${attribute}="${dataUrl(file)}"`;
		if (path === `${base}/`) return `${attribute}="#top"`;
		const target = offlineTarget(path.replace(/&amp;/g, '&'), ids);
		if (target) return `${attribute}="${target.replace(/&/g, '&amp;')}"`;
		return attribute === 'href' ? 'data-online-only=""' : whole;
	});
	html = html.replace(
		/(<a\b[^>]*\bdata-online-only=""[^>]*>)([\s\S]*?)<\/a>/g,
		(_, open, text) => `${open}${text}<span class="online-only"> ${onlineOnly}</span></a>`
	);
	// Figures build embed addresses from the site's; offline that is the site online, or nothing (no Embed button).
	html = html.replace(
		/<meta name="site-root" content="[^"]*"\s*\/?>/,
		site ? `<meta name="site-root" content="${site}${edition}/">` : ''
	);
	html = html.replace(/<title>([^<]*)<\/title>/, (_, title) => `<title>${title} (offline copy)</title>`);
	// A link that works online only reads as plain text with its note, not as a link that goes nowhere.
	html = html.replace(
		'</head>',
		'<style>a[data-online-only]{color:inherit;text-decoration:none;cursor:default}.online-only{font-size:.8em;opacity:.75}</style></head>'
	);
	html = html.replace(/<body([^>]*)>/, '<body$1 id="top">');

	// Nothing from the network, ever: only the page's own inline scripts (by hash), the worker's blob and data.
	const scripts = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
	const csp = [
		"default-src 'none'",
		`script-src ${scripts.join(' ')}`,
		'worker-src blob: data:',
		"style-src 'unsafe-inline'",
		'img-src data: blob:',
		'font-src data:',
		"connect-src 'none'",
		"base-uri 'none'",
		"form-action 'none'"
	].join('; ');
	html = html.replace(
		/<meta http-equiv="content-security-policy" content="[^"]*">/,
		() => `<meta http-equiv="content-security-policy" content="${csp}">`
	);
	if (!html.includes(csp)) throw new Error('offline: the page has no Content-Security-Policy to replace');
	return html;
}

function inlineStylesheet(link) {
	const path = /href="([^"]+)"/.exec(link)?.[1];
	const file = path && builtFile(path);
	if (!file) throw new Error(`offline: cannot inline the stylesheet ${path}`);
	return `<style>${readFileSync(file, 'utf8')}</style>`;
}

/** Every file of the built site (both editions) but the downloads themselves, for the zip. */
function siteFiles(folder, into = {}) {
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (name === 'downloads' && statSync(path).isDirectory()) continue;
		if (statSync(path).isDirectory()) siteFiles(path, into);
		else into[relative(siteOut, path)] = readFileSync(path);
	}
	return into;
}

const started = performance.now();
rmSync(downloads, { recursive: true, force: true });
const script = await islandsScript();
const html = await offlineHtml('essay', script);
const solutions = await offlineHtml('solutions', undefined);
mkdirSync(downloads, { recursive: true });
writeFileSync(join(downloads, OFFLINE_FILE), html);
writeFileSync(join(downloads, SOLUTIONS_FILE), solutions);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
let made = `${relative(root, join(downloads, OFFLINE_FILE))} ${mb(Buffer.byteLength(html))}, solutions ${mb(Buffer.byteLength(solutions))}`;
// The zip holds the whole site, so the run for the site's root edition makes it (scripts/build.mjs runs it last).
if (!edition) {
	const zip = zipSync(siteFiles(siteOut), { level: 9 });
	writeFileSync(join(downloads, SITE_ZIP), zip);
	made += `, ${relative(root, join(downloads, SITE_ZIP))} ${mb(zip.length)}`;
}
console.log(`offline (${locale}): ${made} (${Math.round(performance.now() - started)} ms)`);
