// Every UI string the site shows, in one place, so the Chinese edition is a second file of the same shape.
// Prose lives in content/; this file holds only the words of the interface.

export const ui = {
	siteTitle: 'Compute-optimal, explained',
	siteTagline:
		'How to split a fixed training budget between model size and training data: the Chinchilla result, live in your hands.',
	skipToContent: 'Skip to content',
	nav: {
		label: 'Site',
		contents: 'Contents',
		explore: 'Explore',
		references: 'References'
	},
	contents: {
		heading: 'Chapters',
		minutes: (n: number) => `${n} min read`,
		chapter: (n: number) => `Chapter ${n}`
	},
	chapter: {
		toc: 'On this page',
		previous: 'Previous',
		next: 'Next',
		pager: 'Chapters',
		anchor: (text: string) => `Link to the section “${text}”`
	},
	notFound: {
		title: 'Page not found',
		body: 'There is no page at this address. The chapters are listed on the contents page.',
		back: 'Go to the contents'
	},
	footer: 'An explorable essay on Hoffmann et al. (2022). Every number on this site comes from one scaling-law core.'
} as const;
