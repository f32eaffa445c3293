// The resolve figure as the server renders it (what a reader without JavaScript sees, and what the browser hydrates):
// its hooks, the numbers it shows against the view model, the guess before the switches, the data files and credit.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { PORIAN_CONFIG_KEYS } from '$lib/data/porian-configs';
import { fmt, ui } from '$lib/i18n';
import Resolve from '$lib/widgets/Resolve.svelte';
import { resolveCsv } from '$lib/widgets/resolve/csv';
import { optimumRows, resolveView } from '$lib/widgets/resolve/model';

const KAPLAN = 'rw,base,long,kaplan,kaplan,train';
const open = render(Resolve, { props: { figure: 'resolve', number: '7.4' } }).body;
const guessed = render(Resolve, { props: { figure: 'resolve', guess: true } }).body;
const view = resolveView(KAPLAN);

const attr = (html: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1];
/** The data-value of the element marked data-resolve="…". */
const valueOf = (html: string, hook: string) =>
	new RegExp(`data-resolve="${hook}"[^>]*data-value="([^"]*)"|data-value="([^"]*)"[^>]*data-resolve="${hook}"`)
		.exec(html)
		?.slice(1)
		.find((v) => v !== undefined);
/** The markup outside any closed <details>: what a reader sees before opening anything. */
const inPlainView = (html: string) => html.replace(/<details[\s\S]*?<\/details>/g, '');
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('the resolve figure on the server', () => {
	it('is the figure `resolve`, starting from Kaplan’s setup, with its hooks on one element', () => {
		expect(open).toMatch(/<figure id="fig-resolve" data-widget="resolve"/);
		const hook = /<div[^>]*data-exponent="([^"]+)"[^>]*data-config="([^"]+)"/.exec(open);
		expect(hook).not.toBeNull();
		expect(hook![2]).toBe(KAPLAN);
		expect(Math.abs(Number(hook![1]) - view.authorsExponent)).toBeLessThanOrEqual(0.04);
		expect(Number(hook![1])).toBeCloseTo(view.exponent!, 12);
	});

	it('shows the numbers of the view model, ours beside the authors’', () => {
		expect(Number(valueOf(open, 'exponent'))).toBeCloseTo(view.exponent!, 12);
		expect(Number(valueOf(open, 'authors-exponent'))).toBe(view.authorsExponent);
		expect(open).toContain(fmt.formatFixed(view.exponent!, 3));
		expect(open).toContain(fmt.formatFixed(view.authorsExponent, 3));
		const [low, high] = [Number(valueOf(open, 'interval-low')), Number(valueOf(open, 'interval-high'))];
		expect(low).toBeLessThan(view.exponent!);
		expect(high).toBeGreaterThan(view.exponent!);
		expect(open).toContain(`${fmt.formatFixed(low, 2)} to ${fmt.formatFixed(high, 2)}`);
	});

	it('draws every run of every trained budget, hollow outside the parabola’s window, and each minimum', () => {
		const runs = open.match(/<circle class="run[^"]*"/g)!;
		const far = runs.filter((r) => r.includes('far'));
		const points = view.budgets.flatMap((b) => b.points);
		expect(runs).toHaveLength(points.length);
		expect(far).toHaveLength(points.filter((p) => !p.nearMinimum).length);
		// Kaplan's counting has no 2.56e19 budget: eleven groups, not twelve.
		expect(open.match(/data-budget="/g)).toHaveLength(11);
	});

	it('tabulates each budget’s optimum, ours and the authors’, and the path', () => {
		const rows = optimumRows(view);
		for (const [, N, authorsN] of rows.filter(([, N, authorsN]) => N && authorsN)) {
			expect(open).toContain(`<td>${fmt.formatCount(N!)}</td><td>${fmt.formatCount(authorsN!)}</td>`);
		}
		expect(open).toContain(fmt.formatFixed(0.497, 3));
	});

	it('links the runs and the authors’ fits for download, and credits the authors', () => {
		expect(open).toMatch(/<a href="[^"]*\/data\/porian-isoflop\.csv" download/);
		expect(open).toMatch(/<a href="[^"]*\/data\/porian-fits\.json" download/);
		expect(open).toContain(ui.credits.porianRuns.replace(/&/g, '&amp;'));
	});

	it('passes every configuration’s resampling interval to the browser, drawn once at build time', () => {
		const props = JSON.parse(decode(attr(open, 'data-props')!));
		expect(Object.keys(props.intervals).sort()).toEqual([...PORIAN_CONFIG_KEYS].sort());
		for (const [low, high] of Object.values(props.intervals) as [number, number][]) expect(low).toBeLessThan(high);
	});
});

describe('the resolve figure with a guess first', () => {
	it('asks which correction matters most, with one radio button each and a commit button', () => {
		expect(guessed).toContain('data-guess="open"');
		const fieldset = /<div class="guess[\s\S]*?<\/fieldset>/.exec(guessed)![0];
		expect(fieldset.match(/type="radio"/g)).toHaveLength(4);
		expect(guessed).toMatch(/<button[^>]*class="commit[^"]*"[^>]*disabled[^>]*>Commit my guess<\/button>/);
	});

	it('keeps every switch disabled until then, and the path, which answers the question, out of plain view', () => {
		const switches = /<div class="switches[\s\S]*?<div class="charts/.exec(guessed)![0];
		const inputs = switches.match(/<input[^>]*>/g)!;
		expect(inputs.length).toBe(7);
		for (const input of inputs) expect(input).toContain('disabled');
		expect(inPlainView(guessed)).not.toContain('data-resolve="path-tokens"');
		expect(guessed).toMatch(/<details class="nojs[^"]*">/);
		expect(guessed).toContain('data-resolve="path-tokens"');
	});

	it('without `guess`, offers the switches and the path at once', () => {
		expect(open).not.toContain('data-guess=');
		expect(inPlainView(open)).toContain('data-resolve="path-tokens"');
		const first = /<label class="correction[^"]*" data-correction="head"><input[^>]*>/.exec(open)![0];
		expect(first).not.toContain('disabled');
	});
});

describe('the resolve figure’s CSV', () => {
	const csv = resolveCsv(view, [0.8, 0.9]);
	const lines = csv.trimEnd().split('\r\n');

	it('credits the authors first, names the configuration and both exponents', () => {
		expect(lines[0]).toBe(`# ${ui.credits.porianRuns}`);
		expect(lines[1]).toContain(KAPLAN);
		expect(lines[2]).toContain(String(view.exponent));
		expect(lines[2]).toContain('0.8338');
		expect(lines[2]).toContain('0.8 to 0.9');
	});

	it('has one row per trained budget, ours beside the authors’', () => {
		const header = lines[3].split(',');
		const rows = lines.slice(4).map((l) => l.split(','));
		expect(rows).toHaveLength(11);
		const at = (row: string[], column: string) => row[header.indexOf(column)];
		expect(Number(at(rows[4], 'budget_flop'))).toBe(2e17);
		expect(Number(at(rows[4], 'params_opt'))).toBe(view.budgets[4].minimum!.params);
		expect(Number(at(rows[4], 'authors_params_opt'))).toBe(11756000);
	});
});
