import { expect, open, test } from './fixtures';

// Malformed, hostile and extreme query strings for /explore/: the page must stay up, fall back to a safe state,
// never print NaN/Infinity/undefined, and never run anything it was given.
const queries = [
	'C=abc',
	'C=',
	'C=-5e20',
	'C=0',
	'C=-0',
	'C=1e999',
	'C=1e-999',
	'C=1e308',
	'C=5e16',
	'C=1e29',
	'C=NaN',
	'C=Infinity',
	'C=-Infinity',
	'C=0x10',
	'C=1e23&C=abc',
	'C=%00',
	'C=%E2%80%AE1e23',
	'C=5.76e23e5',
	'C=' + '9'.repeat(400),
	'law=',
	'law=__proto__',
	'law=constructor',
	'law=toString',
	'law=kaplan2020',
	'law=HOFFMANN2022',
	'law=hoffmann2022%00',
	'law=<img src=x onerror="window.__pwned=1">',
	'law=<script>window.__pwned=1</script>',
	'C=<svg onload="window.__pwned=1">',
	'C=javascript:window.__pwned=1',
	'N=1e9',
	'D=1e9',
	'N=abc&D=def',
	'N=-1&D=-1',
	'N=1e30&D=1e30',
	'N=1e3&D=1e3',
	'N=__proto__&D=constructor',
	'gpu=tpu',
	'gpu=__proto__',
	'gpu=<b>x</b>',
	'mfu=2',
	'mfu=0',
	'mfu=-0.5',
	'mfu=NaN',
	'__proto__[polluted]=1',
	'constructor[prototype][polluted]=1',
	'C=1e23&law=besiroglu2024&N=7e10&D=1.4e12&gpu=h100&mfu=0.5&extra=<b>',
	'%',
	'&&&==&',
	'C=1%2e5e23'
];

for (const query of queries) {
	test(`/explore/?${query.slice(0, 60)} stays safe`, async ({ page, issues }) => {
		await open(page, `/explore/?${query}`);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('figure[data-widget="calculator"]')).toBeVisible();
		const text = await page.locator('body').innerText();
		expect(text).not.toMatch(/\bNaN\b|Infinity|undefined|\[object Object\]/);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
		// Whatever it was given, every number on the calculator is finite and positive.
		for (const value of await page
			.locator('[data-value]')
			.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))) {
			expect(Number.isFinite(value) && value > 0).toBe(true);
		}
		// No element came from the query: the page has exactly the figures it always has.
		await expect(page.locator('main img')).toHaveCount(0);
		await expect(page.locator('main script')).toHaveCount(0);
		expect(issues.failedRequests).toEqual([]);
	});
}
