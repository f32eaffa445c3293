import type { Component } from 'svelte';
import type { PageLoad } from './$types';

// Lazy on purpose: each chapter page loads only its own chapter's code.
const components = import.meta.glob<{ default: Component }>('/content/*.md');

export const load: PageLoad = async ({ data }) => {
	const module = await components[data.chapter.file]();
	return { ...data, component: module.default };
};
