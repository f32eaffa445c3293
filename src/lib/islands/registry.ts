// Every island the browser can load, by name: the one list a new widget joins. Each loader is a dynamic import, so a
// page fetches a widget's code only when one of its islands nears the viewport.
import type { Component } from 'svelte';

// Props arrive as JSON from the page, so the loader's type cannot know each widget's own props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loader = () => Promise<{ default: Component<any> }>;

export const islands = {
	'budget-bar': () => import('$lib/widgets/budget-bar/Widget.svelte'),
	'compute-budget': () => import('$lib/widgets/compute-budget/Widget.svelte'),
	'iso-flop': () => import('$lib/widgets/iso-flop/Widget.svelte'),
	'iso-loss': () => import('$lib/widgets/iso-loss/Widget.svelte'),
	calculator: () => import('$lib/widgets/calculator/Widget.svelte'),
	'models-map': () => import('$lib/widgets/models-map/Widget.svelte'),
	live: () => import('$lib/widgets/live/Widget.svelte'),
	optimum: () => import('$lib/widgets/optimum/Widget.svelte'),
	runs: () => import('$lib/widgets/runs/Widget.svelte'),
	fit: () => import('$lib/widgets/fit/Widget.svelte'),
	approach2: () => import('$lib/widgets/approach2/Widget.svelte'),
	'law-editor': () => import('$lib/widgets/law-editor/Widget.svelte'),
	lifetime: () => import('$lib/widgets/lifetime/Widget.svelte'),
	overtraining: () => import('$lib/widgets/overtraining/Widget.svelte'),
	repeated: () => import('$lib/widgets/repeated/Widget.svelte'),
	quiz: () => import('$lib/widgets/quiz/Widget.svelte'),
	guess: () => import('$lib/widgets/guess/Widget.svelte'),
	'quiz-progress': () => import('$lib/widgets/quiz-progress/Widget.svelte'),
	'draw-frontier': () => import('$lib/widgets/draw-frontier/Widget.svelte')
} satisfies Record<string, Loader>;

export type IslandName = keyof typeof islands;

export function isIslandName(name: unknown): name is IslandName {
	return typeof name === 'string' && Object.hasOwn(islands, name);
}
