// The quick check as the server renders it (what a reader without JavaScript sees, and what the browser hydrates).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import quizUi from '$messages/quiz';
import Widget from '$lib/widgets/quiz-check/Widget.svelte';

describe('the quick check’s server render', () => {
	it.each(['n-with-d', 'which-approach', 'direct-test'] as const)(
		'%s shows its choices from the edition’s strings, one radio button each',
		(quiz) => {
			const { body } = render(Widget, { props: { quiz } });
			const choices = quizUi.choices[quiz];
			expect(body.match(/type="radio"/g)).toHaveLength(choices.length);
			for (const { text } of choices) expect(body).toContain(text);
		}
	);

	it('shows a text box, not choices, for a number check', () => {
		const { body } = render(Widget, { props: { quiz: 'gopher-compute' } });
		expect(body).toContain('type="text"');
		expect(body).not.toContain('type="radio"');
	});
});
