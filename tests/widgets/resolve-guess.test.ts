// The question the resolve figure asks first: which correction lowers a the most? Its answer comes from the authors'
// fits along RefinedWeb's path, and every choice has a reply in both editions that names its rank and the largest step.
import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { zh } from '$lib/i18n/zh';
import { resolve as enResolve } from '$lib/i18n/en/resolve';
import { resolve as zhResolve } from '$lib/i18n/zh/resolve';
import { createNumberFormat } from '$lib/format/numbers';
import { PORIAN_PATHS } from '$lib/data/porian-configs';
import { answerGuess, pathSteps } from '$lib/widgets/resolve/guess';
import { resolveView } from '$lib/widgets/resolve/model';
import { CORRECTIONS } from '$lib/widgets/resolve/switches';

const rw = pathSteps('rw');

describe('the steps of a path, ranked', () => {
	it('takes each step’s a before and after from the authors’ fits and from ours', () => {
		expect(rw.map((s) => s.correction)).toEqual([...CORRECTIONS]);
		PORIAN_PATHS.rw.slice(1).forEach(({ key }, i) => {
			const before = resolveView(PORIAN_PATHS.rw[i].key);
			const after = resolveView(key);
			expect(rw[i].from).toBe(before.authorsExponent);
			expect(rw[i].to).toBe(after.authorsExponent);
			expect(rw[i].oursFrom).toBeCloseTo(before.exponent!, 12);
			expect(rw[i].oursTo).toBeCloseTo(after.exponent!, 12);
		});
	});

	it('ranks RefinedWeb’s steps head, warm-up, tuning, decay, as the authors’ exponents fall', () => {
		expect(rw.map((s) => [s.correction, s.rank])).toEqual([
			['head', 0],
			['warmup', 1],
			['decay', 3],
			['tuned', 2]
		]);
		expect(rw[0].from - rw[0].to).toBeCloseTo(0.8338 - 0.7009, 9);
	});

	it.each(['rw', 'owt2', 'attention'] as const)('ranks every step of the %s path once', (path) => {
		expect(
			pathSteps(path)
				.map((s) => s.rank)
				.sort()
		).toEqual([0, 1, 2, 3]);
	});
});

describe('the answer to a guess', () => {
	it('is right for counting the head: 0.83 → 0.70 on RefinedWeb', () => {
		const answer = answerGuess('head');
		expect(answer.right).toBe(true);
		expect(answer.largest.correction).toBe('head');
		expect(answer.chosen.from.toFixed(2)).toBe('0.83');
		expect(answer.chosen.to.toFixed(2)).toBe('0.70');
	});

	it.each(['warmup', 'decay', 'tuned'] as const)('is wrong for %s, naming its rank and the largest step', (choice) => {
		const answer = answerGuess(choice);
		expect(answer.right).toBe(false);
		expect(answer.chosen.correction).toBe(choice);
		expect(answer.largest.correction).toBe('head');
	});

	it('tells tuning alone from Kaplan’s setup (0.834 → 0.708 in the authors’ fits) to that choice only', () => {
		const { alone } = answerGuess('tuned');
		expect(alone!.from).toBe(0.8338);
		expect(alone!.to).toBe(0.7081);
		expect(alone!.oursTo).toBeCloseTo(resolveView('rw,tuned,long,const,kaplan,train').exponent!, 12);
		expect(answerGuess('decay').alone).toBeUndefined();
	});
});

describe.each([
	['English', en, enResolve],
	['Chinese', zh, zhResolve]
] as const)('the replies in %s', (_, strings, resolve) => {
	const fmt = createNumberFormat(strings.locale, strings.countUnits);
	const a = (x: number) => fmt.formatFixed(x, 2);
	const words = resolve.corrections;

	it('names every correction, with a phrase for inside a sentence and a line of its own for each wrong choice', () => {
		for (const c of CORRECTIONS) {
			expect(words[c].label.length).toBeGreaterThan(0);
			expect(words[c].phrase.length).toBeGreaterThan(0);
		}
		expect(resolve.guess.ranks).toHaveLength(CORRECTIONS.length);
		for (const c of ['head', 'warmup', 'decay'] as const) expect(resolve.guess[c].length).toBeGreaterThan(10);
	});

	it.each([...CORRECTIONS])('replies to %s with its own numbers and, if wrong, the largest step’s', (choice) => {
		const { right, chosen, largest, alone } = answerGuess(choice);
		const reply = right
			? resolve.guess.right(words[choice].phrase, a(chosen.from), a(chosen.to), a(chosen.oursFrom), a(chosen.oursTo))
			: resolve.guess.wrong(
					words[choice].phrase,
					resolve.guess.ranks[chosen.rank],
					a(chosen.from),
					a(chosen.to),
					words[largest.correction].phrase,
					a(largest.from),
					a(largest.to)
				);
		expect(reply).toContain(words[choice].phrase);
		expect(reply).toContain(a(chosen.from));
		expect(reply).toContain(a(chosen.to));
		if (!right) {
			expect(reply).toContain(resolve.guess.ranks[chosen.rank]);
			expect(reply).toContain(`${a(largest.from)}`);
		}
		if (alone) expect(resolve.guess.tuned(a(alone.from), a(alone.to))).toContain(a(alone.to));
	});
});
