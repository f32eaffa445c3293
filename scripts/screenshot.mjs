#!/usr/bin/env node
// Screenshots of the built site as a reader sees it: desktop and phone, light and dark, optionally without JavaScript.
// Usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [path …]   (env: WIDTHS=1280,390 THEMES=light,dark NOJS=1)
import { mkdirSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base, out, ...paths] = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '1280,390').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',');
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
	executablePath,
	args: [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	]
});
for (const path of paths) {
	for (const width of widths) {
		for (const theme of themes) {
			const context = await browser.newContext({
				viewport: { width, height: 900 },
				colorScheme: theme,
				deviceScaleFactor: 1,
				javaScriptEnabled: !process.env.NOJS
			});
			const page = await context.newPage();
			page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
			page.on('pageerror', (e) => console.log('page error:', e.message));
			await page.goto(base + path, { waitUntil: 'networkidle' });
			// Web fonts (the Chinese edition's) load as text needs them: wait for every face in use.
			await page.evaluate(() => document.fonts.ready);
			const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${theme}${process.env.NOJS ? '-nojs' : ''}.png`;
			if (process.env.SELECTOR) {
				// One picture per matching element, e.g. SELECTOR=figure.widget for each widget.
				const elements = await page.locator(process.env.SELECTOR).all();
				for (const [i, element] of elements.entries()) {
					const file = `${out}/${name.replace('.png', `-${i}.png`)}`;
					// Off-screen figures are not rendered (content-visibility): bring each into view first.
					await element.scrollIntoViewIfNeeded();
					await page.waitForTimeout(300);
					await element.screenshot({ path: file });
					console.log(file);
				}
			} else {
				await page.screenshot({ path: `${out}/${name}`, fullPage: !!process.env.FULL });
				console.log(`${out}/${name}`);
			}
			await context.close();
		}
	}
}
await browser.close();
