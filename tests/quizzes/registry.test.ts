import { describe, expect, it } from 'vitest';
import { checkAnswer, near } from '$lib/quizzes/check';
import { quizIds } from '$lib/quizzes/ids';
import { quizzes, type QuizSpec } from '$lib/quizzes/registry';
import { enTable as en, zhTable as zh } from '$lib/i18n/tables';
import { formatValue } from '$lib/widgets/quiz-check/model';

type NumberSpec = Extract<QuizSpec, { kind: 'number' }>;
const specs = Object.entries(quizzes as Record<string, QuizSpec>);
const numberQuizzes = specs.filter((e): e is [string, NumberSpec] => e[1].kind === 'number');
const choiceQuizzes = specs.filter((e): e is [string, Extract<QuizSpec, { kind: 'choice' }>] => e[1].kind === 'choice');
/** The answer written plainly, to three significant figures, as a reader would type it. */
const typed = (x: number) => String(Number(x.toPrecision(3)));

describe('every quiz’s answer comes from the core', () => {
	it('covers every quiz id, and all twenty-eight', () => {
		expect(Object.keys(quizzes).sort()).toEqual([...quizIds].sort());
		expect(quizIds).toHaveLength(28);
	});

	it.each(numberQuizzes)('%s has a finite answer and a tolerance, and accepts its own answer', (_, spec) => {
		expect(Number.isFinite(spec.answer)).toBe(true);
		expect(spec.answer).toBeGreaterThan(0);
		expect(spec.tolerance).toBeGreaterThan(0);
		expect(spec.tolerance).toBeLessThan(0.25);
		const { unit, answer, tolerance, misconceptions } = spec;
		// The answer as the feedback prints it, and as a reader types it, is accepted: the tolerance is wider than the
		// rounding, and no known mistake takes it.
		if (!/,/.test(formatValue(answer, unit))) {
			expect(checkAnswer(formatValue(answer, unit), unit, answer, tolerance, misconceptions).status).toBe('right');
		}
		const plain = unit === 'percent' ? `${typed(answer * 100)}%` : typed(answer);
		expect(checkAnswer(plain, unit, answer, tolerance, misconceptions).status).toBe('right');
		// Twice the answer never is.
		expect(checkAnswer(typed(answer * 2), unit, answer, tolerance, misconceptions).status).not.toBe('right');
	});

	it.each(choiceQuizzes)('%s names a right choice among its choices', (_, spec) => {
		expect(spec.correct).toBeGreaterThanOrEqual(0);
		expect(spec.correct).toBeLessThan(spec.choices);
	});

	it('pins the numbers the chapters state', () => {
		expect(quizzes['gopher-compute'].answer).toBeCloseTo(5.04e23, -20);
		expect(quizzes['source-model'].answer / 5e9).toBeCloseTo(1, 9);
		expect(quizzes['four-epochs'].answer / 372.7e9).toBeCloseTo(1, 3);
		expect(quizzes['half-size-overhead'].answer).toBeCloseTo(0.208, 3);
		expect(quizzes['source-compute'].answer).toBeCloseTo(3e21, -18);
		expect(quizzes['exponent-a'].answer).toBeCloseTo(0.28 / (0.34 + 0.28), 9);
		expect(quizzes['llama-ratio'].answer).toBeCloseTo(1875, 6);
		// Chapter 10: one epoch of 300 B tokens on 512 H100s × 30 days at 40% MFU, N = C/(6 · 3e11).
		expect(quizzes['one-epoch-plan'].answer / (5.250023424e23 / (6 * 3e11))).toBeCloseTo(1, 9);
	});
});

describe('known mistakes: each computed, each with its reply in both editions', () => {
	it.each(numberQuizzes)('%s has at least one, each with a reply in English and Chinese', (id, spec) => {
		expect(spec.misconceptions.length).toBeGreaterThan(0);
		for (const { id: key, value, tolerance } of spec.misconceptions) {
			expect(Number.isFinite(value), `${id}/${key}`).toBe(true);
			expect(tolerance).toBeGreaterThan(0);
			expect(tolerance).toBeLessThan(0.25);
			for (const edition of [en, zh]) {
				const replies = edition.quiz.replies as Record<string, Record<string, string>>;
				expect(replies[id]?.[key], `${edition.locale} reply to ${id}/${key}`).toMatch(/\S{2}/);
			}
		}
	});

	it.each(numberQuizzes)('%s: every mistake’s value gets its own reply, not the generic one', (id, spec) => {
		const { unit, answer, tolerance, misconceptions } = spec;
		for (const m of misconceptions) {
			// As computed, and as a reader would type it (three figures; a percentage with its sign, since a bare
			// number above one is read as per cent).
			const texts =
				unit === 'percent'
					? [`${typed(m.value * 100)}%`, ...(m.value <= 1 ? [String(m.value)] : [])]
					: [String(m.value), typed(m.value)];
			for (const text of texts) {
				const verdict = checkAnswer(text, unit, answer, tolerance, misconceptions);
				expect(verdict.status, `${id}: ${text}`).toBe('misconception');
				if (verdict.status === 'misconception') expect(verdict.misconception.id, `${id}: ${text}`).toBe(m.id);
			}
			// And no mistake's value is an answer the check would accept.
			expect(near(m.value, answer, tolerance, unit), `${id}/${m.id} is accepted as right`).toBe(false);
		}
	});

	it('has no reply without a mistake to give it, in either edition', () => {
		for (const edition of [en, zh]) {
			for (const [id, replies] of Object.entries(edition.quiz.replies)) {
				const spec = quizzes[id as keyof typeof quizzes];
				expect(spec?.kind, `${edition.locale}: ${id}`).toBe('number');
				const keys = new Set(spec.kind === 'number' ? spec.misconceptions.map((m) => m.id) : []);
				expect(Object.keys(replies).filter((k) => !keys.has(k))).toEqual([]);
			}
		}
	});

	it.each(choiceQuizzes)(
		'%s: the same number of choices in both editions, a reply to every wrong one and none to the right one',
		(id, spec) => {
			for (const edition of [en, zh]) {
				const choices = (edition.quiz.choices as Record<string, { text: string; reply?: string }[]>)[id];
				expect(choices, `${edition.locale}: ${id}`).toHaveLength(spec.choices);
				choices.forEach((choice, i) => {
					expect(choice.text).toMatch(/\S/);
					if (i === spec.correct) expect(choice.reply).toBeUndefined();
					else expect(choice.reply, `${edition.locale}: ${id} choice ${i}`).toMatch(/\S{2}/);
				});
			}
		}
	);

	it('has no choices for a quiz that is not multiple choice', () => {
		for (const edition of [en, zh]) {
			for (const id of Object.keys(edition.quiz.choices)) {
				expect(quizzes[id as keyof typeof quizzes]?.kind, id).toBe('choice');
			}
		}
	});
});

describe('the mistakes the issue names', () => {
	const verdict = (id: keyof typeof quizzes, text: string) => {
		const spec = quizzes[id] as NumberSpec;
		return checkAnswer(text, spec.unit, spec.answer, spec.tolerance, spec.misconceptions);
	};

	it.each([
		// The paper's Gopher budget (Rae et al.) and App. F's fuller count: fair, not wrong.
		['gopher-compute', '5.76e23', 'published'],
		['gopher-compute', '6.3e23', 'published'],
		['gopher-compute', '8.4e22', 'no-six'],
		['gopher-compute', '1.68e23', 'forward-only'],
		['gopher-compute', '504000', 'powers-of-ten'],
		// Table 2's printed 0.46 against β/(α+β) of the printed constants.
		['exponent-a', '0.46', 'unrounded'],
		['exponent-a', '0.548', 'b'],
		['exponent-a', '0.73', 'kaplan'],
		['exponent-a', '0.5', 'half'],
		// The source's own answer at its budget.
		['source-model', '1 B', 'source'],
		['source-model', '1e9', 'source'],
		['source-model', '10 亿', 'source'],
		['source-model', '50 B', 'tenfold-tokens'],
		['source-model', '100 B', 'tokens'],
		['tenfold-approach1', '10', 'proportional'],
		['tenfold-approach1', '5', 'times-exponent'],
		['tenfold-approach1', '10^0.73', 'kaplan'],
		['tenfold-epoch', '5.37', 'kaplan'],
		['half-size-overhead', '0.21%', 'percent-sign'],
		['half-size-overhead', '121%', 'total'],
		['half-size-overhead', '142%', 'token-factor'],
		['half-size-overhead', '26%', 'epoch'],
		['llama-ratio', '20', 'chinchilla'],
		['llama-ratio', '15/8', 'units'],
		['four-epochs', '400 B', 'all-fresh'],
		['four-epochs', '4000 亿', 'all-fresh'],
		['source-compute', '5e20', 'no-six'],
		['source-compute', '1e21', 'forward-or-zetta'],
		['source-compute', '8.64e25', 'zetta-day']
	] as [keyof typeof quizzes, string, string][])('%s: %j → %s', (id, text, key) => {
		expect(verdict(id, text)).toMatchObject({ status: 'misconception', misconception: { id: key } });
	});

	it('gives the question’s own example “25%” the generic reply, not Epoch’s 26%', () => {
		expect(verdict('half-size-overhead', '25%')).toMatchObject({ status: 'wrong', high: true });
	});

	it('marks only published numbers as fair: Gopher’s budget, and the size App. D.4 trained for Kaplan’s rule', () => {
		const fair = numberQuizzes.flatMap(([id, spec]) =>
			spec.misconceptions.filter((m) => m.fair).map((m) => `${id}/${m.id}`)
		);
		expect(fair).toEqual(['gopher-compute/published', 'kaplan-direct-size/trained']);
	});

	it('still takes the right answer where a mistake lies close (0.452 against 0.46)', () => {
		expect(verdict('exponent-a', '0.452').status).toBe('right');
		expect(verdict('exponent-a', '0.45').status).toBe('right');
		expect(verdict('exponent-a', '28/62').status).toBe('right');
		expect(verdict('tenfold-approach1', '√10').status).toBe('right');
		expect(verdict('tenfold-epoch', 'sqrt(10)').status).toBe('right');
		expect(verdict('gopher-compute', '5,04e23').status).toBe('right');
	});
});
