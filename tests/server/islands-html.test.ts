import { describe, expect, it } from 'vitest';
import { figuresIn, islandsIn } from '$lib/server/islands-html';

const page = `<p>Intro <span class="island" data-island="live" data-props="{}"><span>70 B</span></span></p>
<div class="island" data-island="quiz-check" data-props="{&quot;quiz&quot;:&quot;q&quot;}" data-scenario="reader"><aside><div>Q</div></aside></div>
<p>Text</p>
<div class="island" data-island="iso-loss-map" data-props="{&quot;figure&quot;:&quot;iso-loss&quot;,&quot;number&quot;:&quot;4.1&quot;}" data-scenario="reader"><figure id="fig-iso-loss" data-widget="iso-loss-map"><div class="chart"><div><svg></svg></div></div><figcaption>Caption</figcaption></figure></div>
<p>After</p>
<div class="island" data-island="runs-chart" data-props="{&quot;figure&quot;:&quot;runs&quot;}" data-scenario="runs" data-pin="{}"><figure id="fig-runs"></figure></div>`;

describe('finding the islands in rendered HTML', () => {
	it('finds each block island whole, with nested divs, in order', () => {
		const islands = islandsIn(page);
		expect(islands.map((i) => i.name)).toEqual(['quiz-check', 'iso-loss-map', 'runs-chart']);
		for (const island of islands) {
			expect(page.slice(island.start, island.end)).toBe(island.html);
			expect(island.html.startsWith('<div class="island"')).toBe(true);
			expect(island.html.endsWith('</div>')).toBe(true);
		}
		expect(islands[1].html).toContain('<figcaption>Caption</figcaption></figure></div>');
		expect(page.slice(islands[1].end)).toMatch(/^\s*<p>After<\/p>/);
	});

	it('reads a figure’s label and number; a quiz is not a figure', () => {
		expect(figuresIn(page).map(({ figure, number }) => ({ figure, number }))).toEqual([
			{ figure: 'iso-loss', number: '4.1' },
			{ figure: 'runs', number: undefined }
		]);
	});

	it('says so when an island is never closed', () => {
		expect(() => islandsIn('<div class="island" data-island="runs-chart"><div></div>')).toThrow(/never closed/);
	});
});
