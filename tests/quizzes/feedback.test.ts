// What the quick check says back (src/lib/widgets/quiz-check/model.ts), in the English edition the tests build: the reply
// to a known mistake rather than "too high/low", a reason for a refused number, the choices' own replies.
import { describe, expect, it } from 'vitest';
import quizUi from '$messages/quiz';
import { choiceFeedback, choicesOf, numberFeedback, replyTo } from '$lib/widgets/quiz-check/model';

describe('a number check’s feedback', () => {
	it.each([
		['gopher-compute', '8.4e22', 'no-six'],
		['exponent-a', '0.46', 'unrounded'],
		['exponent-a', '0.73', 'kaplan'],
		['source-model', '1 B', 'source'],
		['tenfold-approach1', '10', 'proportional']
	] as const)('%s: %j is answered with the reply to its mistake, crossed', (id, text, key) => {
		const feedback = numberFeedback(id, text);
		expect(feedback.kind).toBe('wrong');
		expect(feedback.text).toContain(replyTo(id, key)!);
		expect(feedback.text).toMatch(/^Not quite\./);
		expect(feedback.text).not.toMatch(/too (high|low)/);
	});

	it('answers the paper’s own Gopher count as not wrong, neither ticked nor crossed', () => {
		const feedback = numberFeedback('gopher-compute', '5.76e23');
		expect(feedback.kind).toBe('other');
		expect(feedback.text).toMatch(/^Not wrong, but not what this check asks\./);
		expect(feedback.text).toContain('Rae et al.');
		expect(feedback.text).toContain('App. F');
	});

	it('gives "too high/low" only to a value near no known mistake', () => {
		expect(numberFeedback('gopher-compute', '1e22')).toEqual({ kind: 'wrong', text: quizUi.wrong(false) });
		expect(numberFeedback('gopher-compute', '1e25')).toEqual({ kind: 'wrong', text: quizUi.wrong(true) });
	});

	it('still says right to the right answer, typed any accepted way', () => {
		for (const text of ['5.04e23', '5,04e23', '5.04 × 10²³ FLOP', '５．０４ｅ２３']) {
			expect(numberFeedback('gopher-compute', text).kind, text).toBe('right');
		}
		for (const text of ['√10', 'sqrt(10)', '10^0.5', '3.16']) {
			expect(numberFeedback('tenfold-approach1', text).kind, text).toBe('right');
		}
		expect(numberFeedback('exponent-a', '28/62').kind).toBe('right');
		expect(numberFeedback('source-model', '5 billion').kind).toBe('right');
		expect(numberFeedback('source-model', '5 000 000 000').kind).toBe('right');
	});

	it('says why an ambiguous number is refused and how to write it', () => {
		const feedback = numberFeedback('llama-ratio', '1,875');
		expect(feedback.kind).toBe('problem');
		expect(feedback.text).toMatch(/“1,875”.*1875.*1\.875/);
	});

	it('says what it accepts when the text is no number in its units', () => {
		expect(numberFeedback('gopher-compute', '280 B')).toEqual({
			kind: 'problem',
			text: quizUi.unreadable(quizUi.examples.compute)
		});
		expect(numberFeedback('gopher-compute', ' ')).toEqual({ kind: 'problem', text: quizUi.empty });
	});

	it('refuses to treat a choice question as a number check', () => {
		expect(() => numberFeedback('n-with-d', '1')).toThrow(/multiple choice/);
	});
});

describe('a multiple-choice check’s feedback', () => {
	it('takes its choices from the edition’s strings, in the order the registry counts', () => {
		expect(choicesOf('n-with-d').map((c) => c.text)).toEqual([
			'N grows as the square root of D',
			'N grows in proportion to D',
			'N grows as the square of D'
		]);
		expect(choicesOf('gopher-compute')).toEqual([]);
	});

	it.each([
		['n-with-d', 0],
		['n-with-d', 2],
		['which-approach', 0],
		['which-approach', 1],
		['direct-test', 0],
		['direct-test', 2]
	] as const)('%s: wrong choice %d gets its own reply', (id, chosen) => {
		const feedback = choiceFeedback(id, chosen);
		expect(feedback.kind).toBe('wrong');
		expect(feedback.text).toMatch(/^Not that one\./);
		expect(feedback.text).toContain(choicesOf(id)[chosen].reply!);
	});

	it('names the source’s slip when N ∝ √D is chosen', () => {
		expect(choiceFeedback('n-with-d', 0).text).toContain('the blog post this essay corrects');
	});

	it('says right to the right choice and asks for one when none is chosen', () => {
		expect(choiceFeedback('n-with-d', 1)).toEqual({ kind: 'right', text: quizUi.choiceRight });
		expect(choiceFeedback('which-approach', 2).kind).toBe('right');
		expect(choiceFeedback('direct-test', 1).kind).toBe('right');
		expect(choiceFeedback('n-with-d', undefined)).toEqual({ kind: 'problem', text: quizUi.chooseFirst });
	});
});
