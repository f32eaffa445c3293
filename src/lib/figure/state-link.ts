// Where a figure's state goes when the reader takes it elsewhere: a link to the figure in its chapter (Copy link, and
// the printed page's "live version" line) and the <iframe> of its embed page. Both built from the figure's scenario,
// which is always current (the address may lag behind a drag), through the one query builder in $lib/state/url.
import { READER, type ScenarioState } from '$lib/state/scenario.svelte';
import { withScenario, writeQuery } from '$lib/state/url';
import { embedSnippet, embedUrl } from './embed';

const prefixOf = (scenario: ScenarioState) => (scenario.name === READER ? '' : scenario.name);

/** This page's address with the scenario's state (every other query key kept) and the figure's anchor. */
export function stateUrl(scenario: ScenarioState, figure: string, page: URL): string {
	const query = withScenario(page.searchParams, scenario.values, prefixOf(scenario), scenario.base).toString();
	return `${page.origin}${page.pathname}${query ? `?${query}` : ''}#fig-${figure}`;
}

/** The title an <iframe> of the figure gets: its number and the first sentence of its caption, kept short. */
export function embedTitle(caption: string, title: (sentence: string) => string): string {
	const text = caption.replace(/\s+/g, ' ').trim();
	const sentence = text.match(/^.*?(?:[.!?](?=\s|$)|[。！？])/)?.[0] ?? text;
	return title(sentence.length > 120 ? `${sentence.slice(0, 119)}…` : sentence);
}

/** The address of the figure's embed page in the scenario's state (its own keys only). */
export function embedAddress(scenario: ScenarioState, figure: string, root: string): string {
	return embedUrl(root, figure, writeQuery(scenario.values, prefixOf(scenario), scenario.base).toString());
}

/** An <iframe> of the figure's embed page in the scenario's state, as tall as `heights` say (see embedSnippet). */
export function embedCode(
	scenario: ScenarioState,
	figure: string,
	{ root, title, heights }: { root: string; title: string; heights: { narrow: number; wide: number } }
): string {
	return embedSnippet({ src: embedAddress(scenario, figure, root), title, heights });
}
