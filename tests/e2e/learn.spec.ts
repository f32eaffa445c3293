// Learning by doing: the chapter-1 hook, the quick checks, their hidden answers, progress and the solutions page.
import { readdirSync, readFileSync } from 'node:fs';
import { quizChapters, quizIds } from '../../src/lib/quizzes/ids';
import { allocate, exponentsOf, trainingCompute } from '../../src/lib/scaling';
import { expect, live, open, test } from './fixtures';

const GOPHER_BUDGET = 5.76e23;

test.describe('the chapter-1 hook', () => {
	test('is answered with the keyboard alone: choose a size, commit, see the answer', async ({ page, issues }) => {
		void issues;
		await open(page, '/the-question/');
		const hook = await live(page, 'guess-size');
		await expect(hook).toContainText('You have Gopher’s budget, 5.8 × 10²³ FLOP');
		// Nothing is revealed before the reader commits.
		await expect(hook.locator('.verdict')).toHaveCount(0);
		const slider = hook.getByRole('slider', { name: 'Model size' });
		await slider.focus();
		await page.keyboard.press('End');
		await expect(slider).toHaveAttribute('aria-valuetext', /^3.16 T parameters, /);
		for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowLeft');
		await expect(slider).toHaveAttribute('aria-valuetext', /^316 B parameters, /);
		// From the slider: the typed size, its button, then the commit button.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(hook.getByRole('button', { name: 'Commit my guess' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(hook.locator('.verdict')).toContainText('Your model would reach a loss of');
		await expect(hook.locator('.verdict')).toContainText(/wastes \d+% of the budget/);
		// The optimum of each fit, from the core.
		for (const law of ['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const) {
			const value = Number(await hook.locator(`.per-fit [data-law="${law}"]`).getAttribute('data-value'));
			expect(value / allocate(law, GOPHER_BUDGET).params).toBeCloseTo(1, 6);
		}
		await expect(hook.locator('svg')).toBeVisible();
		// The guess is the reader's own: it is not written into the address.
		expect(new URL(page.url()).search).toBe('');
	});

	test('a typed size out of range gets a message and no NaN', async ({ page }) => {
		await open(page, '/the-question/');
		const hook = await live(page, 'guess-size');
		await hook.getByLabel('or type a size').fill('0');
		await hook.getByRole('button', { name: 'Set' }).click();
		const field = hook.getByLabel('or type a size');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(hook.getByRole('status').filter({ hasText: 'Type a size' })).toContainText(
			'Type a size between 1 B and 3.16 T'
		);
		await field.fill('70 B');
		await hook.getByRole('button', { name: 'Set' }).click();
		await expect(field).not.toHaveAttribute('aria-invalid', 'true');
		await expect(hook.getByText('Type a size between')).toHaveCount(0);
		await expect(hook.getByRole('slider')).toHaveAttribute('aria-valuetext', /^70 B parameters, 1\.37 T tokens/);
		await expect(hook).not.toContainText('NaN');
	});

	test('with JavaScript off shows the question and a link to the answer', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseURL}/the-question/`);
		const hook = page.locator('figure[data-widget="guess-size"]');
		await expect(hook).toContainText('How big a model would you train?');
		await expect(hook.getByRole('link', { name: 'Two models, one budget' })).toHaveAttribute(
			'href',
			'/models/#two-models-one-budget'
		);
		await context.close();
	});
});

test.describe('quick checks', () => {
	test('a wrong answer, a garbled one and a right one, remembered in this browser only', async ({ page, issues }) => {
		void issues;
		await open(page, '/compute/');
		const quiz = page.locator('#quiz-gopher-compute');
		await quiz.scrollIntoViewIfNeeded();
		const check = quiz.locator('[data-island="quiz-check"]');
		await expect(check).toHaveAttribute('data-hydrated', '');
		const answer = quiz.getByLabel('Your answer');
		const feedback = quiz.getByRole('status');
		await answer.fill('1e22');
		await quiz.getByRole('button', { name: 'Check' }).click();
		await expect(feedback).toContainText('Not quite: that is too low');
		await answer.fill('280 B');
		await answer.press('Enter');
		await expect(feedback).toContainText('type a number of FLOP');
		await answer.fill(String(trainingCompute(280e9, 300e9) * 1.03));
		await answer.press('Enter');
		await expect(feedback).toContainText('Right');
		expect(await page.evaluate(() => localStorage.getItem('compute-optimal:quizzes'))).toBe('["gopher-compute"]');

		await open(page, '/');
		const progress = page.locator('[data-island="quiz-progress"]');
		await progress.scrollIntoViewIfNeeded();
		await expect(progress).toContainText(`You have answered 1 of ${quizIds.length} quick checks`);
		// The chapter's quick check and its problems' answer boxes count alike.
		const inChapter = quizIds.filter((id) => quizChapters[id] === 'compute').length;
		await expect(progress.getByRole('listitem').filter({ hasText: 'Compute, parameters, tokens' })).toContainText(
			`1 of ${inChapter}`
		);
		await progress.getByRole('button', { name: 'Forget my answers' }).click();
		await expect(progress).toContainText('Forgotten');
		expect(await page.evaluate(() => localStorage.getItem('compute-optimal:quizzes'))).toBeNull();
	});

	test('a multiple-choice check', async ({ page }) => {
		await open(page, '/the-question/');
		const quiz = page.locator('#quiz-n-with-d');
		await quiz.scrollIntoViewIfNeeded();
		await expect(quiz.locator('[data-island="quiz-check"]')).toHaveAttribute('data-hydrated', '');
		await quiz.getByRole('button', { name: 'Check' }).click();
		await expect(quiz.getByRole('status')).toContainText('Choose an answer first');
		await quiz.getByLabel('N grows as the square root of D').check();
		await quiz.getByRole('button', { name: 'Check' }).click();
		await expect(quiz.getByRole('status')).toContainText('Not that one');
		await quiz.getByLabel('N grows in proportion to D').check();
		await quiz.getByRole('button', { name: 'Check' }).click();
		await expect(quiz.getByRole('status')).toContainText('Right');
	});

	test('answers are in the page but hidden until asked for, and print leaves room instead', async ({ page }) => {
		await open(page, '/compute/');
		const quiz = page.locator('#quiz-gopher-compute');
		const body = quiz.locator('details.answer');
		// In the DOM (for readers without JavaScript, and for search), not in the visible text.
		await expect(body).toContainText('Answers within 5% count');
		await expect(body.getByText('Answers within 5% count')).toBeHidden();
		await quiz.getByText('Show the answer').click();
		await expect(body.getByText('Answers within 5% count')).toBeVisible();

		const solution = page.locator('details.solution').first();
		await expect(solution).toHaveCount(1);
		await expect(solution.locator('.body')).toBeHidden();

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('details.answer').first()).toBeHidden();
		await expect(page.locator('details.solution').first()).toBeHidden();
		await expect(quiz.locator('.print-space')).toBeVisible();
		await expect(quiz.locator('form.quiz-check')).toBeHidden();
	});
});

test.describe('the solutions page', () => {
	test('has every quick check and every chapter’s problems with their answers open, and prints them', async ({
		page
	}) => {
		await open(page, '/solutions/');
		// Every quick check of the chapters (a problem's answer box sits in its problem, not in an aside).
		const asides = readdirSync('content')
			.filter((f) => f.endsWith('.md'))
			.reduce((n, f) => n + (readFileSync(`content/${f}`, 'utf8').match(/<Quiz id="/g)?.length ?? 0), 0);
		expect(asides).toBeGreaterThan(10);
		await expect(page.locator('aside.quiz')).toHaveCount(asides);
		await expect(page.locator('details.answer:not([open])')).toHaveCount(0);
		await expect(page.locator('details.solution:not([open])')).toHaveCount(0);
		// Chapters 2 to 8 have problems.
		for (const slug of ['compute', 'measuring', 'derivation', 'worked-example', 'models', 'caveats', 'code'])
			await expect(page.locator(`section:has(#solutions-${slug}) details.solution`).first()).toBeAttached();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('details.solution').first()).toBeVisible();
		await expect(page.locator('[data-island="quiz-check"]').first()).toBeHidden();
	});
});

test.describe('draw the frontier', () => {
	test('the reader sets a line with the keyboard, reveals the fit and the measured optima, and sees the gap', async ({
		page,
		issues
	}) => {
		void issues;
		await open(page, '/measuring/');
		const figure = await live(page, 'draw-frontier');
		// Hidden until revealed: no frontier, no measured optima.
		await expect(figure.locator('svg path.dashed')).toHaveCount(0);
		const later = figure.getByRole('slider', { name: /At 1\.0 × 10²⁵ FLOP/ });
		await later.focus();
		for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
		await expect(later).toHaveAttribute('aria-valuetext', '100 B');
		await figure.getByRole('button', { name: 'Reveal the fit and the runs' }).click();
		await expect(figure.locator('svg path.dashed')).toHaveCount(1);
		await expect(figure.locator('.gap')).toContainText('Your line grows as compute to the power 0.17');
		const { a } = exponentsOf('besiroglu2024');
		await expect(figure.locator('.gap')).toContainText(`as compute to the power ${a.toFixed(2)}`);
		await expect(figure.locator('.gap')).toContainText(
			/At 1\.0 × 10²⁵ FLOP you said 100 B, the fit says [\d.]+ B: [\d.]+× too low/
		);
		await expect(figure).not.toContainText('NaN');
	});
});

test.describe('for courses', () => {
	test('the instructors’ page lists every chapter’s exercises and links to the solutions', async ({ page }) => {
		await open(page, '/');
		await page.getByRole('link', { name: 'For instructors', exact: true }).click();
		await expect(page).toHaveURL(/\/instructors\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('For instructors');
		const index = page.locator('table.exercise-index');
		// A row for each chapter that asks quick checks or sets problems.
		await expect(index.locator('tbody tr')).toHaveCount(new Set(Object.values(quizChapters)).size);
		await expect(index.locator('tbody tr').filter({ hasText: 'The code' }).locator('li')).toHaveCount(2);
		await expect(page.getByRole('link', { name: 'the solutions page' })).toHaveAttribute('href', '/solutions/');
		await expect(page.locator('.updates li').first()).toContainText('2026-');
	});

	test('every chapter ends with a citation and the licences', async ({ page }) => {
		await open(page, '/derivation/');
		const cite = page.locator('details.cite-this');
		await cite.locator('summary').click();
		await expect(cite.locator('pre')).toContainText('@misc{compute-optimal-explained-');
		await expect(cite.locator('pre')).toContainText('title = {The derivation. In: Compute-optimal, explained');
		await expect(cite.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
			'href',
			'https://creativecommons.org/licenses/by/4.0/'
		);
		await expect(cite.getByRole('link', { name: 'MIT' })).toBeVisible();
	});
});
