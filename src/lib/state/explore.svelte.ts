// The one reactive state every widget on a page reads and writes: move one control and every figure follows.
import { accelerators, type ParametricLawId } from '$lib/scaling';
import { clampBudget, clampModel, DEFAULTS, type ExploreSnapshot, type ModelPoint } from './domain';

class ExploreState {
	computeBudget = $state(DEFAULTS.computeBudget);
	lawId = $state<ParametricLawId>(DEFAULTS.lawId);
	model = $state<ModelPoint | null>(DEFAULTS.model);
	acceleratorId = $state(DEFAULTS.acceleratorId);
	mfu = $state(DEFAULTS.mfu);
	/** Short, plain-text notes about values from the URL that were ignored. */
	notes = $state<string[]>([]);

	accelerator = $derived(accelerators.find((a) => a.id === this.acceleratorId) ?? accelerators[0]);

	setBudget(C: number): void {
		if (Number.isFinite(C) && C > 0) this.computeBudget = clampBudget(C);
	}

	setModel(point: ModelPoint): void {
		if (Number.isFinite(point.params) && Number.isFinite(point.tokens)) this.model = clampModel(point);
	}

	snapshot(): ExploreSnapshot {
		return {
			computeBudget: this.computeBudget,
			lawId: this.lawId,
			model: this.model,
			acceleratorId: this.acceleratorId,
			mfu: this.mfu
		};
	}

	/** Applies values read from a URL; `reset` first returns every value to its default (a fresh page load). */
	apply(values: Partial<ExploreSnapshot>, notes: string[], reset: boolean): void {
		const next = { ...(reset ? DEFAULTS : this.snapshot()), ...values };
		this.computeBudget = next.computeBudget;
		this.lawId = next.lawId;
		this.model = next.model;
		this.acceleratorId = next.acceleratorId;
		this.mfu = next.mfu;
		this.notes = notes;
	}
}

/** The page's shared state. Prerendering only reads it, so every page is rendered in the default state. */
export const explore = new ExploreState();
