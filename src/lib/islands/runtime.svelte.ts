// The browser half of the islands, loaded with the first island that nears the viewport: the page's scenarios (the
// reader's, kept in the URL and carried from page to page in this tab; and any a chapter names), the notes about a
// link's ignored values, and hydration. The entry loads it beside the first widget.
import { hydrate, type Component } from 'svelte';
import { ui } from '$lib/i18n';
import { acceptValues } from '$lib/state/params';
import { READER, Scenario, scenarioContext, ScenarioView } from '$lib/state/scenario.svelte';
import { ownedKeys, readQuery, withScenario, writeQuery } from '$lib/state/url';

/** The reader's scenario travels with them from chapter to chapter within a tab (sessionStorage; never sent anywhere). */
const CARRY_KEY = 'compute-optimal:reader';
const THROTTLE_MS = 200;

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a registry, not state: nothing renders from it
const scenarios = new Map<string, Scenario>();
const notes: string[] = [];

function storedReaderQuery(): URLSearchParams | undefined {
	try {
		const stored = sessionStorage.getItem(CARRY_KEY);

		return stored ? new URLSearchParams(stored) : undefined;
	} catch {
		return undefined; // storage blocked: each page starts from its link
	}
}

/** The scenario called `name`, created on first use from its pinned values, then the URL (or, for the reader, what
 * this tab last had). */
export function scenarioFor(name: string, pin?: string): Scenario {
	const known = scenarios.get(name);
	if (known) return known;
	let pinned = {};
	try {
		pinned = pin ? acceptValues(JSON.parse(pin)) : {};
	} catch {
		// An unreadable pin (a hand-edited page) leaves the defaults.
	}
	const scenario = new Scenario(name, pinned);
	const prefix = name === READER ? '' : name;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once
	const query = new URLSearchParams(location.search);
	const fromUrl = readQuery(query, prefix);
	const linkSets = ownedKeys(prefix).some((key) => query.has(key));
	// A link's values win; without any, the reader's scenario continues from the last page of this tab.
	const stored = name === READER && !linkSets ? storedReaderQuery() : undefined;
	scenario.apply(stored ? readQuery(stored).values : fromUrl.values);
	if (linkSets) showNotes(fromUrl.notes);
	scenarios.set(name, scenario);
	watch(scenario);
	return scenario;
}

/** Writes every scenario's changes back into the URL (replaceState: no history entries), throttled while dragging. */
let timer: ReturnType<typeof setTimeout> | undefined;
function writeUrl() {
	clearTimeout(timer);
	timer = setTimeout(() => {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway copy, not state
		const url = new URL(location.href);
		for (const scenario of scenarios.values()) {
			const prefix = scenario.name === READER ? '' : scenario.name;
			url.search = withScenario(url.searchParams, scenario.snapshot(), prefix, scenario.base).toString();
			if (scenario.name === READER) {
				try {
					sessionStorage.setItem(CARRY_KEY, writeQuery(scenario.snapshot()).toString());
				} catch {
					// storage blocked: nothing carried
				}
			}
		}
		if (url.href !== location.href) history.replaceState(history.state, '', url);
	}, THROTTLE_MS);
}

function watch(scenario: Scenario) {
	$effect.root(() => {
		$effect(() => {
			// Reading the snapshot subscribes to every value.
			JSON.stringify(scenario.values);
			writeUrl();
		});
	});
}

/** Shows, once, what a link asked for that could not be used, as plain text (never the link's own words). */
function showNotes(more: string[]) {
	const box = document.querySelector<HTMLElement>('[data-url-notes]');
	if (!box || more.length === 0) return;
	notes.push(...more);
	box.replaceChildren(
		...notes.map((note) => Object.assign(document.createElement('p'), { textContent: note })),
		Object.assign(document.createElement('button'), {
			type: 'button',
			textContent: ui.notes.dismiss,
			onclick: () => {
				box.hidden = true;
			}
		})
	);
	box.hidden = false;
}

/** Tells each island's view whether it is on screen; one scrolled in catches up in the same frame. */
const views = new WeakMap<Element, ScenarioView>();
let onScreen: IntersectionObserver | undefined;
function observe(element: HTMLElement, view: ScenarioView) {
	onScreen ??= new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				const target = views.get(entry.target);
				if (target) target.visible = entry.isIntersecting;
			}
		},
		{ rootMargin: '0px' }
	);
	views.set(element, view);
	onScreen.observe(element);
	$effect.root(() => {
		$effect(() => {
			// While on screen, and only then, the view follows the shared values (sync reads them).
			if (view.visible) view.sync();
		});
	});
}

/** Hydrates an island's server-rendered markup in place with its widget; marks it `data-hydrated`. */
export function hydrateIsland(element: HTMLElement, Widget: Component<Record<string, unknown>>): void {
	const view = new ScenarioView(scenarioFor(element.dataset.scenario || READER, element.dataset.pin));
	let props: Record<string, unknown> = {};
	try {
		props = JSON.parse(element.dataset.props ?? '{}');
	} catch {
		// Unreadable props: the widget's defaults.
	}
	// A control the reader moved before the island was live (a slider dragged at once) keeps what they did: after
	// hydration the reader's value is handed to the widget as their own input.
	// (The page's script marks what the reader changed with data-touched.)
	const touched = [...element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-touched]')].map(
		(control) => {
			delete control.dataset.touched;
			return { control, value: control.value, checked: (control as HTMLInputElement).checked };
		}
	);
	hydrate(Widget, { target: element, props, context: scenarioContext(view) });
	for (const { control, value, checked } of touched) {
		if (!control.isConnected) continue;
		control.value = value;
		if (control instanceof HTMLInputElement) control.checked = checked;
		control.dispatchEvent(new Event('input', { bubbles: true }));
		control.dispatchEvent(new Event('change', { bubbles: true }));
	}
	observe(element, view);
	element.dataset.hydrated = '';
}

/** Reads a link's scenario values at once (so its notes show) even before any island is near. */
export function readLink(): void {
	scenarioFor(READER);
}
