import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browser on our machines: use Debian's Chromium (CHROMIUM_PATH overrides the
// default). A machine without it, whose Playwright brought its own Chromium, gets Playwright's browser instead.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

// Keep Chromium from phoning home: this network refuses those connections, and tests must see only our own requests.
const args = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const ROOT_URL = 'http://127.0.0.1:4173';
export const SUBPATH_URL = 'http://127.0.0.1:4174/course/chinchilla';

/**
 * The tier: `npm test` runs the everyday one (one build; tests tagged @full left out), `npm run test:full` (TEST_TIER=full)
 * every test, against the sub-path build too.
 */
export const FULL_TIER = process.env.TEST_TIER === 'full';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	grepInvert: FULL_TIER ? undefined : /@full/,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: ROOT_URL,
		launchOptions: { executablePath, args },
		// Recording a trace slows every test by a third; rerun a failing test with `--trace on` to get one.
		trace: 'off'
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args } } }],
	// The builds are served by a plain static file server, as a course host would serve them (the tiers build them).
	webServer: [
		{ command: 'node scripts/serve.mjs build 4173', url: `${ROOT_URL}/`, reuseExistingServer: false },
		// The sub-path build, in the full tier (which builds it; run alone, the tests that need it say so by failing).
		...(FULL_TIER && existsSync('build-subpath')
			? [{ command: 'node scripts/serve.mjs build-subpath 4174', url: `${SUBPATH_URL}/`, reuseExistingServer: false }]
			: [])
	]
});
