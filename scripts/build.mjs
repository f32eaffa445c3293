#!/usr/bin/env node
// Builds the whole site into one folder (build/, or BUILD_DIR; under BASE_PATH if set): every edition of
// src/lib/editions.js under its prefix (English at the root, Chinese under zh/), each edition's offline copy, and one
// zip of the whole site. Then it takes out what SvelteKit writes that no reader's page uses (see `deadFiles`).
// `npm run build` runs this; `vite build` alone builds one edition (LOCALE=zh for the Chinese).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { editions } from '../src/lib/editions.js';
import { builtCharacters, extraCharactersFile, subsetCharacters } from './cjk-font.mjs';

const out = process.env.BUILD_DIR ?? 'build';
const siteBase = process.env.BASE_PATH?.replace(/\/+$/, '') ?? '';

/** Runs a step for an edition; stops the build on the first failure. */
function step(command, args, edition) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, LOCALE: edition.id } });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * What SvelteKit writes for its client, which no page here loads (every page is `csr = false` and prerendered, the
 * 404 page too): each page's `__data.json` (the server data its client would fetch; ≈13 MB, the whole essay's alone
 * 2.5 MB), the client's entry, chunks and route nodes, and its version file. Stylesheets and fonts
 * (`_app/immutable/assets`) and the islands (`_app/islands`) stay. tests/build/output.test.ts fails if any comes back
 * or if a page refers to one.
 */
export function deadFiles(folder) {
	const dead = [];
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (name === '__data.json') dead.push(path);
		else if (statSync(path).isDirectory()) {
			if (name === '_app') {
				for (const part of ['immutable/entry', 'immutable/chunks', 'immutable/nodes', 'version.json', 'env.js'])
					if (existsSync(join(path, part))) dead.push(join(path, part));
			} else dead.push(...deadFiles(path));
		}
	}
	return dead;
}

/**
 * An edition's assets that the root edition's build also made, byte for byte (KaTeX's fonts: same name, same hash):
 * removed, and the edition's pages and stylesheets pointed at the root's copy.
 */
function shareAssets(edition) {
	const assets = (prefix) => join(out, prefix, '_app/immutable/assets');
	const shared = readdirSync(assets(edition.prefix)).filter(
		(name) =>
			existsSync(join(assets(''), name)) &&
			readFileSync(join(assets(''), name)).equals(readFileSync(join(assets(edition.prefix), name)))
	);
	const from = `${siteBase}${edition.prefix}/_app/immutable/assets/`;
	const to = `${siteBase}/_app/immutable/assets/`;
	/** @param {string} folder */
	const rewrite = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) rewrite(path);
			else if (/\.(html|css)$/.test(name)) {
				const text = readFileSync(path, 'utf8');
				const next = shared.reduce((t, file) => t.replaceAll(`${from}${file}`, `${to}${file}`), text);
				if (next !== text) writeFileSync(path, next);
			}
		}
	};
	rewrite(join(out, edition.prefix));
	for (const name of shared) rmSync(join(assets(edition.prefix), name));
	return shared.length;
}

/**
 * The embed pages (twenty-odd per edition, all with the same layout styles and many with the same components) link
 * their styles as one file per edition instead of each carrying them inline: a course page that embeds several figures
 * loads them once, and the build is ≈2 MB lighter. The file holds every embed page's component styles (each scoped to
 * its component, so together they change nothing) before the layout's, in the order each page had them.
 */
function linkEmbedStyles(edition) {
	const folder = join(out, edition.prefix, 'embed');
	if (!existsSync(folder)) return 0;
	const pages = readdirSync(folder)
		.map((figure) => join(folder, figure, 'index.html'))
		.filter((file) => existsSync(file));
	const components = new Map();
	const layouts = new Set();
	for (const file of pages) {
		for (const [, id, css] of readFileSync(file, 'utf8').matchAll(/<style(?: id="([^"]+)")?>([\s\S]*?)<\/style>/g)) {
			if (id) components.set(id, css);
			else layouts.add(css);
		}
	}
	const css = [...components.values(), ...layouts].join('\n');
	const name = `embed-${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
	writeFileSync(join(out, edition.prefix, '_app/immutable/assets', name), css);
	const link = `<link rel="stylesheet" href="${siteBase}${edition.prefix}/_app/immutable/assets/${name}">`;
	for (const file of pages) {
		let first = true;
		const html = readFileSync(file, 'utf8').replace(/<style(?: id="[^"]+")?>[\s\S]*?<\/style>/g, () =>
			first ? ((first = false), link) : ''
		);
		writeFileSync(file, html);
	}
	return pages.length;
}

/**
 * The pages that gather every chapter again (the whole essay, the solutions) keep each formula's MathML for screen
 * readers but not the TeX source KaTeX annotates it with (for copying formulas, which the chapters' own pages offer):
 * they and the offline copies made from them are 0.5 MB lighter.
 */
function dropTexSource(edition) {
	for (const page of ['essay', 'solutions']) {
		const file = join(out, edition.prefix, page, 'index.html');
		if (!existsSync(file)) continue;
		const html = readFileSync(file, 'utf8');
		writeFileSync(file, html.replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>/g, ''));
	}
}

/** KaTeX's fonts that no formula of the essay uses (its stylesheet names all twenty; a browser fetches only those used). */
const UNUSED_KATEX_FONTS = /^KaTeX_(Fraktur|Script|Typewriter|SansSerif)-/;

const started = performance.now();
/**
 * The characters an edition's built pages show that its CJK font does not cover (its sources are read for them before
 * the build; a word that reaches a page some other way would be drawn as a box).
 */
function uncovered(edition) {
	if (!edition.cjkFont) return [];
	const subset = subsetCharacters(edition);
	const nested = editions.filter((e) => e.prefix && !edition.prefix).map((e) => join(out, e.prefix));
	const shown = builtCharacters(join(out, edition.prefix), ...nested);
	return shown.filter((c) => /\p{Script=Han}/u.test(c) && !subset.has(c));
}

// The edition at the root first: its adapter empties the output folder; the others' only their own folders. Each is
// checked against its font at once, and built again with the characters it missed, if any.
for (const edition of editions) {
	step('npx', ['vite', 'build'], edition);
	const missed = uncovered(edition);
	if (missed.length > 0) {
		console.log(`build: ${edition.id} shows ${missed.length} characters its font lacked (${missed.join('')}); again`);
		const known = existsSync(extraCharactersFile(edition)) ? readFileSync(extraCharactersFile(edition), 'utf8') : '';
		writeFileSync(extraCharactersFile(edition), `${[...new Set([...known.trim(), ...missed])].sort().join('')}\n`);
		step('npx', ['vite', 'build'], edition);
	}
}
// One _headers file, at the top, names the pages of every edition; the others' own are not read by any host.
for (const edition of editions.slice(1)) rmSync(join(out, edition.prefix, '_headers'), { force: true });
for (const edition of editions.slice(1))
	console.log(`build: ${edition.id} shares ${shareAssets(edition)} assets with the root edition`);
for (const edition of editions) {
	console.log(`build: ${linkEmbedStyles(edition)} ${edition.id} embed pages link their styles`);
	dropTexSource(edition);
}
const dead = deadFiles(out);
// Math fonts no formula uses: nothing requests them (tests/build/output.test.ts checks no formula needs one).
for (const edition of editions) {
	const assets = join(out, edition.prefix, '_app/immutable/assets');
	for (const name of readdirSync(assets)) if (UNUSED_KATEX_FONTS.test(name)) dead.push(join(assets, name));
}
for (const path of dead) rmSync(path, { recursive: true, force: true });
console.log(`build: removed ${dead.length} files SvelteKit's client would have used (${relative('.', out)}/…)`);
// The offline copies; the root edition's run, last, also zips the whole site (scripts/offline.mjs).
for (const edition of [...editions.slice(1), editions[0]]) step('node', ['scripts/offline.mjs'], edition);
console.log(`build: every edition in ${out}/ in ${Math.round((performance.now() - started) / 1000)} s`);
