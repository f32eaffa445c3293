#!/usr/bin/env node
// Builds the whole site into one folder (build/, or BUILD_DIR; under BASE_PATH if set): every edition of
// src/lib/editions.js under its prefix (English at the root, Chinese under zh/), each edition's offline copy, and one
// zip of the whole site. Then it takes out what SvelteKit writes that no reader's page uses (see `deadFiles`).
// `npm run build` runs this; `vite build` alone builds one edition (LOCALE=zh for the Chinese).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { editions } from '../src/lib/editions.js';

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

const started = performance.now();
// The edition at the root first: its adapter empties the output folder; the others' only their own folders.
for (const edition of editions) step('npx', ['vite', 'build'], edition);
// One _headers file, at the top, names the pages of every edition; the others' own are not read by any host.
for (const edition of editions.slice(1)) rmSync(join(out, edition.prefix, '_headers'), { force: true });
for (const edition of editions.slice(1))
	console.log(`build: ${edition.id} shares ${shareAssets(edition)} assets with the root edition`);
const dead = deadFiles(out);
for (const path of dead) rmSync(path, { recursive: true, force: true });
console.log(`build: removed ${dead.length} files SvelteKit's client would have used (${relative('.', out)}/…)`);
// The offline copies; the root edition's run, last, also zips the whole site (scripts/offline.mjs).
for (const edition of [...editions.slice(1), editions[0]]) step('node', ['scripts/offline.mjs'], edition);
console.log(`build: every edition in ${out}/ in ${Math.round((performance.now() - started) / 1000)} s`);
