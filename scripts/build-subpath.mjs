#!/usr/bin/env node
// Builds the site as a course would host it, under /course/chinchilla, into build-subpath/course/chinchilla, so that a
// plain static server rooted at build-subpath/ serves it from that sub-path.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export const SUBPATH = '/course/chinchilla';

rmSync('build-subpath', { recursive: true, force: true });
const env = { ...process.env, BASE_PATH: SUBPATH, BUILD_DIR: `build-subpath${SUBPATH}` };
// The site, then its offline copy and zip (as `npm run build` does for the root build).
for (const command of [
	['npx', ['vite', 'build']],
	['node', ['scripts/offline.mjs']]
]) {
	const result = spawnSync(command[0], command[1], { stdio: 'inherit', env });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
