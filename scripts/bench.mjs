#!/usr/bin/env node
// The benchmark: builds the site and prints what it costs a reader, against the targets.
//   • production build time
//   • per page, served gzip-compressed as static hosts serve it: HTML, and the JavaScript fetched on load (the islands'
//     entry plus every widget within the loader's reach of the first screen) and after every figure has loaded;
//     a check that no script carries prose or math (no "katex-mathml" in any built JS file)
//   • slider latency on /explore/ and in chapter 4 (the iso-loss map and its valley in view), both editions, with the
//     CPU throttled 4× (DevTools protocol), 200 steps: p50, p95; and a jump to a figure (#fig-…) on a phone at 4× until
//     it is live
//   • the fit figure: Approach 3 (the paper's 4,500 starts, 240 runs) and a bootstrap in the worker at 1× and 4×, and
//     the longest main-thread task meanwhile
//   • Lighthouse 12 (mobile preset) on every page, installed on first use into .bench-tools/ (not a dependency of
//     the project, so `npm ci` never pays for it)
// It never fails on a slow machine. Usage: npm run bench [-- --no-lighthouse] [-- --pages=/,/derivation/] [-- --no-build]
// [-- --no-fit]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
/** The targets of the islands issue: JS on load (gzip KB) per kind of page, slider p95 (ms), Lighthouse scores. */
const TARGETS = { listJsKb: 10, chapterJsKb: 45, exploreJsKb: 60, p95Ms: 8, jumpMs: 200, performance: 98, others: 100 };
/** Pinned, so every run measures with the same tool; Lighthouse 13 needs Node 22. */
const LIGHTHOUSE = ['lighthouse@12.8.2', 'chrome-launcher@1.2.1'];
const TOOLS = resolve('.bench-tools');
const skipLighthouse = process.argv.includes('--no-lighthouse');
const onlyPages = process.argv
	.find((a) => a.startsWith('--pages='))
	?.slice(8)
	.split(',');

const kb = (bytes) => (bytes / 1024).toFixed(1);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function table(title, header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
	console.log(`\n${title}\n`);
	console.log(line(header));
	console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
	for (const row of rows) console.log(line(row));
}

function files(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

/** Lighthouse and its launcher, from .bench-tools/ (installed there on first use). */
async function lighthouseTools() {
	const require = createRequire(join(TOOLS, 'package.json'));
	const load = async () => ({
		lighthouse: (await import(pathToFileURL(require.resolve('lighthouse')).href)).default,
		launcher: await import(pathToFileURL(require.resolve('chrome-launcher')).href)
	});
	try {
		return await load();
	} catch {
		console.log(`Installing ${LIGHTHOUSE.join(' and ')} into .bench-tools/ (once)…`);
		mkdirSync(TOOLS, { recursive: true });
		if (!existsSync(join(TOOLS, 'package.json'))) writeFileSync(join(TOOLS, 'package.json'), '{ "private": true }\n');
		const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', TOOLS, ...LIGHTHOUSE], {
			stdio: 'inherit'
		});
		if (install.status !== 0) throw new Error('could not install Lighthouse; run with --no-lighthouse');
		return load();
	}
}

// 1. Build.
const started = performance.now();
// Both editions and the offline copies, as `npm run build` makes them (`--no-build` measures the build folder as it is).
const build = process.argv.includes('--no-build')
	? { status: 0 }
	: spawnSync('node', ['scripts/build.mjs'], { encoding: 'utf8' });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
	console.error(build.stdout, build.stderr);
	process.exit(1);
}

// Every prerendered page, from the build folder.
function pages(dir = 'build', prefix = '/') {
	const found = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (name === '_app' || name === 'downloads') continue;
		if (statSync(path).isDirectory()) found.push(...pages(path, `${prefix}${name}/`));
		else if (name === 'index.html') found.push(prefix);
	}
	return found.sort();
}
// One embed page stands for the twenty of each edition: they differ only by their figure, measured on its chapter.
const allPages = pages()
	.filter((p) => !/\/embed\//.test(p) || p.endsWith('/embed/iso-loss/'))
	.filter((p) => !onlyPages || onlyPages.includes(p));

// No script may carry prose or math: every formula's MathML is marked katex-mathml.
const scripts = [...files('build/_app'), ...files('build/zh/_app')].filter((f) => f.endsWith('.js'));
const proseInJs = scripts.filter((f) => readFileSync(f, 'utf8').includes('katex-mathml'));
const chunks = scripts
	.map((f) => ({ file: f.replace('build/', ''), raw: statSync(f).size }))
	.sort((a, b) => b.raw - a.raw);

const server = spawn('node', ['scripts/serve.mjs', 'build', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

/** The figures whose jump-to-live latency is measured: the heaviest of each kind. */
const JUMPS = [
	['/explore/', 'iso-loss-map'],
	['/derivation/', 'iso-loss'],
	['/measuring/', 'fit'],
	['/models/', 'models']
];

/**
 * 200 steps of a compute slider at 4× CPU throttling: input event → every figure in view updated and laid out, and →
 * the next frame. `within` names the figure (and so the slider) to drive; the page is scrolled to it.
 */
async function sliderSteps(browser, path, within) {
	const context = await browser.newContext({ viewport: { width: 1600, height: 1200 } });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
	const figure = page.locator(within).first();
	await figure.scrollIntoViewIfNeeded();
	await page.waitForFunction(
		(selector) => document.querySelector(selector)?.closest('[data-island]')?.dataset.hydrated === '',
		within
	);
	await page.waitForLoadState('networkidle');
	const inView = await page
		.locator('[data-island]')
		.filter({ visible: true })
		.evaluateAll((els) =>
			els
				.filter((e) => {
					const r = e.getBoundingClientRect();
					return r.bottom > 0 && r.top < innerHeight && e.dataset.island !== 'live';
				})
				.map((e) => e.dataset.island)
		);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const latency = await page.evaluate(async (selector) => {
		const input = document.querySelector(selector).querySelector('input[type="range"]');
		// After the microtasks in which Svelte updates every figure: a message is a task of its own.
		const afterUpdates = () =>
			new Promise((r) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = r;
				channel.port2.postMessage(0);
			});
		const [lo, hi] = [Number(input.min), Number(input.max)];
		const update = [];
		const frame = [];
		for (let i = 0; i < 200; i++) {
			// Sweep the whole range and back, in 110 steps each way.
			const k = i % 110;
			const t = i % 220 < 110 ? k / 110 : 1 - k / 110;
			const t0 = performance.now();
			input.value = String(lo + t * (hi - lo));
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await afterUpdates();
			// Reading layout forces style and layout of every updated figure.
			void document.body.offsetHeight;
			update.push(performance.now() - t0);
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			frame.push(performance.now() - t0);
		}
		return { update, frame };
	}, within);
	await context.close();
	return { path, latency, inView };
}

/** A jump to a figure (its address, `#fig-…`) on a phone at 4× CPU: milliseconds until its island is live. */
async function jumpToLive(browser, path, figure) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const ms = await page.evaluate(
		(id) =>
			new Promise((done) => {
				const island = document.getElementById(`fig-${id}`).closest('[data-island]');
				const t0 = performance.now();
				const check = () => {
					if (island.dataset.hydrated === '') done(performance.now() - t0);
					else requestAnimationFrame(check);
				};
				location.hash = `fig-${id}`;
				check();
			}),
		figure
	);
	await context.close();
	return { path, figure, ms };
}

/** What a page transfers (compressed bytes on the wire), by kind. */
async function measure(browser, path, viewport) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	const sizes = new Map();
	const types = new Map();
	cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
	cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
	const sum = (type) => [...sizes].filter(([id]) => types.get(id) === type).reduce((s, [, n]) => s + n, 0);
	await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
	const onLoad = { html: sum('Document'), js: sum('Script'), fonts: sum('Font') };
	// Then every figure, as a reader scrolling through would load them.
	for (const island of await page.locator('[data-island]').filter({ visible: true }).all()) {
		await island.scrollIntoViewIfNeeded();
	}
	await page.waitForLoadState('networkidle');
	const islands = await page.locator('[data-island]').count();
	const all = { js: sum('Script') };
	await context.close();
	return { path, onLoad, all, islands };
}

try {
	const browser = await chromium.launch({
		executablePath: existsSync(CHROME) ? CHROME : undefined,
		args: CHROME_FLAGS
	});

	// 2. What each page fetches, on a phone's first screen and a laptop's.
	const perPage = [];
	for (const path of allPages) {
		const phone = await measure(browser, path, { width: 390, height: 844 });
		const laptop = await measure(browser, path, { width: 1280, height: 800 });
		perPage.push({ path, phone, laptop });
	}

	// 3. Slider latency at 4× CPU throttling: on /explore/ with every figure a large screen shows in view, and in
	// chapter 4 with the iso-loss map and its valley in view (the map's own budget slider), both editions.
	const sliders = [];
	for (const prefix of ['', '/zh']) {
		sliders.push(await sliderSteps(browser, `${prefix}/explore/`, '[data-widget="compute-budget"]'));
		sliders.push(await sliderSteps(browser, `${prefix}/derivation/`, '#fig-iso-loss'));
	}

	// 3a. A figure coming on screen by a jump (a link to it), at 4× CPU on a phone: from the jump to the figure live.
	const jumps = [];
	for (const prefix of ['', '/zh'])
		for (const [path, figure] of JUMPS) jumps.push(await jumpToLive(browser, `${prefix}${path}`, figure));

	// 3b. The fit figure: Approach 3 the paper's way (240 runs, 4,500 starts) and a 200-resample bootstrap, in the
	// worker, at 1× and 4× CPU throttling; the longest main-thread task while they run (the page must stay responsive).
	const fits = [];
	for (const rate of process.argv.includes('--no-fit') ? [] : [1, 4]) {
		const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const p = await ctx.newPage();
		await p.goto(`${ORIGIN}/measuring/`, { waitUntil: 'networkidle' });
		const figure = p.locator('[data-widget="fit-explorer"]').first();
		await figure.scrollIntoViewIfNeeded();
		await p.waitForFunction(() => document.querySelector('[data-island="fit-explorer"]')?.dataset.hydrated === '');
		const session = await ctx.newCDPSession(p);
		await session.send('Emulation.setCPUThrottlingRate', { rate });
		await p.evaluate(() => {
			window.__longest = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
			}).observe({ type: 'longtask' });
		});
		// Waiting with plain selectors: a role query over this long page would itself be a long task on the main thread.
		const statusIs = (value) =>
			p.waitForFunction(
				(v) => document.querySelector('[data-widget="fit-explorer"] [data-fit-status]')?.dataset.fitStatus === v,
				value,
				{
					timeout: 300_000,
					polling: 100
				}
			);
		let t0 = Date.now();
		await figure.locator('input[type="radio"][value="paper"]').check();
		await statusIs('fitting');
		await statusIs('done');
		const fitSeconds = (Date.now() - t0) / 1000;
		await figure
			.locator('select')
			.filter({ has: p.locator('option[value="4000"]') })
			.selectOption('200');
		t0 = Date.now();
		await figure.locator('button', { hasText: 'Resample and refit' }).click();
		await statusIs('bootstrapping');
		await statusIs('done');
		const bootSeconds = (Date.now() - t0) / 1000;
		const longest = await p.evaluate(() => window.__longest);
		fits.push([`${rate}×`, fitSeconds.toFixed(1), ((bootSeconds / 200) * 1000).toFixed(1), longest.toFixed(0)]);
		await ctx.close();
	}
	await browser.close();

	// 4. Lighthouse on every page.
	const lighthouseRows = [];
	if (!skipLighthouse) {
		const { lighthouse, launcher } = await lighthouseTools();
		const chrome = await launcher.launch({
			chromePath: CHROME,
			chromeFlags: ['--headless=new', '--no-sandbox', ...CHROME_FLAGS]
		});
		try {
			for (const path of allPages) {
				const result = await lighthouse(`${ORIGIN}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
				});
				const { categories, audits } = result.lhr;
				lighthouseRows.push([
					path,
					Math.round(categories.performance.score * 100),
					Math.round(categories.accessibility.score * 100),
					Math.round(categories['best-practices'].score * 100),
					Math.round(categories.seo.score * 100),
					audits['cumulative-layout-shift'].numericValue.toFixed(3),
					`${(audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)} s`,
					`${Math.round(audits['total-blocking-time'].numericValue)} ms`
				]);
			}
		} finally {
			await chrome.kill();
		}
	}

	// Report.
	console.log(
		`\nBuild: ${buildSeconds.toFixed(1)} s (vite build with the islands, production, ${allPages.length} pages)`
	);
	table(
		'What each page transfers, gzip KB (JS on load: the islands’ entry and the figures within reach of the first screen; all: after every figure has loaded)',
		['Page', 'Islands', 'HTML', 'JS on load, phone', 'JS on load, laptop', 'JS, all figures', 'Fonts on load'],
		perPage.map((p) => [
			p.path,
			p.laptop.islands,
			kb(p.laptop.onLoad.html),
			kb(p.phone.onLoad.js),
			kb(p.laptop.onLoad.js),
			kb(p.laptop.all.js),
			kb(p.laptop.onLoad.fonts)
		])
	);
	table(
		'Largest scripts in the build',
		['Script', 'raw KB'],
		chunks.slice(0, 5).map((c) => [c.file, kb(c.raw)])
	);
	table(
		'Slider steps, CPU throttled 4×, 200 steps (ms): input → every figure in view updated and laid out, and → next frame',
		['Page', 'In view', 'updated p50', 'updated p95', 'next frame p50', 'next frame p95'],
		sliders.map(({ path, latency: l, inView: seen }) => {
			const u = [...l.update].sort((a, b) => a - b);
			const f = [...l.frame].sort((a, b) => a - b);
			return [path, seen.join(', '), ...[u, u, f, f].map((xs, i) => percentile(xs, i % 2 ? 95 : 50).toFixed(1))];
		})
	);
	table(
		'A jump to a figure (#fig-…) on a phone at 4× CPU: until it is live (ms)',
		['Page', 'Figure', 'ms'],
		jumps.map((j) => [j.path, j.figure, j.ms.toFixed(0)])
	);
	table(
		'The fit figure on /measuring/, in its worker: Approach 3 the paper’s way on 240 runs, and a bootstrap',
		['CPU', 'Fit, 4,500 starts (s)', 'Per resample (ms)', 'Longest main-thread task while fitting (ms)'],
		fits
	);
	if (lighthouseRows.length) {
		table(
			'Lighthouse 12 (mobile preset, served gzip)',
			['Page', 'Perf', 'A11y', 'Best pr.', 'SEO', 'CLS', 'LCP', 'TBT'],
			lighthouseRows
		);
	}
	const verdict = (ok) => (ok ? 'meets' : 'MISSES');
	const kindOf = (/** @type {string} */ path) => {
		const own = path.replace(/^\/zh\//, '/');
		return own === '/' || own === '/references/' ? 'list' : own === '/explore/' ? 'explore' : 'chapter';
	};
	const limit = { list: TARGETS.listJsKb, chapter: TARGETS.chapterJsKb, explore: TARGETS.exploreJsKb };
	console.log('\nTargets');
	for (const kind of ['list', 'chapter', 'explore']) {
		const group = perPage.filter((p) => kindOf(p.path) === kind);
		if (group.length === 0) continue;
		const worst = group.reduce((a, b) =>
			Math.max(b.phone.onLoad.js, b.laptop.onLoad.js) > Math.max(a.phone.onLoad.js, a.laptop.onLoad.js) ? b : a
		);
		const js = Math.max(worst.phone.onLoad.js, worst.laptop.onLoad.js) / 1024;
		console.log(
			`- JS on load ≤ ${limit[kind]} KB gzip (${kind} pages): heaviest ${worst.path} ${js.toFixed(1)} KB → ${verdict(js <= limit[kind])}`
		);
	}
	console.log(
		`- no prose or math in any script (katex-mathml in build/_app/**/*.js): ${proseInJs.length === 0 ? 'none → meets' : `${proseInJs.join(', ')} → MISSES`}`
	);
	for (const { path, latency: l } of sliders) {
		const p95 = percentile(
			[...l.update].sort((a, b) => a - b),
			95
		);
		console.log(
			`- p95 slider step ≤ ${TARGETS.p95Ms} ms at 4× on ${path}: ${p95.toFixed(1)} ms → ${verdict(p95 <= TARGETS.p95Ms)}`
		);
	}
	for (const j of jumps)
		console.log(
			`- a jump to ${j.path}#fig-${j.figure} live ≤ ${TARGETS.jumpMs} ms at 4× on a phone: ${j.ms.toFixed(0)} ms → ${verdict(j.ms <= TARGETS.jumpMs)}`
		);
	if (lighthouseRows.length) {
		const perf = lighthouseRows.every((r) => r[1] >= TARGETS.performance);
		const rest = lighthouseRows.every((r) => r.slice(2, 5).every((s) => s >= TARGETS.others));
		console.log(`- Lighthouse performance ≥ ${TARGETS.performance} on every page: ${verdict(perf)}`);
		console.log(`- accessibility, best practices, SEO 100 on every page: ${verdict(rest)}`);
	}
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/latest.json',
		JSON.stringify(
			{ buildSeconds, perPage, proseInJs, chunks: chunks.slice(0, 10), sliders, jumps, lighthouse: lighthouseRows },
			null,
			2
		)
	);
} finally {
	server.kill();
}
