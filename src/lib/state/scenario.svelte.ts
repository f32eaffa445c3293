// A scenario: the budget, fit, model and hardware one or more figures show. Figures never import a global; they read
// the scenario their island provides (useScenario), so a page can give two figures two scenarios, and islands that
// share one move together.
import { getContext, hasContext, setContext, untrack } from 'svelte';
import { accelerators } from '$lib/scaling';
import { acceptParam, DEFAULTS, paramKeys, type ModelPoint, type ParamKey, type ScenarioValues } from './params';

/** The scenario every figure follows unless its chapter gives it another: the reader's own, kept in the URL. */
export const READER = 'reader';

/** What a figure reads and writes: the values, a few shorthands, and checked setters. */
export abstract class ScenarioState {
	abstract readonly name: string;
	/** The values this scenario started from (the defaults, or a chapter's pinned ones); the URL records differences. */
	abstract readonly base: ScenarioValues;
	abstract values: ScenarioValues;
	/** Sets one parameter if the table accepts the value; returns whether it did. */
	abstract set<K extends ParamKey>(key: K, value: unknown): boolean;

	accelerator = $derived(accelerators.find((a) => a.id === this.values.acceleratorId) ?? accelerators[0]);

	get computeBudget(): number {
		return this.values.computeBudget;
	}
	get lawId(): ScenarioValues['lawId'] {
		return this.values.lawId;
	}
	get model(): ModelPoint | null {
		return this.values.model;
	}
	get mfu(): number {
		return this.values.mfu;
	}

	snapshot(): ScenarioValues {
		return $state.snapshot(this.values) as ScenarioValues;
	}

	/** Applies values (from a URL, say) over the current ones; each is checked again. */
	apply(values: Partial<ScenarioValues>): void {
		for (const key of paramKeys) if (Object.hasOwn(values, key)) this.set(key, values[key]);
	}
}

export class Scenario extends ScenarioState {
	/** One reactive object: a figure that reads `computeBudget` re-runs only when the budget changes. */
	values = $state<ScenarioValues>({ ...DEFAULTS });
	readonly base: ScenarioValues;

	/**
	 * @param name `reader` for the reader's shared scenario, or a chapter's name for a scenario of its own
	 * @param pinned values a chapter fixes for this scenario's start
	 */
	constructor(
		readonly name: string = READER,
		pinned: Partial<ScenarioValues> = {}
	) {
		super();
		this.base = { ...DEFAULTS, ...pinned };
		this.values = { ...this.base };
	}

	set<K extends ParamKey>(key: K, value: unknown): boolean {
		const accepted = acceptParam(key, value);
		if (accepted === undefined) return false;
		this.values[key] = accepted;
		return true;
	}
}

/**
 * One island's window on a shared scenario: it mirrors the scenario while the island is on screen and holds still
 * while it is not, so a slider step re-renders only the figures in view; one scrolled back in catches up at once.
 * Writes go straight to the shared scenario.
 */
export class ScenarioView extends ScenarioState {
	values = $state<ScenarioValues>({ ...DEFAULTS });
	visible = $state(true);

	constructor(readonly source: Scenario) {
		super();
		this.values = source.snapshot();
	}

	get name(): string {
		return this.source.name;
	}
	get base(): ScenarioValues {
		return this.source.base;
	}

	set<K extends ParamKey>(key: K, value: unknown): boolean {
		const done = this.source.set(key, value);
		// The figure that moved a control sees the change at once, on screen or not (a keyboard user may have scrolled).
		if (done) this.values[key] = this.source.values[key];
		return done;
	}

	/** Copies what changed in the shared scenario, value by value, so unchanged values wake nobody. */
	sync(): void {
		const values = this.values as Record<ParamKey, unknown>;
		for (const key of paramKeys) {
			// Read in an effect, the shared values subscribe it; the view's own are only written.
			const next = this.source.values[key];
			untrack(() => {
				if (next !== null && typeof next === 'object') {
					// The one object value, a model point: copied, so the two scenarios never share it.
					const [was, now] = [values[key] as ModelPoint | null, next as ModelPoint];
					if (was?.params !== now.params || was?.tokens !== now.tokens) values[key] = { ...now };
				} else if (values[key] !== next) values[key] = next;
			});
		}
	}
}

const KEY = Symbol('scenario');

/** Gives every figure below this component `scenario` (islands pass the same through hydrate's `context`). */
export function provideScenario<S extends ScenarioState>(scenario: S): S {
	return setContext(KEY, scenario);
}

/** The scenario this figure shows. */
export function useScenario(): ScenarioState {
	if (!hasContext(KEY)) {
		throw new Error(
			'No scenario here: place the figure through its island wrapper in $lib/widgets, or provideScenario().'
		);
	}
	return getContext<ScenarioState>(KEY);
}

/** The context map an island's hydrate() call takes, so a hydrated figure finds its scenario. */
export function scenarioContext(scenario: ScenarioState): Map<unknown, unknown> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- handed to hydrate(), never changed
	return new Map([[KEY, scenario]]);
}
