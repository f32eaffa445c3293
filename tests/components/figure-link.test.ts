// A problem's link to its figure: the chapter's page, the problem's state in the query as the figure's own copied link
// would write it, and the figure's anchor.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import FigureLink from '$lib/components/FigureLink.svelte';
import { readQuery } from '$lib/state/url';

const hrefOf = (props: Record<string, unknown>) => {
	const body = render(FigureLink, { props: props as never }).body;
	return /href="([^"]*)"/.exec(body)![1].replace(/&amp;/g, '&');
};

describe('a link to a figure in a problem’s state', () => {
	it('writes the reader’s scenario unprefixed, only what differs from the defaults', () => {
		const href = hrefOf({
			page: 'compute',
			target: 'budget',
			state: { acceleratorId: 'h100', acceleratorCount: 512, trainingDays: 30 }
		});
		const url = new URL(href, 'https://example.org');
		expect(url.pathname).toMatch(/\/compute\/$/);
		expect(url.hash).toBe('#fig-budget');
		expect(readQuery(url.searchParams).values).toEqual({ acceleratorId: 'h100', acceleratorCount: 512 });
	});

	it('prefixes a pinned figure’s scenario and leaves out what its pin already says', () => {
		const href = hrefOf({
			page: 'caveats',
			target: 'iso-loss-printed',
			scenario: 'iso-loss-printed',
			pin: { lawId: 'hoffmann2022' },
			state: { lawId: 'hoffmann2022', model: { params: 7e9, tokens: 2e12 } }
		});
		const url = new URL(href, 'https://example.org');
		expect(url.search).toBe('?iso-loss-printed.N=7e9&iso-loss-printed.D=2e12');
		expect(readQuery(url.searchParams, 'iso-loss-printed').values).toEqual({ model: { params: 7e9, tokens: 2e12 } });
	});

	it('links to the figure alone when the state is the default', () => {
		expect(hrefOf({ page: 'derivation', target: 'iso-loss', state: {} })).toMatch(/\/derivation\/#fig-iso-loss$/);
	});

	it('fails the chapter that asks for a value the parameter table refuses', () => {
		expect(() => hrefOf({ page: 'compute', target: 'budget', state: { acceleratorCount: 0 } })).toThrow(
			/refuses acceleratorCount/
		);
	});
});
