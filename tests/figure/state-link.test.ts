import { describe, expect, it } from 'vitest';
import { embedCode, embedTitle, stateUrl } from '$lib/figure/state-link';
import { READER, Scenario } from '$lib/state/scenario.svelte';

describe('a figure’s state, taken elsewhere', () => {
	it('a copied link carries the scenario and keeps every query key it does not own', () => {
		const reader = new Scenario(READER);
		reader.set('computeBudget', 1e22);
		const page = new URL('https://uni.example/course/derivation/?C=5e20&utm_source=lms&d4.C=1e21#top');
		const url = new URL(stateUrl(reader, 'iso-loss', page));
		expect(Number(url.searchParams.get('C'))).toBe(1e22);
		expect(url.searchParams.get('utm_source')).toBe('lms');
		expect(url.searchParams.get('d4.C')).toBe('1e21');
		expect(url.hash).toBe('#fig-iso-loss');
		expect(url.pathname).toBe('/course/derivation/');
	});

	it('a named scenario writes only its own keys, under its name', () => {
		const named = new Scenario('d4', { computeBudget: 1e21 });
		named.set('computeBudget', 3e21);
		const url = new URL(stateUrl(named, 'd4-profiles', new URL('https://x.org/caveats/?C=1e23')));
		expect(Number(url.searchParams.get('d4.C'))).toBe(3e21);
		expect(url.searchParams.get('C')).toBe('1e23');
	});

	it('a link to a figure in its default state has no query at all', () => {
		expect(stateUrl(new Scenario(READER), 'budget', new URL('https://x.org/compute/'))).toBe(
			'https://x.org/compute/#fig-budget'
		);
	});

	it('an embed carries the scenario’s own state only, not the host page’s other keys', () => {
		const reader = new Scenario(READER);
		reader.set('lawId', 'hoffmann2022');
		const code = embedCode(reader, 'iso-loss', {
			root: 'https://x.org/',
			title: 'Figure 4.1',
			heights: { narrow: 900, wide: 700 }
		});
		expect(code).toContain('src="https://x.org/embed/iso-loss/?law=hoffmann2022"');
		expect(code).toContain('height="900"');
	});

	it.each([
		['The iso-loss map. Drag the model.', 'The iso-loss map.'],
		['参数量–词元平面上的等损失曲线。拖动模型。', '参数量–词元平面上的等损失曲线。'],
		['No full stop here', 'No full stop here'],
		['x'.repeat(200), `${'x'.repeat(119)}…`]
	])('an embed is titled by the first sentence of its caption: %s', (caption, sentence) => {
		expect(embedTitle(caption, (s) => s)).toBe(sentence);
	});
});
