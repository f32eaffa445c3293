// Chapter 4's compact law editor on the iso-loss map (the `exponents` prop): α and β as sliders beside the split
// a = β/(α+β) they imply, starting from the figure's fit, with the map drawn for the same law.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { customLawId, exponentsOf, frontierOf, parametricLaw } from '$lib/scaling';
import IsoLossMap from '$lib/widgets/IsoLossMap.svelte';

const renderMap = (props: Record<string, unknown>) => render(IsoLossMap, { props }).body;
const value = (html: string, attribute: string) => Number(new RegExp(`${attribute}="([^"]+)"`).exec(html)?.[1]);

describe('the iso-loss map with its exponents', () => {
	it('shows α and β as sliders, with the split they imply, only when asked', () => {
		const html = renderMap({ figure: 'exponents', exponents: true, pin: { lawId: 'besiroglu2024' } });
		const epoch = parametricLaw('besiroglu2024');
		expect(html).toContain('data-exponents');
		expect(html.match(/type="range" min="0" max="1000"/g)).toHaveLength(2);
		expect(value(html, 'data-constant="alpha" data-value')).toBe(epoch.alpha);
		expect(value(html, 'data-constant="beta" data-value')).toBe(epoch.beta);
		expect(value(html, 'data-split')).toBeCloseTo(exponentsOf('besiroglu2024').a, 12);
		expect(html).toMatch(/Compute splits as a = β\/\(α\+β\) = 0\.51\d to the model/);
		expect(renderMap({ figure: 'plain' })).not.toContain('data-exponents');
	});

	it('with α much smaller than β, puts almost all of the budget into the model, on the map as in the readout', () => {
		const lopsided = { ...parametricLaw('besiroglu2024'), alpha: 0.1, beta: 0.9 };
		const lawId = customLawId(lopsided);
		const html = renderMap({ figure: 'lopsided', exponents: true, pin: { lawId } });
		expect(frontierOf(lopsided).a).toBeCloseTo(0.9, 12);
		expect(value(html, 'data-split')).toBeCloseTo(0.9, 12);
		// The map's own sentence about ten times the compute follows the same law.
		expect(html).toMatch(/\(a = 0\.900, b = 0\.100\)/);
	});

	it('offers the way back to the figure’s own fit only once the reader has left it', () => {
		const start = renderMap({ figure: 'exponents', exponents: true, pin: { lawId: 'besiroglu2024' } });
		expect(start).toMatch(/<button type="button" disabled[^>]*>Back to Epoch refit<\/button>/);
	});
});
