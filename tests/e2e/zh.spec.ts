// The Chinese edition (/zh/): the same pages as the English, in Chinese, with Chinese numbers, a font that is really
// there, and a switcher between the editions that keeps the reader's place and state. The loops over every page
// (console, CSP, JavaScript off, accessibility, the sub-path crawl) take the Chinese pages too: see site.spec.ts and
// quality.spec.ts.
import { readFileSync } from 'node:fs';
import { quiz as zhQuiz } from '../../src/lib/i18n/zh/quiz';
import { allocate, trainingCompute } from '../../src/lib/scaling';
import { SUBPATH_URL } from '../../playwright.config';
import { chapterSlugs, expect, live, open, test } from './fixtures';

/** The Chinese chapters' titles, in order, from their front matter. */
const titles = chapterSlugs.map((slug, i) => {
	const file = `content/zh/${String(i + 1).padStart(2, '0')}-${slug}.md`;
	return /^title:\s*(.+)$/m.exec(readFileSync(file, 'utf8'))![1].trim();
});

test('the Chinese contents page lists every chapter in Chinese, and says its language', async ({ page, issues }) => {
	void issues;
	await open(page, '/zh/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('ol.chapters .title')).toHaveText(titles);
	// The switcher names the other edition's language; built with no public address, the page gives search engines
	// no alternates (they take only full addresses: the sub-path build, which has one, gives them).
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('hreflang', 'en-US');
	await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
	await expect(page.locator('ol.chapters .minutes').first()).toContainText('分钟');
});

test('Chinese text is drawn with real glyphs, from the edition’s own font on a system without one', async ({
	page
}) => {
	await open(page, '/zh/derivation/');
	// Two different characters, each in the page's own interface font and in ours alone: were either a box (a missing
	// glyph), the two pictures would be the same.
	const picture = async (family: string, text: string) => {
		const id = `glyph-${text.codePointAt(0)}-${family.length}`;
		await page.evaluate(
			({ id, family, text }) => {
				const span = Object.assign(document.createElement('span'), { id, textContent: text });
				span.style.cssText = `font: 40px ${family}; position: fixed; top: 0; left: 0; background: #fff; color: #000`;
				document.body.append(span);
			},
			{ id, family, text }
		);
		await page.evaluate(() => document.fonts.ready);
		return page.locator(`#${id}`).screenshot();
	};
	for (const family of ['var(--font-ui)', 'var(--font-prose)', '"Compute Optimal CJK"']) {
		const [a, b] = [await picture(family, '算'), await picture(family, '力')];
		expect(a.equals(b), `${family}: 算 and 力 look the same`).toBe(false);
	}
	// The edition's font is a real face of the page.
	expect(await page.evaluate(() => document.fonts.check('16px "Compute Optimal CJK"', '算力'))).toBe(true);
});

test(
	'the English header’s “中文” is drawn with real glyphs, from the English edition’s own font on a system without one',
	{ tag: '@en-cjk-font' },
	async ({ page }) => {
		await open(page, '/derivation/');
		const link = page.locator('.site-header').getByRole('link', { name: '中文' });
		// Marked as Chinese, so the browser picks Chinese glyphs and punctuation for it.
		await expect(link).toHaveAttribute('lang', 'zh-CN');
		// Each of its two characters in the link's own font, and in the edition's font alone: were either a box (a
		// missing glyph), the two pictures would be the same.
		const family = await link.evaluate((a) => getComputedStyle(a).fontFamily);
		const picture = async (font: string, text: string) => {
			const id = `glyph-${text.codePointAt(0)}-${font.length}`;
			await page.evaluate(
				({ id, font, text }) => {
					const span = Object.assign(document.createElement('span'), { id, lang: 'zh-CN', textContent: text });
					span.style.cssText = `font: 40px ${font}; position: fixed; top: 0; left: 0; background: #fff; color: #000`;
					document.body.append(span);
				},
				{ id, font, text }
			);
			await page.evaluate(() => document.fonts.ready);
			return page.locator(`#${id}`).screenshot();
		};
		for (const font of [family, '"Compute Optimal CJK"']) {
			const [a, b] = [await picture(font, '中'), await picture(font, '文')];
			expect(a.equals(b), `${font}: 中 and 文 look the same`).toBe(false);
		}
		// The edition's font is a real face of the page, and it has both characters.
		expect(await page.evaluate(() => document.fonts.check('16px "Compute Optimal CJK"', '中文'))).toBe(true);
		expect(
			await page.evaluate(() =>
				[...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Compute Optimal CJK')
			)
		).toBe(true);
	}
);

test('the switcher keeps the reader on the same chapter, section and state, both ways', async ({ page }) => {
	await open(page, '/derivation/?C=1e22&law=hoffmann2022#second-way-a-lagrange-multiplier');
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page).toHaveURL(/\/zh\/derivation\/\?C=1e22&law=hoffmann2022#second-way-a-lagrange-multiplier$/);
	await expect(page.locator('h1').first()).toHaveText(titles[chapterSlugs.indexOf('derivation')]);
	const map = await live(page, 'iso-loss-map');
	await expect(map.locator('output').first()).toHaveText('1.0 × 10²² FLOP');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/derivation\/\?C=1e22&law=hoffmann2022#second-way-a-lagrange-multiplier$/);
	await expect(page).not.toHaveURL(/\/zh\//);
});

test('numbers are written as Chinese readers write them, from the same core', async ({ page }) => {
	await open(page, '/zh/explore/?C=5.76e23&law=hoffmann2022');
	const calculator = await live(page, 'allocation-calculator');
	const { params } = allocate('hoffmann2022', 5.76e23);
	// 亿 for parameters (the English edition's "B"); FLOP keeps its powers of ten.
	const cell = calculator.locator('table.main [data-law="hoffmann2022"][data-quantity="params"]');
	expect(Math.abs(Number(await cell.getAttribute('data-value')) / params - 1)).toBeLessThan(1e-9);
	await expect(cell).toContainText('亿');
	await expect(calculator).not.toContainText(/\d B\b|NaN/);
	const budget = await live(page, 'compute-budget');
	await expect(budget).toContainText('5.8 × 10²³ FLOP');
});

test('a Chinese reader types counts in 亿, and a quick check answers in Chinese', async ({ page }) => {
	await open(page, '/zh/compute/');
	const quiz = page.locator('#quiz-gopher-compute');
	await quiz.scrollIntoViewIfNeeded();
	await expect(quiz.locator('[data-island="quiz-check"]')).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
	const answer = quiz.getByLabel(zhQuiz.yourAnswer);
	await answer.fill('2800 亿');
	await quiz.getByRole('button', { name: zhQuiz.check }).click();
	await expect(quiz.getByRole('status')).toContainText('FLOP');
	await answer.fill(String(trainingCompute(280e9, 300e9)));
	await quiz.getByRole('button', { name: zhQuiz.check }).click();
	await expect(quiz.getByRole('status')).toContainText('正确');
});

test('a bad link gets its note in Chinese and a safe state', async ({ page }) => {
	await open(page, '/zh/explore/?C=abc&law=nope');
	const notes = page.locator('[data-url-notes]');
	await expect(notes).toBeVisible();
	await expect(notes).toContainText('已忽略');
	await expect(notes).not.toContainText('abc');
	const budget = await live(page, 'compute-budget');
	await expect(budget).not.toContainText(/NaN|Infinity|undefined/);
});

test(
	'the Chinese edition is hosted under the sub-path too, with its own offline copy',
	{ tag: '@full' },
	async ({ page, request }) => {
		await open(page, `${SUBPATH_URL}/zh/models/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		// Each edition names the other for search engines, in full.
		await expect(page.locator('link[rel="alternate"][hreflang="en-US"]')).toHaveAttribute(
			'href',
			`${SUBPATH_URL}/models/`
		);
		await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
			'href',
			`${SUBPATH_URL}/zh/models/`
		);
		await open(page, `${SUBPATH_URL}/zh/`);
		const map = await live(page, 'optimum-map');
		await expect(map).not.toContainText('NaN');
		const offline = await request.get(`${SUBPATH_URL}/zh/downloads/compute-optimal-explained.html`);
		expect(offline.status()).toBe(200);
		expect(await offline.text()).toContain('<html lang="zh-CN"');
	}
);
