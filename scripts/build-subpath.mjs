#!/usr/bin/env node
// Builds the site as a course would host it, under /course/chinchilla, into build-subpath/course/chinchilla, so that a
// plain static server rooted at build-subpath/ serves it from that sub-path.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export const SUBPATH = '/course/chinchilla';

rmSync('build-subpath', { recursive: true, force: true });
// Both editions, their offline copies and the zip, as `npm run build` makes them for the root.
const result = spawnSync('node', ['scripts/build.mjs'], {
	stdio: 'inherit',
	// Built as a host would build it, with its public address: the hreflang alternates and citations name it.
	env: {
		...process.env,
		BASE_PATH: SUBPATH,
		BUILD_DIR: `build-subpath${SUBPATH}`,
		PUBLIC_SITE_URL: `http://127.0.0.1:4174${SUBPATH}`
	}
});
process.exit(result.status ?? 1);
