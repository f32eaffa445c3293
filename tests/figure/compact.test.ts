import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { renderGathered } from '$lib/figure/compact';
import IsoLossMap from '$lib/widgets/IsoLossMap.svelte';

describe('a figure on a page that gathers the chapters', () => {
	it('leaves out its prerendered data table; on its own page it has it, for readers without JavaScript', () => {
		const own = render(IsoLossMap, { props: { figure: 'x' } }).body;
		const gathered = renderGathered(() => render(IsoLossMap, { props: { figure: 'x' } }).body);
		expect(own).toMatch(/<details class="data[^"]*"[\s\S]*?<table/);
		expect(gathered).toMatch(/<details class="data[^"]*"/);
		expect(gathered).not.toContain('<table');
		// The chart and the readouts are the same.
		expect(gathered.match(/<svg/g)?.length).toBe(own.match(/<svg/g)?.length);
	});
});
