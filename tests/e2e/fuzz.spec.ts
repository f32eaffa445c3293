import { expect, open, test, wakeAll } from './fixtures';

// In the browser, one query of each kind that reaches the page a different way (every query of the list also goes
// through the URL reader in tests/state/url-fuzz.test.ts): the page must stay up, fall back to a safe state, never print
// NaN/Infinity/undefined, and never run anything it was given.
const queries = [
	'C=abc',
	'C=1e999',
	'C=-Infinity',
	'C=1e23&C=abc',
	'C=%E2%80%AE1e23',
	'C=' + '9'.repeat(400),
	'law=__proto__',
	'law=kaplan2020',
	'law=<img src=x onerror="window.__pwned=1">',
	'law=<script>window.__pwned=1</script>',
	'C=<svg onload="window.__pwned=1">',
	'C=javascript:window.__pwned=1',
	'N=1e9',
	'N=__proto__&D=constructor',
	'gpu=<b>x</b>',
	'mfu=NaN',
	'__proto__[polluted]=1',
	'constructor[prototype][polluted]=1',
	'C=1e23&law=besiroglu2024&N=7e10&D=1.4e12&gpu=h100&mfu=0.5&extra=<b>',
	'&&&==&'
];

// A tall window shows every figure of /explore/ at once, so all of them load the hostile query together.
test.use({ viewport: { width: 1280, height: 4000 } });

// The everyday tier: a number that is not one, markup, and a prototype key; the full tier every kind.
const everyday = ['C=abc', 'law=<img src=x onerror="window.__pwned=1">', '__proto__[polluted]=1'];

for (const query of queries) {
	const tag = everyday.includes(query) ? [] : ['@full'];
	test(`/explore/?${query.slice(0, 60)} stays safe`, { tag }, async ({ page, issues }) => {
		await open(page, `/explore/?${query}`);
		await wakeAll(page);
		await expect(page.locator('figure[data-widget="allocation-calculator"]')).toBeVisible();
		const text = await page.locator('body').innerText();
		expect(text).not.toMatch(/\bNaN\b|Infinity|undefined|\[object Object\]/);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
		// Whatever it was given, every number the page shows is finite, and every one of the calculator's is positive.
		const values = (selector: string) =>
			page.locator(selector).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
		for (const value of await values('[data-value]')) expect(Number.isFinite(value), String(value)).toBe(true);
		for (const value of await values('[data-widget="allocation-calculator"] [data-value]'))
			expect(value > 0, String(value)).toBe(true);
		// No element came from the query: the page has exactly the figures it always has.
		await expect(page.locator('main img')).toHaveCount(0);
		await expect(page.locator('main script')).toHaveCount(0);
		expect(issues.failedRequests).toEqual([]);
	});
}
