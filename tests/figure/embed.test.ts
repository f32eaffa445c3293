import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedSnippet, embedUrl, isEmbedHeightMessage } from '../../src/lib/figure/embed';

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
	it('is an iframe with the address, a title, full width and the height rounded up', () => {
		const html = embedSnippet({ src: 'https://x.org/embed/runs/?C=1e21&law=a', title: 'Figure 3.1', height: 611.2 });
		expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/);
		expect(html).toContain('src="https://x.org/embed/runs/?C=1e21&amp;law=a"');
		expect(html).toContain('title="Figure 3.1"');
		expect(html).toContain('width="100%"');
		expect(html).toContain('height="612"');
		expect(html).toContain('allow="fullscreen');
	});
	it('escapes quotes and angle brackets in the title', () => {
		const html = embedSnippet({ src: 'https://x.org/', title: 'The "optimum" <here> & there', height: 500 });
		expect(html).toContain('title="The &quot;optimum&quot; &lt;here&gt; &amp; there"');
	});
	it('keeps the height sensible whatever it is given', () => {
		expect(embedSnippet({ src: 'a', title: 't', height: 10 })).toContain('height="200"');
		expect(embedSnippet({ src: 'a', title: 't', height: 1e6 })).toContain('height="2000"');
		expect(embedSnippet({ src: 'a', title: 't', height: NaN })).toContain('height="640"');
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
