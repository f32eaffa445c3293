#!/usr/bin/env node
// Builds the whole site into one folder (build/, or BUILD_DIR; under BASE_PATH if set): the English edition at its
// root, the Chinese edition under zh/, then each edition's offline copy, and the zip of the whole site.
// `npm run build` runs this; `vite build` alone builds one edition (LOCALE=zh for the Chinese).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.BUILD_DIR ?? 'build';

/** Runs a step with the given edition; stops the build on the first failure. */
function step(command, args, locale) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, LOCALE: locale } });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const started = performance.now();
// English first: its adapter empties the output folder, the Chinese one only its zh/ folder.
step('npx', ['vite', 'build'], 'en');
step('npx', ['vite', 'build'], 'zh');
// One _headers file, at the top, names the pages of both editions; the Chinese build's own is not used by any host.
rmSync(join(out, 'zh', '_headers'), { force: true });
// The offline copies; the English run also zips the whole site, both editions, for the instructors' pages to offer.
step('node', ['scripts/offline.mjs'], 'zh');
step('node', ['scripts/offline.mjs'], 'en');
const zip = join(out, 'downloads', 'compute-optimal-explained-site.zip');
if (existsSync(zip)) {
	mkdirSync(join(out, 'zh', 'downloads'), { recursive: true });
	copyFileSync(zip, join(out, 'zh', 'downloads', 'compute-optimal-explained-site.zip'));
}
console.log(`build: both editions in ${out}/ in ${Math.round((performance.now() - started) / 1000)} s`);
