#!/usr/bin/env node
// Where a compute-slider step spends its time: script and forced layout per step, and the functions with the most self
// time (CPU profile, unthrottled). For the benchmark's latency lines, with names to act on.
// Usage: node scripts/serve.mjs build 4173 & node scripts/profile-slider.mjs [origin] [path] [figure selector]
//        (defaults: http://127.0.0.1:4173 /explore/ '[data-widget="compute-budget"]'; chapter 4's map:
//        /derivation/ '#fig-iso-loss'). Build with ISLANDS_DEBUG=1 npm run build for readable function names.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const origin = process.argv[2] ?? 'http://127.0.0.1:4173';
const path = process.argv[3] ?? '/explore/';
const within = process.argv[4] ?? '[data-widget="compute-budget"]';
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
	executablePath: existsSync(chrome) ? chrome : undefined,
	args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
const context = await browser.newContext({ viewport: { width: 1600, height: 1200 } });
const page = await context.newPage();
await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
await page.locator(within).first().scrollIntoViewIfNeeded();
await page.waitForFunction(
	(selector) => document.querySelector(selector)?.closest('[data-island]')?.dataset.hydrated === '',
	within
);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const steps = await page.evaluate(async (selector) => {
	const input = document.querySelector(selector).querySelector('input[type="range"]');
	const [lo, hi] = [Number(input.min), Number(input.max)];
	const out = [];
	for (let i = 0; i < 100; i++) {
		const t0 = performance.now();
		input.value = String(lo + ((i % 50) / 50) * (hi - lo));
		input.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise((r) => {
			const c = new MessageChannel();
			c.port1.onmessage = r;
			c.port2.postMessage(0);
		});
		const t1 = performance.now();
		void document.body.offsetHeight;
		out.push([t1 - t0, performance.now() - t1]);
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
	}
	return out;
}, within);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();

const sorted = (i) => steps.map((s) => s[i]).sort((a, b) => a - b);
const [script, layout] = [sorted(0), sorted(1)];
console.log(
	`per step, unthrottled: script p50 ${script[50].toFixed(2)} ms, p95 ${script[95].toFixed(2)} ms; ` +
		`layout p50 ${layout[50].toFixed(2)} ms, p95 ${layout[95].toFixed(2)} ms`
);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => {
	const { functionName, url, lineNumber } = nodes.get(id).callFrame;
	const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
	self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
console.log('self time over 100 steps:');
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
	console.log(`${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
}
