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

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

async function offlineHtml() {
	const source = join(out, 'essay/index.html');
	if (!existsSync(source)) throw new Error(`offline: ${source} is missing; run vite build first`);
	let html = readFileSync(source, 'utf8');

	// One script with every island in it: a page from file:// cannot import modules from files beside it.
	const { entry, files } = await bundle(root, svelteConfig.compilerOptions ?? {}, {
		offline: true,
		alias: svelteConfig.kit?.alias
	});
	const script = files
		.get(entry)
		.toString('utf8')
		.replace(/<\/script/gi, '<\\/script');
	html = html.replace(/<script type="module" src="[^"]*"><\/script>/, () => `<script type="module">${script}</script>`);
	if (!html.includes(script)) throw new Error('offline: the page no longer loads the islands the expected way');

	// Styles: the inlined ones stay; the (disabled) links SvelteKit keeps beside them, preloads and modulepreloads go.
	html = html.replace(/<link [^>]*rel="(?:stylesheet|preload|modulepreload)"[^>]*>/g, (link) =>
		/rel="stylesheet"/.test(link) && !/disabled/.test(link) ? inlineStylesheet(link) : ''
	);
	// Fonts and anything else the styles point at, as data.
	html = html.replace(/url\((\/[^)#]+)\)/g, (whole, path) => {
		const file = builtFile(path);
		return file ? `url(${dataUrl(file)})` : whole;
	});
	// Each figure's "live version" line points at the site online; with no address for it, there is nothing to point at.
	if (!site) html = html.replace(/<p class="live-version">[\s\S]*?<\/p>/g, '');
	// Links: files of the site (the runs' CSV, the icon) become data; the contents page goes to the chapter list;
	// other pages go to the site online when its address is known.
	html = html.replace(/\b(href|src)="(\/[^"]*)"/g, (whole, attribute, path) => {
		const file = builtFile(path.replace(/&amp;/g, '&'));
		if (file && !file.endsWith('.html')) return `${attribute}="${dataUrl(file)}"`;
		if (path === `${base}/`) return `${attribute}="#top"`;
		if (site) return `${attribute}="${site}${edition}${path.slice(base.length)}"`;
		return whole;
	});
	// Figures build embed addresses from the site's; offline that is the site online, or nothing (no Embed button).
	html = html.replace(
		/<meta name="site-root" content="[^"]*"\s*\/?>/,
		site ? `<meta name="site-root" content="${site}${edition}/">` : ''
	);
	html = html.replace(/<title>([^<]*)<\/title>/, (_, title) => `<title>${title} (offline copy)</title>`);
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
const html = await offlineHtml();
mkdirSync(downloads, { recursive: true });
writeFileSync(join(downloads, OFFLINE_FILE), html);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
let made = `${relative(root, join(downloads, OFFLINE_FILE))} ${mb(Buffer.byteLength(html))}`;
// The zip holds the whole site, so the run for the site's root edition makes it (scripts/build.mjs runs it last).
if (!edition) {
	const zip = zipSync(siteFiles(siteOut), { level: 9 });
	writeFileSync(join(downloads, SITE_ZIP), zip);
	made += `, ${relative(root, join(downloads, SITE_ZIP))} ${mb(zip.length)}`;
}
console.log(`offline (${locale}): ${made} (${Math.round(performance.now() - started)} ms)`);
