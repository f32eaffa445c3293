import { readdirSync, readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { islands, isIslandName } from '$lib/islands/registry';
import IsoLossMap from '$lib/widgets/IsoLossMap.svelte';
import Live from '$lib/widgets/Live.svelte';

const wrappers = readdirSync('src/lib/widgets').filter((f) => f.endsWith('.svelte'));

describe('the islands registry', () => {
	it.each(wrappers.filter((f) => f !== 'Live.svelte'))('%s names an island the browser can load', (file) => {
		const name = /<Island\s+name="([\w-]+)"/.exec(readFileSync(`src/lib/widgets/${file}`, 'utf8'))?.[1];
		expect(isIslandName(name)).toBe(true);
	});

	it('refuses names that are not its own', () => {
		for (const name of ['__proto__', 'constructor', 'toString', '', undefined]) expect(isIslandName(name)).toBe(false);
		expect(Object.keys(islands)).toContain('live');
	});
});

describe('an island on the server', () => {
	it('renders its widget inside a marker with its props and scenario, for the browser to hydrate', () => {
		const { body } = render(IsoLossMap, { props: { figure: 'iso-loss', number: '4.1' } });
		const marker = /<div class="island" data-island="iso-loss-map" data-props="([^"]*)" data-scenario="reader">/.exec(
			body
		);
		expect(marker).not.toBeNull();
		expect(JSON.parse(marker![1].replace(/&quot;/g, '"'))).toEqual({ figure: 'iso-loss', number: '4.1' });
		// The widget itself, prerendered, with Svelte's hydration markers.
		expect(body).toMatch(/<figure id="fig-iso-loss" data-widget="iso-loss-map"/);
		expect(body).toContain('<!--[-->');
	});

	it('gives a pinned figure a scenario of its own, starting from the pinned values', () => {
		const { body } = render(IsoLossMap, { props: { figure: 'printed', pin: { lawId: 'besiroglu2024', mfu: 9 } } });
		expect(body).toContain('data-scenario="printed"');
		// Invalid pinned values are dropped, valid ones travel.
		expect(body).toContain('data-pin="{&quot;lawId&quot;:&quot;besiroglu2024&quot;}"');
		expect(body).toMatch(/<option value="besiroglu2024" selected/);
	});

	it('refuses to pin values on the reader’s own scenario', () => {
		expect(() => render(IsoLossMap, { props: { scenario: 'reader', pin: { computeBudget: 1e21 } } }).body).toThrow(
			/scenario name of its own/
		);
	});

	it('ships a fully pinned live number as plain text, and one that follows the reader as an island', () => {
		const pinned = render(Live, { props: { quantity: 'params', law: 'kaplan2020', budget: 1e21 } }).body;
		expect(pinned).not.toContain('data-island');
		expect(pinned).toMatch(
			/<strong class="live q-params[^"]*" data-live="params" data-value="46\d{8}(\.\d+)?">4\.68 B<\/strong>/
		);
		const following = render(Live, { props: { quantity: 'params' } }).body;
		expect(following).toMatch(/<span class="island" data-island="live"/);
	});
});
