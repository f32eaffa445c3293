// The table of contents keeps a section's number with the first line of its heading: the number is the first thing
// inside the link's own text, not a list marker that a wrapped, inline-block link pushes to its last line.
import { parseHTML } from 'linkedom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TableOfContents from '$lib/components/TableOfContents.svelte';
import { tableOfContents, type Heading } from '$lib/content';

const headings: Heading[] = [
	{ depth: 2, id: 'a', text: '为什么 Kaplan 与 Chinchilla 的结论不同，以及这对今天的模型意味着什么' },
	{ depth: 3, id: 'a1', text: '一个小节' },
	{ depth: 2, id: 'b', text: '习题' }
];

function document() {
	const { body } = render(TableOfContents, { props: { toc: tableOfContents(headings) } });
	return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
}

describe('the table of contents', () => {
	it('puts each section’s number first inside its link, in one line box with the heading’s first words', () => {
		const links = [...document().querySelectorAll('ol > li > a')];
		expect(links.map((a) => a.firstElementChild?.textContent)).toEqual(['1.', '2.']);
		for (const a of links) {
			expect(a.firstChild, 'nothing before the number').toBe(a.firstElementChild);
			expect(a.firstElementChild?.getAttribute('aria-hidden'), 'the list already says the position').toBe('true');
		}
		expect(links[0].textContent).toBe(`1.${headings[0].text}`);
	});

	it('uses no list markers, which would sit beside a wrapped heading’s last line', () => {
		const { css } = render(TableOfContents, { props: { toc: [] } }) as unknown as { css?: { code: string } };
		const { head } = render(TableOfContents, { props: { toc: [] } });
		expect(`${css?.code ?? ''}${head}`).toMatch(/list-style:\s*none/);
		expect(`${css?.code ?? ''}${head}`).not.toMatch(/display:\s*inline-block;\s*padding/);
	});

	it('lists subsections under their section, linked by id', () => {
		expect([...document().querySelectorAll('ol > li > ul a')].map((a) => a.getAttribute('href'))).toEqual(['#a1']);
	});
});
