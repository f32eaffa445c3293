#!/usr/bin/env node
// The two test tiers, one command each, with the time every step took:
//   npm test           the everyday tier: lint, types, unit tests, one build, the tests over the built files, and the
//                      browser tests that are not tagged @full (a sweep of every page of both editions, the typing
//                      driver on the pages that hold every kind of field, axe on a sample, a handful per figure kind).
//   npm run test:full  everything: also the sub-path build and its tests over built files, and every browser test
//                      (axe on every page in both themes and every embed page, the URL fuzz, the paper-way fit, every
//                      fit and budget extreme at both widths, the sub-path crawl). `.ci/run` runs this one.
// Extra arguments go to Playwright (`npm test -- tests/e2e/sweep.spec.ts`).
import { spawn } from 'node:child_process';

const full = process.argv.includes('--full');
const playwrightArgs = process.argv.slice(2).filter((a) => a !== '--full');
const timings = [];

/** Runs a command to the end, its output passed through; stops the tier on the first failure. */
function run(name, command, args, env = {}) {
	const started = performance.now();
	return new Promise((done) => {
		const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
		child.on('exit', (code) => {
			timings.push([name, (performance.now() - started) / 1000]);
			if (code !== 0) {
				report(`${name} failed`);
				process.exit(code ?? 1);
			}
			done();
		});
	});
}

function report(outcome) {
	const total = timings.reduce((sum, [, s]) => sum + s, 0);
	console.log(`\n${full ? 'Full' : 'Everyday'} tier: ${outcome}`);
	for (const [name, seconds] of timings) console.log(`  ${name.padEnd(28)} ${seconds.toFixed(0).padStart(5)} s`);
	console.log(`  ${'total'.padEnd(28)} ${total.toFixed(0).padStart(5)} s (${(total / 60).toFixed(1)} min)`);
}

const started = performance.now();
// Formatting and lint use their caches (a second run checks only what changed).
await run('prettier', 'npx', ['prettier', '--check', '--cache', '--log-level', 'warn', '.']);
await run('eslint', 'npx', ['eslint', '--cache', '.']);
await run('svelte-check', 'npm', ['run', '--silent', 'check']);
await run('vitest', 'npx', ['vitest', 'run']);
await run('build', 'npm', ['run', '--silent', 'build']);
await run('vitest over the build', 'npx', ['vitest', 'run'], { TEST_BUILT: '1' });
if (full) {
	await run('build under a sub-path', 'npm', ['run', '--silent', 'build:subpath']);
	await run('vitest over that build', 'npx', ['vitest', 'run'], {
		TEST_BUILT: '1',
		BUILD_DIR: 'build-subpath/course/chinchilla',
		BASE_PATH: '/course/chinchilla'
	});
}
await run('playwright', 'npx', ['playwright', 'test', ...playwrightArgs], full ? { TEST_TIER: 'full' } : {});
report(`passed in ${((performance.now() - started) / 60000).toFixed(1)} min`);
