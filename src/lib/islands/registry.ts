// Every island the browser can load, by name: the one list a new widget joins. Each loader is a dynamic import, so a
// page fetches a widget's code only when one of its islands nears the viewport.
import type { Component } from 'svelte';

// Props arrive as JSON from the page, so the loader's type cannot know each widget's own props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loader = () => Promise<{ default: Component<any> }>;

export const islands = {
	'budget-bar': () => import('$lib/widgets/budget-bar/Widget.svelte'),
	'compute-budget': () => import('$lib/widgets/compute-budget/Widget.svelte'),
	'iso-flop-chart': () => import('$lib/widgets/iso-flop-chart/Widget.svelte'),
	'iso-loss-map': () => import('$lib/widgets/iso-loss-map/Widget.svelte'),
	'allocation-calculator': () => import('$lib/widgets/allocation-calculator/Widget.svelte'),
	'models-map': () => import('$lib/widgets/models-map/Widget.svelte'),
	live: () => import('$lib/widgets/live/Widget.svelte'),
	'optimum-map': () => import('$lib/widgets/optimum-map/Widget.svelte'),
	'runs-chart': () => import('$lib/widgets/runs-chart/Widget.svelte'),
	'fit-explorer': () => import('$lib/widgets/fit-explorer/Widget.svelte'),
	'approach2-runs': () => import('$lib/widgets/approach2-runs/Widget.svelte'),
	'law-editor': () => import('$lib/widgets/law-editor/Widget.svelte'),
	'lifetime-cost': () => import('$lib/widgets/lifetime-cost/Widget.svelte'),
	overtraining: () => import('$lib/widgets/overtraining/Widget.svelte'),
	'repeated-data': () => import('$lib/widgets/repeated-data/Widget.svelte'),
	'quiz-check': () => import('$lib/widgets/quiz-check/Widget.svelte'),
	'guess-size': () => import('$lib/widgets/guess-size/Widget.svelte'),
	'quiz-progress': () => import('$lib/widgets/quiz-progress/Widget.svelte'),
	'draw-frontier': () => import('$lib/widgets/draw-frontier/Widget.svelte'),
	plan: () => import('$lib/widgets/plan/Widget.svelte'),
	resolve: () => import('$lib/widgets/resolve/Widget.svelte')
} satisfies Record<string, Loader>;

export type IslandName = keyof typeof islands;

export function isIslandName(name: unknown): name is IslandName {
	return typeof name === 'string' && Object.hasOwn(islands, name);
}
