// The planner figure (issue 26): its view model, and the figure as the server renders it — the hooks other checks read
// (data-plan with data-value, the binding's word) carry exactly the core's plan, and the alternatives stand beside it.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import {
	frontier,
	GOPHER_BUDGET,
	planRun,
	planToCsv,
	planToJson,
	WORKED_PLAN_IDS,
	WORKED_PLANS,
	workedPlanRequest
} from '$lib/scaling';
import { acceptValues, DEFAULTS } from '$lib/state/params';
import { cellText, inputsText, intervalText, NEGLIGIBLE_LOSS, tableRows } from '$lib/widgets/plan/card';
import {
	daysOn,
	dataLimitLine,
	guessFactor,
	limitText,
	planFor,
	planOptions,
	planPath,
	readLimit,
	workedPlanPin,
	workedPlanValues
} from '$lib/widgets/plan/model';
import { renameIds } from '$lib/widgets/plan/print';
import Plan from '$lib/widgets/Plan.svelte';
import { expectRelative } from '../scaling/helpers';

/** The hooks of a rendered planner: each data-plan element's value (or, for the binding, its text). */
function hooks(html: string): Record<string, number | string> {
	const found: Record<string, number | string> = {};
	for (const m of html.matchAll(/data-plan="(params|tokens|epochs|loss)" data-value="([^"]+)"/g)) found[m[1]] = +m[2];
	for (const m of html.matchAll(/data-plan="binding"[^>]*>([^<]*)</g)) found.binding = m[1];
	return found;
}

describe('the planner’s scenarios', () => {
	it.each(WORKED_PLAN_IDS)('starts the %s plan on the core’s own request', (id) => {
		const values = workedPlanValues(id);
		const request = workedPlanRequest(id);
		expect(values).toMatchObject({ ...request, acceleratorCount: WORKED_PLANS[id].cluster.count });
		expect(planFor(values)).toEqual(planRun(request));
		expectRelative(daysOn(values, planFor(values).trainCompute), WORKED_PLANS[id].cluster.days, 1e-12);
	});

	it.each(WORKED_PLAN_IDS)('pins the %s plan with values the parameter table keeps, none of them infinite', (id) => {
		const pin = workedPlanPin(id);
		expect(acceptValues(pin)).toEqual(pin);
		expect(JSON.parse(JSON.stringify(pin))).toEqual(pin);
		// What the pin leaves out is the default, so the pinned scenario is the worked plan.
		expect({ ...DEFAULTS, ...pin }).toMatchObject(workedPlanValues(id));
	});

	it('reads typed limits, "unlimited" in any case included, and refuses what it cannot read', () => {
		const words = ['unlimited', '不限'];
		const parse = (t: string) => (Number.isFinite(Number(t)) && t.trim() !== '' ? Number(t) : undefined);
		expect(readLimit(' Unlimited ', words, parse)).toBe(Infinity);
		expect(readLimit('不限', words, parse)).toBe(Infinity);
		expect(readLimit('4', words, parse)).toBe(4);
		expect(readLimit('lots', words, parse)).toBeUndefined();
		expect(limitText(Infinity, 'unlimited', String)).toBe('unlimited');
		expect(limitText(3e11, 'unlimited', () => '300 B')).toBe('300 B');
	});
});

describe('the planner’s picture and comparison', () => {
	const startup = planFor(workedPlanValues('startup'));

	it('lists the plan first, then each alternative, with its difference from the plan as a number', () => {
		const options = planOptions(startup, workedPlanValues('startup'));
		expect(options.map((o) => o.id)).toEqual(['plan', 'computeOptimal', 'tokens20', 'kaplan2020']);
		expect(options[0]).toMatchObject({ lossDelta: 0, lifetimeRatio: 1 });
		for (const o of options.slice(1)) {
			expect(o.point).toBe(startup.alternatives[o.id as 'computeOptimal']);
			expect(o.lossDelta).toBeCloseTo(o.point.loss - startup.loss, 12);
			expect(o.lifetimeRatio).toBeCloseTo(o.point.lifetimeCompute / startup.lifetimeCompute, 12);
			// Every option spends the same budget, so it trains for the same days on the same cluster.
			expectRelative(o.days, 30, 1e-12);
		}
	});

	it('draws, with nothing to serve and data to spare, the compute-optimal frontier as the path of plans', () => {
		const f = frontier('besiroglu2024');
		for (const [N, D] of planPath('besiroglu2024', { ...DEFAULTS, computeBudget: 1e21 })) {
			expectRelative(N, f.params(6 * N * D), 1e-9);
		}
	});

	it('draws serving’s path at smaller models than the frontier, each on its own budget line', () => {
		const inputs = { computeBudget: GOPHER_BUDGET, uniqueTokens: Infinity, maxEpochs: 4, inferenceTokens: 1e15 };
		const f = frontier('besiroglu2024');
		for (const [N, D] of planPath('besiroglu2024', inputs)) expect(N).toBeLessThanOrEqual(f.params(6 * N * D));
	});

	it('draws the data limit at unique tokens × epochs, and none when either is unlimited', () => {
		expect(dataLimitLine({ uniqueTokens: 3e11, maxEpochs: 4 })?.map((p) => p[1])).toEqual([1.2e12, 1.2e12]);
		expect(dataLimitLine({ uniqueTokens: Infinity, maxEpochs: 4 })).toBeUndefined();
		expect(dataLimitLine({ uniqueTokens: 3e11, maxEpochs: Infinity })).toBeUndefined();
	});

	it('says how far a guess is from the plan', () => {
		expect(guessFactor(2e10, { params: 8e10 })).toBe(4);
	});
});

describe('the printed copy of the card', () => {
	const ids = new Set(['s1-clip', 's1-title', 's2-beyond']);

	it.each([
		['url(#s1-clip)', 'url(#s1-clip-print)'],
		['#s1-clip', '#s1-clip-print'],
		['s1-title', 's1-title-print'],
		['s1-title s3-unique-error', 's1-title-print s3-unique-error'],
		['url(#s2-beyond-hatch)', 'url(#s2-beyond-hatch)'],
		['q-compute strong', 'q-compute strong']
	])('renames the ids it copies in %s → %s, and nothing else', (value, renamed) => {
		expect(renameIds(value, ids)).toBe(renamed);
	});
});

describe('the plan card’s text', () => {
	const values = workedPlanValues('startup');
	const plan = planFor(values);
	const options = planOptions(plan, values);

	it.each([
		['params', '78.3 B'],
		['tokens', '1.12 T'],
		['epochs', '3.73'],
		['tokensPerParam', '14.3'],
		['loss', '1.979'],
		['days', '30'],
		['lossDelta', '—']
	] as const)('prints the startup plan’s %s as %s', (row, text) => {
		expect(cellText(row, options[0], false)).toBe(text);
	});

	it('marks an alternative that needs more passes over the data than allowed', () => {
		const computeOptimal = options[1];
		expect(computeOptimal.point.exceedsDataLimit).toBe(true);
		expect(cellText('epochs', computeOptimal, false)).toMatch(/^4\.\d\d \(over your limit\)$/);
		expect(cellText('epochs', options[0], true)).toBe('none repeated');
	});

	it('reads a gap in loss below the fits’ precision as ≈ 0, and a larger one with its sign', () => {
		const o = options[1];
		expect(cellText('lossDelta', { ...o, lossDelta: NEGLIGIBLE_LOSS / 2 }, false)).toBe('≈ 0');
		expect(cellText('lossDelta', { ...o, lossDelta: 0.0362 }, false)).toBe('+0.036');
		expect(cellText('lossDelta', { ...o, lossDelta: -0.00021 }, false)).toBe('−0.00021');
		expect(cellText('lifetimeRatio', { ...o, lifetimeRatio: 9.834 }, false)).toBe('9.83×');
	});

	it('has a row of text for each figure, the option’s name first', () => {
		const rows = tableRows(options, false);
		expect(rows.map((r) => r.cells.length)).toEqual(rows.map(() => 5));
		expect(rows[0].cells).toEqual(['Parameters N', '78.3 B', '68.9 B', '66.1 B', '453 B']);
	});

	it('names every input, the interval’s bounds and its source, or says why there is none', () => {
		expect(inputsText(values)).toBe(
			'Budget 5.3 × 10²³ FLOP (512 × NVIDIA H100 SXM at 40% MFU); unique tokens: 300 B; most epochs: 4; tokens served: 0; fit: Besiroglu et al. 2024 (Epoch refit).'
		);
		expect(intervalText(plan)).toBe(
			'Expected loss 95% interval: 1.958 to 2.004, over 200 bootstrap refits of Epoch’s fit to the runs.'
		);
		expect(intervalText(planFor({ ...values, lawId: 'hoffmann2022' }))).toMatch(/no interval/);
	});
});

describe('the planner on the server', () => {
	const renderPlan = (props: Record<string, unknown>) => render(Plan, { props }).body;

	it.each(WORKED_PLAN_IDS)('shows the %s plan’s numbers exactly as the core computes them', (id) => {
		const plan = planRun(workedPlanRequest(id));
		const found = hooks(renderPlan({ figure: `plan-${id}`, worked: id }));
		expect(found).toEqual({
			params: plan.params,
			tokens: plan.tokens,
			epochs: plan.epochs,
			loss: plan.loss,
			binding: plan.binding
		});
	});

	it('says in words what binds and why, and sets the alternatives beside the plan', () => {
		const html = renderPlan({ figure: 'plan-startup', worked: 'startup' });
		const plan = planRun(workedPlanRequest('startup'));
		expect(html).toContain('data-widget="plan"');
		expect(html).toContain(`data-reason="repeated-data"`);
		expect(html).toMatch(/Only the budget binds, but the plan repeats your unique data/);
		for (const option of ['computeOptimal', 'tokens20', 'kaplan2020'] as const) {
			const N = plan.alternatives[option].params;
			expect(html).toContain(`<span>${(N / 1e9).toPrecision(3)} B</span>`);
		}
		expect(html).toMatch(/Expected loss 95% interval: 1\.958 to 2\.004/);
	});

	it('with one epoch allowed, trains on exactly the unique tokens and says data binds', () => {
		const pin = { ...workedPlanPin('startup'), maxEpochs: 1 };
		const found = hooks(renderPlan({ figure: 'plan-one-epoch', pin }));
		expect(found.binding).toBe('data');
		expect(found.tokens).toBe(3e11);
		expect(found.epochs).toBe(1);
	});

	it('at Gopher’s budget, serving 10¹⁵ tokens makes a smaller model and inference binds', () => {
		const served = hooks(renderPlan({ figure: 'plan-served', pin: { inferenceTokens: 1e15 } }));
		const unserved = hooks(renderPlan({ figure: 'plan-unserved', pin: { computeBudget: GOPHER_BUDGET } }));
		expect(unserved.binding).toBe('compute');
		expect(served.binding).toBe('inference');
		expect(served.params).toBeLessThan(unserved.params as number);
		expect(served.params).toBe(planRun({ ...workedPlanRequest('serving'), computeBudget: GOPHER_BUDGET }).params);
	});

	it('asks for a guess first when told to, keeping the plan out of plain view until then', () => {
		const html = renderPlan({ figure: 'plan-guess', worked: 'startup', guess: true });
		const plain = html.replace(/<details[\s\S]*?<\/details>/g, '');
		expect(html).toContain('data-guess="open"');
		expect(plain).toMatch(/Guess first: 512 × NVIDIA H100 SXM at 40% MFU for 30 days, 300 B unique tokens/);
		expect(plain).not.toContain('data-plan=');
		expect(html).toMatch(/<details class="nojs[^"]*">[\s\S]*data-plan="params"/);
	});

	it('gives the downloads the plan the card shows', () => {
		const plan = planRun(workedPlanRequest('startup'));
		const cluster = WORKED_PLANS.startup.cluster;
		expect(JSON.parse(planToJson(plan, { cluster })).plan.params).toBe(plan.params);
		const csv = planToCsv(plan, { cluster }).trim().split(/\r?\n/);
		expect(csv).toHaveLength(5);
		expect(csv[0]).toMatch(/^option,binding,reason,params/);
	});

	it('never prints NaN, undefined or Infinity, even with unlimited data and epochs', () => {
		const html = renderPlan({ figure: 'plan-open' }).replace(/data-[\w-]+="[^"]*"/g, '');
		expect(html).not.toMatch(/NaN|undefined|Infinity/);
		expect(
			renderPlan({ figure: 'plan-no-limit', pin: { uniqueTokens: 1e9, maxEpochs: Infinity } }).replace(
				/data-[\w-]+="[^"]*"/g,
				''
			)
		).not.toMatch(/NaN|undefined|Infinity/);
	});
});
