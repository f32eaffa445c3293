import { describe, expect, it } from 'vitest';
import {
	PLAN_ALTERNATIVE_IDS,
	WORKED_PLANS,
	planRun,
	planToCsv,
	planToJson,
	workedPlanRequest,
	type Plan
} from '$lib/scaling';

const startup = planRun(workedPlanRequest('startup'));
const university = planRun(workedPlanRequest('university'));
const cluster = WORKED_PLANS.startup.cluster;

describe('planToJson', () => {
	it('writes the inputs, the plan, its interval and the alternatives at full precision', () => {
		const json = JSON.parse(planToJson(startup));
		expect(json.inputs).toEqual(startup.inputs);
		expect(json.plan.params).toBe(startup.params);
		expect(json.plan.loss).toBe(startup.loss);
		expect([json.plan.binding, json.plan.reason]).toEqual([startup.binding, startup.reason]);
		expect(json.uncertainty.loss).toEqual(startup.uncertainty!.loss);
		expect(Object.keys(json.alternatives)).toEqual([...PLAN_ALTERNATIVE_IDS]);
		expect(json.alternatives.computeOptimal.exceedsDataLimit).toBe(true);
		expect(json.cluster).toBeUndefined();
	});

	it('adds the cluster and the plan’s training days on it when given one', () => {
		const json = JSON.parse(planToJson(startup, { cluster }));
		expect(json.cluster).toMatchObject(cluster);
		expect(json.cluster.trainingDays).toBeCloseTo(30, 9);
	});

	it('writes unlimited data as null (JSON has no Infinity), and a missing interval as null', () => {
		const json = JSON.parse(planToJson(university));
		expect(json.inputs.uniqueTokens).toBeNull();
		expect(json.inputs.maxEpochs).toBe(4);
		const noBand = JSON.parse(planToJson(planRun(workedPlanRequest('university'), { laws: [] })));
		expect(noBand.uncertainty).toBeNull();
	});
});

describe('planToCsv', () => {
	const parse = (csv: string) =>
		csv
			.trimEnd()
			.split('\r\n')
			.map((line) => line.split(','));
	const byName = (plan: Plan, options = {}) => {
		const [header, ...rows] = parse(planToCsv(plan, options));
		return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
	};

	it('has a header and one row for the plan and each alternative, all the same width, CRLF line ends', () => {
		const csv = planToCsv(startup);
		expect(csv.endsWith('\r\n')).toBe(true);
		const lines = parse(csv);
		expect(lines).toHaveLength(1 + 1 + PLAN_ALTERNATIVE_IDS.length);
		lines.forEach((line) => expect(line).toHaveLength(lines[0].length));
		expect(lines.slice(1).map((l) => l[0])).toEqual(['plan', ...PLAN_ALTERNATIVE_IDS]);
	});

	it('writes numbers that read back exactly, the interval on the plan row only', () => {
		const [plan, optimal] = byName(startup);
		expect(Number(plan.params)).toBe(startup.params);
		expect(Number(plan.loss_low)).toBe(startup.uncertainty!.loss[0]);
		expect(Number(plan.loss_high)).toBe(startup.uncertainty!.loss[2]);
		expect([plan.binding, plan.reason]).toEqual(['compute', 'repeated-data']);
		expect(optimal.loss_low).toBe('');
		expect(optimal.exceeds_data_limit).toBe('true');
		expect(Number(optimal.tokens)).toBe(startup.alternatives.computeOptimal.tokens);
		expect(plan.law).toBe('besiroglu2024');
	});

	it('leaves unlimited inputs and the days without a cluster empty; fills the days with one', () => {
		const [plan] = byName(university);
		expect(plan.unique_tokens).toBe('');
		expect(plan.training_days).toBe('');
		const [withCluster] = byName(university, { cluster: WORKED_PLANS.university.cluster });
		expect(Number(withCluster.training_days)).toBeCloseTo(30, 9);
	});
});
