// The one script every page loads (≈2 KB): the theme picker, the table of contents' "you are here", and the islands'
// loader. Prose is plain HTML; a widget's code (and Svelte's runtime) arrives only when one of its islands comes
// within half a screen of the viewport, or when the page is about to print.

import { isIslandName, islands as registry } from './registry';

const ISLAND = '[data-island]:not([data-hydrated])';

function themePicker() {
	const picker = document.querySelector<HTMLSelectElement>('[data-theme-picker]');
	if (!picker) return;
	const root = document.documentElement;
	picker.value = root.dataset.theme === 'light' || root.dataset.theme === 'dark' ? root.dataset.theme : 'auto';
	picker.addEventListener('change', () => {
		const theme = picker.value;
		try {
			if (theme === 'auto') localStorage.removeItem('theme');
			else localStorage.setItem('theme', theme);
		} catch {
			// Storage can be blocked (private mode); the choice then lasts for this page only.
		}
		if (theme === 'auto') delete root.dataset.theme;
		else root.dataset.theme = theme;
	});
}

/** Marks in the table of contents the section being read: the last heading above the upper third of the window. */
function tocSpy() {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
	if (links.length === 0) return;
	const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
	let frame = 0;
	const update = () => {
		frame = 0;
		const line = window.innerHeight / 3;
		let current = -1;
		targets.forEach((t, i) => {
			if (t && t.getBoundingClientRect().top <= line) current = i;
		});
		links.forEach((a, i) =>
			i === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')
		);
	};
	addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
	update();
}

let runtime: Promise<typeof import('./runtime.svelte')> | undefined;
const loadRuntime = () => (runtime ??= import('./runtime.svelte'));

/** Islands whose code has arrived, hydrated one per task so that no single task blocks the page for long. */
const ready: (() => void)[] = [];
function schedule(job: () => void) {
	ready.push(job);
	if (ready.length === 1) setTimeout(drain);
}
function drain() {
	ready.shift()?.();
	if (ready.length > 0) setTimeout(drain);
}

/** Loads the runtime and the island's widget side by side (each with its shared chunks), then hydrates. */
async function hydrate(element: HTMLElement) {
	const name = element.dataset.island;
	if (!isIslandName(name) || element.dataset.hydrated !== undefined) return;
	element.dataset.hydrated = 'loading';
	const [{ hydrateIsland }, { default: widget }] = await Promise.all([loadRuntime(), registry[name]()]);
	// Props arrive as JSON from the page; each widget checks its own.
	schedule(() => hydrateIsland(element, widget as Parameters<typeof hydrateIsland>[1]));
}

/** Marks a control the reader changes in an island that is not live yet, so hydration can hand their change on. */
function rememberEarlyInput(event: Event) {
	const control = event.target as HTMLElement;
	if (control.closest?.('[data-island]:not([data-hydrated=""])')) control.dataset.touched = '';
}

function islands() {
	const all = [...document.querySelectorAll<HTMLElement>(ISLAND)];
	addEventListener('input', rememberEarlyInput, true);
	addEventListener('change', rememberEarlyInput, true);
	// A link that sets values shows its notes at once, even with no figure in view.
	if (location.search.length > 1) loadRuntime().then((r) => r.readLink());
	if (all.length === 0) return;
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				hydrate(entry.target as HTMLElement);
			}
		},
		// Half a screen ahead: the code is there by the time the reader is.
		{ rootMargin: '50% 0px' }
	);
	for (const element of all) {
		if (element.dataset.load !== 'interaction') observer.observe(element);
		else {
			// Loaded when the reader reaches for it; what they do before it is live is kept (see runtime.hydrateIsland).
			const wake = () => hydrate(element);
			for (const type of ['pointerover', 'pointerdown', 'touchstart', 'focusin']) {
				element.addEventListener(type, wake, { once: true, passive: true });
			}
		}
	}
	// A printed page shows every figure in the reader's state: bring the rest to life first.
	addEventListener('beforeprint', () => document.querySelectorAll<HTMLElement>(ISLAND).forEach(hydrate));
}

/**
 * Links that take the reader's place with them (the language switcher, an embed page's link to its chapter): the
 * state in the address and the section being read go along when the link is followed.
 */
function carryState() {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry-query]')) {
		const carry = () => {
			const url = new URL(link.href);
			url.search = location.search;
			if (location.hash) url.hash = location.hash;
			link.href = url.href;
		};
		for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, carry);
	}
}

/** An embed page's own behaviour (its height for the host, its link back), loaded on embed pages only. */
function embed() {
	const root = document.querySelector<HTMLElement>('[data-embed]');
	if (root) import('./embed').then(({ embedPage }) => embedPage(root));
}

/** The whole essay names each figure's live version: in full, as a printed handout needs it. */
function liveVersions() {
	if (!location.protocol.startsWith('http')) return;
	for (const a of document.querySelectorAll<HTMLAnchorElement>('.live-version a')) a.textContent = a.href;
}

themePicker();
carryState();
liveVersions();
tocSpy();
islands();
embed();
// For tests and the benchmark: the page's script has run (each island marks itself data-hydrated when live).
document.documentElement.dataset.ready = '';
