import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { PageServerLoad } from './$types';

// The instructors' page: prose from content/pages/, rendered at build time like a chapter (its math and links
// through the same plugins), and placed in the page as markup.
const [page] = Object.values(
	import.meta.glob<{ default: Component; metadata: Record<string, string> }>('$content/pages/instructors.md', {
		eager: true
	})
);

export const load: PageServerLoad = () => {
	const { body, head } = render(page.default, { idPrefix: 'ch' });
	return { body, head, title: page.metadata.title, summary: page.metadata.summary };
};
