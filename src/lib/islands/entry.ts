// The one script every page loads (≈2 KB): the theme picker, the table of contents' "you are here", and the islands'
// loader. Prose is plain HTML; a widget's code (and Svelte's runtime) arrives only when one of its islands comes
// within half a screen of the viewport, or when the page is about to print.

// The words for a figure whose code did not arrive: these alone, not an edition's whole table of strings.
import { islandFailureIn } from '$lib/i18n/island-failure';
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

const ignore = () => {};

let runtime: Promise<typeof import('./runtime.svelte')> | undefined;
// A failed load is forgotten, so the next call asks again.
const loadRuntime = () =>
	(runtime ??= import('./runtime.svelte').catch((error) => {
		runtime = undefined;
		throw error;
	}));

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

/**
 * Loads the runtime and the island's widget side by side (each with its shared chunks), then hydrates. A chunk that
 * does not arrive (a dropped connection, or a redeploy that replaced it) is asked for once more a second later; then
 * the island says so, with a way to reload, and is marked `data-hydrated="failed"`.
 */
async function hydrate(element: HTMLElement) {
	const name = element.dataset.island;
	if (!isIslandName(name) || element.dataset.hydrated !== undefined) return;
	element.dataset.hydrated = 'loading';
	const load = () => Promise.all([loadRuntime(), registry[name]()]);
	let modules: Awaited<ReturnType<typeof load>>;
	try {
		modules = await load().catch(() => new Promise<void>((r) => setTimeout(r, 1000)).then(load));
	} catch {
		return failed(element);
	}
	const [{ hydrateIsland }, { default: widget }] = modules;
	// Props arrive as JSON from the page; each widget checks its own.
	schedule(() => hydrateIsland(element, widget as Parameters<typeof hydrateIsland>[1]));
}

/** An island whose code could not load keeps its prerendered picture and says why it does not move, in its edition. */
function failed(element: HTMLElement) {
	element.dataset.hydrated = 'failed';
	// A number inside a sentence keeps its printed value; a note there would break the sentence.
	if (element.tagName === 'SPAN') return;
	const words = islandFailureIn(document.documentElement.lang);
	const note = Object.assign(document.createElement('p'), { className: 'island-failed' });
	note.setAttribute('role', 'alert');
	const reload = Object.assign(document.createElement('a'), { href: location.href, textContent: words.reload });
	// The address holds the reader's state (and a link to the same page with a #section would only scroll).
	reload.addEventListener('click', (event) => {
		event.preventDefault();
		location.reload();
	});
	note.append(words.message, words.gap, reload);
	Object.assign(note.style, {
		margin: '0 0 0.5rem',
		padding: '0.5rem 0.75rem',
		borderLeft: '4px solid var(--c-compute)',
		background: 'var(--bg-raised)',
		fontFamily: 'var(--font-ui)'
	});
	element.prepend(note);
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
	// A link that sets values shows its notes at once, even with no figure in view (if the runtime cannot load, the
	// islands say so).
	if (location.search.length > 1) loadRuntime().then((r) => r.readLink(), ignore);
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
 * Where the reader is, as an id both editions' pages share: the figure across the reading line (a third of the way
 * down the window, where the table of contents marks the section too), or else the last section heading above it.
 */
function readingPlace(): string {
	const line = window.innerHeight / 3;
	let place = '';
	for (const target of document.querySelectorAll<HTMLElement>('main :is(h2, h3, figure)[id]')) {
		// Not the contents' own heading, nor a figure's (the figure is the place), nor one hidden in a closed answer
		// (no box: it is nowhere).
		if (target.closest('[data-toc]') || target.parentElement?.closest('figure')) continue;
		if (target.getClientRects().length === 0) continue;
		const { top, bottom } = target.getBoundingClientRect();
		if (top > line) break;
		if (target.tagName !== 'FIGURE' || bottom >= line) place = target.id;
	}
	return place;
}

/** How long the page must stay still to count as read there: longer than the pauses within one scroll. */
const REST_MS = 1500;

/**
 * Links that take the reader's place with them (the language switcher, an embed page's link to its chapter): the
 * state in the address and the section being read go along when the link is followed. The section is the address's
 * if it names one; else, since the switcher sits in the page's header and a reader scrolls back up to reach it, the
 * place where they last stopped to read with the link out of view; else the place at the reading line now.
 */
function carryState() {
	// (An offline copy keeps a link that leads online only without its address: nothing to carry.)
	const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href][data-carry-query]')];
	if (links.length === 0) return;
	const outOfView = (element: Element) => {
		const { top, bottom } = element.getBoundingClientRect();
		return bottom < 0 || top > window.innerHeight;
	};
	let rested: string | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const settle = () => {
		if (links.every(outOfView)) rested = readingPlace();
	};
	const scrolled = () => {
		clearTimeout(timer);
		timer = setTimeout(settle, REST_MS);
	};
	addEventListener('scroll', scrolled, { passive: true });
	for (const link of links) {
		// A link that names its own place (an embed's, its figure) keeps it.
		const own = new URL(link.href).hash;
		const carry = () => {
			const url = new URL(link.href);
			url.search = location.search;
			url.hash = location.hash || own || (outOfView(link) ? readingPlace() : (rested ?? readingPlace()));
			link.href = url.href;
		};
		for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, carry);
	}
}

/**
 * A page opened at a #section lands on it. The browser scrolls there while the blocks above, which skip layout until
 * near the window (content-visibility), still have their placeholder heights; drawn, they push the section off the
 * top. So the section is scrolled to again, frame by frame, until it stays put (or the reader moves first).
 */
function landOnTarget() {
	const id = decodeURIComponent(location.hash.slice(1));
	const target = id ? document.getElementById(id) : null;
	if (!target) return;
	let moved = false;
	for (const type of ['wheel', 'keydown', 'touchstart', 'pointerdown']) {
		addEventListener(type, () => (moved = true), { once: true, passive: true, capture: true });
	}
	let passes = 0;
	let steady = 0;
	const settle = () => {
		if (moved) return;
		const off = target.getBoundingClientRect().top - parseFloat(getComputedStyle(target).scrollMarginTop);
		if (Math.abs(off) > 1) {
			steady = 0;
			target.scrollIntoView({ block: 'start', behavior: 'instant' });
		} else steady += 1;
		// Two frames apart, so what the last scroll brought near is drawn before the next look.
		if (steady < 3 && ++passes < 20) requestAnimationFrame(() => requestAnimationFrame(settle));
	};
	requestAnimationFrame(() => requestAnimationFrame(settle));
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

/**
 * Code a reader is meant to copy (wrapped in $lib/components/CopyCode.svelte, which carries the edition's words) gets a
 * "Copy" button; where the clipboard is blocked, the code is selected for the reader's own keys.
 */
function copyButtons() {
	for (const block of document.querySelectorAll<HTMLElement>('[data-copy]')) {
		const code = block.querySelector('pre');
		if (!code) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-button';
		button.textContent = block.dataset.copy!;
		const status = document.createElement('p');
		status.className = 'copy-status';
		status.setAttribute('role', 'status');
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(code.textContent ?? '');
				status.textContent = block.dataset.copied!;
			} catch {
				getSelection()?.selectAllChildren(code);
				status.textContent = block.dataset.copyBlocked!;
			}
		});
		block.prepend(button);
		block.append(status);
	}
}

themePicker();
landOnTarget();
carryState();
copyButtons();
liveVersions();
tocSpy();
islands();
embed();
// For tests and the benchmark: the page's script has run (each island marks itself data-hydrated when live).
document.documentElement.dataset.ready = '';
