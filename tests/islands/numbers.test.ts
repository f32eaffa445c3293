// The numbers a figure shows, read off its server render in a scenario and compared with the core: what the browser
// would hydrate and show. Cheap here; the browser tests only check what needs a browser (input, layout, URL).
import { parseHTML } from 'linkedom';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { allocate, lawIds, loss, type LawId } from '$lib/scaling';
import AllocationCalculator from '$lib/widgets/AllocationCalculator.svelte';

/** A figure rendered on the server, pinned to a scenario, as a document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every wrapper takes a figure name and a pin
function rendered(component: Component<any>, pin: Record<string, unknown>): Document {
	const { body } = render(component, { props: { figure: 'under-test', pin } });
	return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
}

const near = (actual: number, expected: number) => Math.abs(actual / expected - 1) < 1e-9;

describe('the allocation calculator', () => {
	it.each([
		[1e21, 'besiroglu2024'],
		[1e26, 'besiroglu2024'],
		[3.2e25, 'hoffmann2022'],
		[1e18, 'hoffmann2022-unrounded']
	] as [number, LawId][])(
		'at C = %s under %s shows every rule’s split and its loss as the core computes them',
		(C, law) => {
			const document = rendered(AllocationCalculator, { computeBudget: C, lawId: law });
			const cell = (lawId: string, quantity: string) =>
				Number(
					document
						.querySelector(`table.main [data-law="${lawId}"][data-quantity="${quantity}"]`)
						?.getAttribute('data-value')
				);
			for (const lawId of lawIds) {
				const split = allocate(lawId, C);
				expect(near(cell(lawId, 'params'), split.params), `${lawId} params`).toBe(true);
				expect(near(cell(lawId, 'tokens'), split.tokens), `${lawId} tokens`).toBe(true);
				expect(near(cell(lawId, 'tokensPerParam'), split.tokens / split.params), `${lawId} D/N`).toBe(true);
				expect(near(cell(lawId, 'loss'), loss(law, split.params, split.tokens)), `${lawId} loss`).toBe(true);
			}
		}
	);
});
