#!/usr/bin/env node
// The benchmark: builds the site and prints what it costs a reader.
//   • production build time
//   • JS, CSS and fonts each page actually fetches (raw and gzip), and the largest chunk
//   • slider latency on /explore/ with the CPU throttled 4× (DevTools protocol), 200 steps: p50, p95, max
//   • Lighthouse (mobile preset) for the contents page, one chapter and /explore/
// It reports against the targets; it never fails on a slow machine. Usage: npm run bench [-- --no-lighthouse]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
const TARGETS = { jsGzipKb: 60, p95Ms: 8, lighthouse: 100, cls: 0 };
const skipLighthouse = process.argv.includes('--no-lighthouse');

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

// 1. Build.
const started = performance.now();
const build = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8' });
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
		if (name === '_app') continue;
		if (statSync(path).isDirectory()) found.push(...pages(path, `${prefix}${name}/`));
		else if (name === 'index.html') found.push(prefix);
	}
	return found.sort();
}
const allPages = pages();

// Largest chunk in the build.
function files(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}
const chunks = files('build/_app/immutable')
	.filter((f) => f.endsWith('.js'))
	.map((f) => ({ file: f.replace('build/', ''), raw: statSync(f).size, gzip: gzipSync(readFileSync(f)).length }))
	.sort((a, b) => b.gzip - a.gzip);

// Which chunks are a chapter's own content (its text and prerendered math, carried for hydration): the target is for
// the JavaScript every page needs besides its own content.
const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
const contentChunks = new Set(
	Object.entries(manifest)
		.filter(([source]) => source.startsWith('content/'))
		.map(([, entry]) => entry.file.split('/').pop())
);

const server = spawn('node', ['scripts/serve.mjs', 'build', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

try {
	const browser = await chromium.launch({
		executablePath: existsSync(CHROME) ? CHROME : undefined,
		args: CHROME_FLAGS
	});

	// 2. What each page fetches.
	const perPage = [];
	for (const path of allPages) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const bodies = [];
		page.on('response', async (response) => {
			const type = response.request().resourceType();
			if (!['document', 'script', 'stylesheet', 'font'].includes(type)) return;
			try {
				const body = await response.body();
				const name = new URL(response.url()).pathname.split('/').pop();
				const kind = type === 'script' && contentChunks.has(name) ? 'content' : type;
				bodies.push({ type: kind, raw: body.length, gzip: gzipSync(body).length, url: response.url() });
			} catch {
				// A data: font has no body to read; it is inside the CSS already counted.
			}
		});
		await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
		const sum = (type, key) => bodies.filter((b) => b.type === type).reduce((s, b) => s + b[key], 0);
		perPage.push({
			path,
			jsRaw: sum('script', 'raw'),
			jsGzip: sum('script', 'gzip'),
			htmlGzip: sum('document', 'gzip'),
			contentRaw: sum('content', 'raw'),
			contentGzip: sum('content', 'gzip'),
			cssRaw: sum('stylesheet', 'raw'),
			cssGzip: sum('stylesheet', 'gzip'),
			fonts: bodies.filter((b) => b.type === 'font').length,
			fontBytes: sum('font', 'raw')
		});
		await context.close();
	}

	// 3. Slider latency at 4× CPU throttling.
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/explore/`, { waitUntil: 'networkidle' });
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const latency = await page.evaluate(async () => {
		const input = document.querySelector('[data-widget="compute-budget"] input[type="range"]');
		const update = [];
		const frame = [];
		for (let i = 0; i < 200; i++) {
			// Sweep the whole range and back, a tenth of a decade per step.
			const k = i % 110;
			const value = i % 220 < 110 ? 17 + k * 0.1 : 28 - k * 0.1;
			const t0 = performance.now();
			input.value = String(value);
			input.dispatchEvent(new Event('input', { bubbles: true }));
			// Svelte flushes in a microtask; reading layout forces style and layout of every updated figure.
			await Promise.resolve();
			await new Promise((r) => queueMicrotask(r));
			void document.body.offsetHeight;
			update.push(performance.now() - t0);
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			frame.push(performance.now() - t0);
		}
		return { update, frame };
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await context.close();
	await browser.close();

	// 4. Lighthouse.
	const lighthouseRows = [];
	if (!skipLighthouse) {
		const { default: lighthouse } = await import('lighthouse');
		const chromeLauncher = await import('chrome-launcher');
		const chrome = await chromeLauncher.launch({
			chromePath: CHROME,
			chromeFlags: ['--headless=new', '--no-sandbox', ...CHROME_FLAGS]
		});
		try {
			for (const path of ['/', '/derivation/', '/explore/']) {
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
					`${(audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)} s`
				]);
			}
		} finally {
			await chrome.kill();
		}
	}

	// Report.
	const heaviest = perPage.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
	const upd = [...latency.update].sort((a, b) => a - b);
	const frm = [...latency.frame].sort((a, b) => a - b);
	console.log(`\nBuild: ${buildSeconds.toFixed(1)} s (vite build, production, ${allPages.length} pages)`);
	table(
		'What each page fetches, in KB (JS: the app and widgets; content: the chapter’s own text and math as JS; the CSS is inlined in the HTML)',
		[
			'Page',
			'HTML gzip',
			'JS raw',
			'JS gzip',
			'Content raw',
			'Content gzip',
			'CSS raw',
			'CSS gzip',
			'Fonts',
			'Font KB'
		],
		perPage.map((p) => [
			p.path,
			kb(p.htmlGzip),
			kb(p.jsRaw),
			kb(p.jsGzip),
			kb(p.contentRaw),
			kb(p.contentGzip),
			kb(p.cssRaw),
			kb(p.cssGzip),
			p.fonts,
			kb(p.fontBytes)
		])
	);
	table(
		'Largest chunks',
		['Chunk', 'raw KB', 'gzip KB'],
		chunks.slice(0, 3).map((c) => [c.file, kb(c.raw), kb(c.gzip)])
	);
	table(
		'Slider step on /explore/, CPU throttled 4×, 200 steps (ms)',
		['Measure', 'p50', 'p95', 'max'],
		[
			[
				'input → all figures updated (script + layout)',
				...[50, 95].map((p) => percentile(upd, p).toFixed(1)),
				upd.at(-1).toFixed(1)
			],
			['input → next frame', ...[50, 95].map((p) => percentile(frm, p).toFixed(1)), frm.at(-1).toFixed(1)]
		]
	);
	if (lighthouseRows.length) {
		table('Lighthouse 12 (mobile preset)', ['Page', 'Perf', 'A11y', 'Best pr.', 'SEO', 'CLS', 'LCP'], lighthouseRows);
	}
	const verdict = (ok) => (ok ? 'meets' : 'MISSES');
	console.log('\nTargets');
	console.log(
		`- heaviest page JS ≤ ${TARGETS.jsGzipKb} KB gzip plus its own content: ${heaviest.path} ${kb(heaviest.jsGzip)} KB + ${kb(heaviest.contentGzip)} KB content → ${verdict(heaviest.jsGzip / 1024 <= TARGETS.jsGzipKb)}`
	);
	console.log(
		`- p95 slider step ≤ ${TARGETS.p95Ms} ms at 4×: ${percentile(upd, 95).toFixed(1)} ms → ${verdict(percentile(upd, 95) <= TARGETS.p95Ms)}`
	);
	if (lighthouseRows.length) {
		const all100 = lighthouseRows.every((r) => r.slice(1, 5).every((s) => s >= TARGETS.lighthouse));
		const cls0 = lighthouseRows.every((r) => Number(r[5]) === TARGETS.cls);
		console.log(`- Lighthouse 100 in all four categories: ${verdict(all100)}; CLS 0: ${verdict(cls0)}`);
	}
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/latest.json',
		JSON.stringify({ buildSeconds, perPage, chunks: chunks.slice(0, 5), latency, lighthouse: lighthouseRows }, null, 2)
	);
} finally {
	server.kill();
}
