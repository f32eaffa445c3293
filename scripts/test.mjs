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
/** The steps still running, stopped when another fails (one may run beside another). */
const running = new Set();

/**
 * Runs a command to the end; stops the tier on the first failure. Its output is passed through, or, for a step that
 * runs beside another (`held`), kept and printed whole when it ends, so two steps' lines never interleave.
 */
function run(name, command, args, env = {}, held = false) {
	const started = performance.now();
	return new Promise((done) => {
		const child = spawn(command, args, {
			stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit',
			env: { ...process.env, ...env, ...(held ? { FORCE_COLOR: '1' } : {}) }
		});
		running.add(child);
		const output = [];
		child.stdout?.on('data', (chunk) => output.push(chunk));
		child.stderr?.on('data', (chunk) => output.push(chunk));
		child.on('exit', (code) => {
			running.delete(child);
			timings.push([name, (performance.now() - started) / 1000]);
			if (held) process.stdout.write(Buffer.concat(output));
			if (code !== 0) {
				for (const other of running) other.kill();
				report(`${name} failed`);
				process.exit(code ?? 1);
			}
			done();
		});
	});
}

function report(outcome) {
	// From the start, not the sum of the steps: some run side by side.
	const total = (performance.now() - started) / 1000;
	console.log(`\n${full ? 'Full' : 'Everyday'} tier: ${outcome}`);
	for (const [name, seconds] of timings) console.log(`  ${name.padEnd(28)} ${seconds.toFixed(0).padStart(5)} s`);
	console.log(`  ${'total'.padEnd(28)} ${total.toFixed(0).padStart(5)} s (${(total / 60).toFixed(1)} min)`);
}

const started = performance.now();
// Formatting, lint (both with their caches: a second run checks only what changed) and types in one lane, mostly one
// process each, beside the unit tests. Not beside the build: it rewrites .svelte-kit for each edition (the Chinese
// edition's paths in its tsconfig) while these read it; side by side they only ever write the English one's.
await Promise.all([
	(async () => {
		await run('prettier', 'npx', ['prettier', '--check', '--cache', '--log-level', 'warn', '.'], {}, true);
		await run('eslint', 'npx', ['eslint', '--cache', '.'], {}, true);
		await run('svelte-check', 'npm', ['run', '--silent', 'check'], {}, true);
	})(),
	run('vitest', 'npx', ['vitest', 'run'], {}, true)
]);
await run('build', 'npm', ['run', '--silent', 'build']);
// Not beside the browser tests: sharing the two cores with them, the built files' checks of every page ran past
// their time limits.
await run('vitest over the build', 'npx', ['vitest', 'run'], { TEST_BUILT: '1' });
if (full) {
	await run('build under a sub-path', 'npm', ['run', '--silent', 'build:subpath']);
	await run('vitest over that build', 'npx', ['vitest', 'run'], {
		TEST_BUILT: '1',
		BUILD_DIR: 'build-subpath/course/chinchilla',
		BASE_PATH: '/course/chinchilla',
		// The address scripts/build-subpath.mjs builds it with (its offline files link to the site there).
		PUBLIC_SITE_URL: 'http://127.0.0.1:4174/course/chinchilla'
	});
}
await run('playwright', 'npx', ['playwright', 'test', ...playwrightArgs], full ? { TEST_TIER: 'full' } : {});
report(`passed in ${((performance.now() - started) / 60000).toFixed(1)} min`);
