import { describe, expect, it } from 'vitest';
import {
	EMBED_HEIGHT_MESSAGE,
	EMBED_WIDTHS,
	embedSnippet,
	embedUrl,
	isEmbedHeightMessage
} from '../../src/lib/figure/embed';

describe('embedUrl', () => {
	it('puts the embed page under the site root, with or without a trailing slash, and keeps the state', () => {
		expect(embedUrl('https://x.org/', 'iso-loss', 'C=1e23')).toBe('https://x.org/embed/iso-loss/?C=1e23');
		expect(embedUrl('https://x.org/course/chinchilla', 'iso-loss', '?C=1e23&law=hoffmann2022')).toBe(
			'https://x.org/course/chinchilla/embed/iso-loss/?C=1e23&law=hoffmann2022'
		);
	});
	it('leaves off an empty query', () => {
		expect(embedUrl('https://x.org/', 'runs', '')).toBe('https://x.org/embed/runs/');
	});
});

describe('embedSnippet', () => {
	const snippet = (
		narrow: number,
		wide: number,
		title = 'Figure 3.1',
		src = 'https://x.org/embed/runs/?C=1e21&law=a'
	) => embedSnippet({ src, title, heights: { narrow, wide } });

	it('is an iframe with the address, a title and full width, in a box that is a size container', () => {
		const html = snippet(1611.2, 900);
		expect(html).toMatch(/^<div style="container-type: inline-size"><iframe [^>]*><\/iframe><\/div>$/);
		expect(html).toContain('src="https://x.org/embed/runs/?C=1e21&amp;law=a"');
		expect(html).toContain('title="Figure 3.1"');
		expect(html).toContain('width="100%"');
		expect(html).toContain('allow="fullscreen');
	});

	it('asks for the narrow height by attribute (safe at any width, even where styles are stripped)', () => {
		expect(snippet(1611.2, 900)).toContain('height="1612"');
	});

	it('shortens the frame between the two heights as its box widens, never below the wide one or above the narrow', () => {
		const html = snippet(1600, 960);
		const style = /height: (clamp\([^"]*\))"/.exec(html)![1];
		expect(style).toBe(
			`clamp(960px, calc(1600px - (100cqw - ${EMBED_WIDTHS.narrow}px) * ${(640 / (EMBED_WIDTHS.wide - EMBED_WIDTHS.narrow)).toFixed(4)}), 1600px)`
		);
		// At the two widths measured, the line gives the two heights.
		const at = (width: number) =>
			1600 - (width - EMBED_WIDTHS.narrow) * (640 / (EMBED_WIDTHS.wide - EMBED_WIDTHS.narrow));
		expect(at(EMBED_WIDTHS.narrow)).toBeCloseTo(1600, 9);
		expect(at(EMBED_WIDTHS.wide)).toBeCloseTo(960, 9);
	});

	it('is one plain height when the figure is as tall at both widths, or taller when wide', () => {
		expect(snippet(800, 800)).toContain('height: 800px"');
		expect(snippet(700, 900)).toContain('height: 700px"');
	});

	it('escapes quotes and angle brackets in the title', () => {
		expect(snippet(500, 500, 'The "optimum" <here> & there')).toContain(
			'title="The &quot;optimum&quot; &lt;here&gt; &amp; there"'
		);
	});

	it('keeps the heights sensible whatever it is given', () => {
		expect(snippet(10, 10)).toContain('height="200"');
		expect(snippet(1e6, 1e6)).toContain('height="3000"');
		expect(snippet(NaN, NaN)).toContain('height="1200"');
	});
});

describe('the height message', () => {
	it('is recognised only in its documented shape', () => {
		expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, figure: 'runs', height: 700 })).toBe(true);
		expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, figure: 'runs', height: NaN })).toBe(false);
		expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: 700 })).toBe(false);
		expect(isEmbedHeightMessage({ type: 'other', figure: 'runs', height: 700 })).toBe(false);
		expect(isEmbedHeightMessage(null)).toBe(false);
		expect(isEmbedHeightMessage('compute-optimal:embed-height')).toBe(false);
	});
});
