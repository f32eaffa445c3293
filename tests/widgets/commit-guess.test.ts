// Chapter 6's trade-off figures ask for a committed guess before they show their answer (as chapter 1's question
// does): rendered on the server, their chart is either absent or inside a closed "show the figure" toggle for readers
// without JavaScript, never in plain view; without `guess` (the explore page) the chart shows at once.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LifetimeCost from '$lib/widgets/LifetimeCost.svelte';
import Overtraining from '$lib/widgets/Overtraining.svelte';
import RepeatedData from '$lib/widgets/RepeatedData.svelte';

const figures = [
	['over-training', Overtraining, 'overtraining'],
	['lifetime', LifetimeCost, 'lifetime'],
	['repeated-data', RepeatedData, 'repeated']
] as const;

/** The markup outside any closed <details>: what a reader sees before opening anything. */
const inPlainView = (html: string) => html.replace(/<details[\s\S]*?<\/details>/g, '');

describe.each(figures)('the %s figure with a guess first', (_, Wrapper, figure) => {
	const guessed = render(Wrapper, { props: { figure, guess: true } }).body;
	const open = render(Wrapper, { props: { figure } }).body;

	it('asks the question with a slider and a commit button, and keeps its chart and readout out of plain view', () => {
		expect(guessed).toContain('data-guess="open"');
		expect(guessed).toMatch(/<button[^>]*class="commit[^"]*"[^>]*>Commit my guess<\/button>/);
		expect(inPlainView(guessed)).not.toContain('<svg');
		expect(inPlainView(guessed)).not.toContain('data-readout');
		expect(inPlainView(guessed)).not.toContain('data-guess-verdict');
	});

	it('offers the chart to readers without JavaScript behind a closed toggle', () => {
		const details = /<details class="nojs[^"]*">([\s\S]*?)<\/details>/.exec(guessed);
		expect(details).not.toBeNull();
		expect(details![0]).not.toMatch(/<details[^>]*\sopen/);
		expect(details![1]).toContain('<svg');
	});

	it('shows the chart at once without `guess`', () => {
		expect(open).not.toContain('data-guess=');
		expect(inPlainView(open)).toContain('<svg');
		expect(inPlainView(open)).toContain('data-readout');
	});
});
