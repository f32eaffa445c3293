// Every text and number field of every figure, typed into as readers do (./typing.ts). The everyday tier drives the
// pages that hold every kind of field between them in English, and chapter 2's fields in Chinese (Chinese counts typed
// into a quick check: tests/e2e/zh.spec.ts); the full tier every page of both editions.
import { allPages, expect, open, test, wakeAll, zhPages } from './fixtures';
import { typeIntoEveryField } from './typing';

const everyKind = ['/explore/', '/the-question/', '/compute/', '/measuring/', '/zh/compute/'];

for (const path of [...allPages, ...zhPages]) {
	const tag = everyKind.includes(path) ? [] : ['@full'];
	test(`${path}: every field answers garbage, out-of-range and good values`, { tag }, async ({ page, issues }) => {
		test.setTimeout(120_000);
		await open(page, path);
		await wakeAll(page);
		const driven = await typeIntoEveryField(page);
		if (everyKind.includes(path)) expect(driven, 'fields found').toBeGreaterThan(0);
		expect(issues.pageErrors).toEqual([]);
	});
}
