import { describe, expect, it } from 'vitest';
import { chapterAnchor, joinChapters } from '$lib/server/essay';
import { mergeHeads } from '$lib/server/heads';

const island = (id: string) =>
	`<div class="island" data-island="iso-loss-map" data-props="{}"><figure id="fig-${id}"><label for="c1-s1">Budget</label><input id="c1-s1"><a href="#problems">x</a></figure></div>`;

const one = `<h2 id="problems"><a class="anchor" href="#problems">Problems</a></h2>
<p id="only-here">See <a href="/base/two/#problems">the other problems</a>, <a href="/base/two/#eq-frontier">(2.1)</a>,
<a href="/base/two/">chapter two</a>, <a href="/base/two/#fig-map">Figure 2.1</a> and <a href="/base/explore/">explore</a>.</p>
${island('curve')}`;
const two = `<h2 id="problems">Problems</h2><p id="eq-frontier" aria-labelledby="problems only-here">Formula</p>${island('map')}`;

describe('joining chapters into one page', () => {
	const [a, b] = joinChapters(
		[
			{ slug: 'one', body: one },
			{ slug: 'two', body: two }
		],
		'/base'
	);

	it('keeps ids two chapters share apart, and their links with them', () => {
		expect(a).toContain('<h2 id="one-problems"><a class="anchor" href="#one-problems">');
		expect(b).toContain('<h2 id="two-problems">');
		expect(b).toContain('aria-labelledby="two-problems only-here"');
	});

	it('leaves an id found once as it is', () => {
		expect(a).toContain('<p id="only-here">');
		expect(b).toContain('id="eq-frontier"');
	});

	it('turns links to another chapter into links on the page; links elsewhere stay', () => {
		expect(a).toContain('<a href="#two-problems">the other problems</a>');
		expect(a).toContain('<a href="#eq-frontier">(2.1)</a>');
		expect(a).toContain(`<a href="#${chapterAnchor('two')}">chapter two</a>`);
		expect(a).toContain('<a href="#fig-map">Figure 2.1</a>');
		expect(a).toContain('<a href="/base/explore/">explore</a>');
	});

	it('leaves the islands byte for byte as rendered', () => {
		expect(a).toContain(island('curve'));
		expect(b).toContain(island('map'));
	});
});

describe('several chapters’ heads on one page', () => {
	it('keeps each component’s styles once, and anything else once', () => {
		const a = '<style id="svelte-a">.a{}</style><style id="svelte-b">.b{}</style><meta name="x">';
		const b = '<style id="svelte-b">.b{}</style><style id="svelte-c">.c{}</style><meta name="x">';
		const merged = mergeHeads([a, b]);
		expect(merged.match(/<style/g)).toHaveLength(3);
		expect(merged.match(/svelte-b/g)).toHaveLength(1);
		expect(merged.match(/<meta name="x">/g)).toHaveLength(1);
	});
});
