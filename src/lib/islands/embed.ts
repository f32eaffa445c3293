// What an embed page (/embed/<figure>/) does beyond its island, loaded only there. Inside a frame:
// - it fits the frame it is given, whatever the host: a course platform strips the host page's scripts, so nothing
//   resizes the frame, and the figure must show whole, in every state the reader reaches (a committed guess, a placed
//   model), with no scrollbar inside the frame. Its charts give up height first (they are drawn for any box), down to a
//   legible minimum; only if that is not enough does the whole figure scale down. A data table scrolls in its own box.
// - it tells the host page the height it would like (its natural height) whenever that changes, so a host that runs
//   script can size the frame instead (the message is documented in $lib/figure/embed and on the instructors' page).
// Its link back to the chapter carries the state (entry.ts).
import { EMBED_HEIGHT_MESSAGE, MEASURE_HASH, type EmbedHeightMessage } from '$lib/figure/embed';
import { fitCharts } from '$lib/figure/fit';

const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/**
 * Opened by a figure's Embed button to measure it (`#measure`, in a hidden frame of a given width): once the figure is
 * live, its guesses are committed (the state with the most to show: chart, verdict) and the page's natural height in
 * that state is posted to the button's page.
 */
async function measure(root: HTMLElement): Promise<void> {
	const started = performance.now();
	while (!root.querySelector('[data-island][data-hydrated=""]') && performance.now() - started < 10_000)
		await new Promise((done) => setTimeout(done, 50));
	for (const button of root.querySelectorAll<HTMLButtonElement>('button.commit:not(:disabled)')) button.click();
	await frames();
	await frames();
	const message: EmbedHeightMessage = {
		type: EMBED_HEIGHT_MESSAGE,
		figure: root.dataset.embed ?? '',
		height: Math.ceil(document.documentElement.scrollHeight),
		largest: true
	};
	window.parent.postMessage(message, location.origin);
}

export function embedPage(root: HTMLElement): void {
	if (window.parent === window) return;
	if (location.hash === MEASURE_HASH) {
		void measure(root);
		return;
	}
	document.documentElement.classList.add('in-frame');
	let last = 0;
	let scheduled = false;

	const fit = () => {
		scheduled = false;
		const natural = fitCharts(root, window.innerHeight);
		if (natural !== last && natural > 0) {
			last = natural;
			const message: EmbedHeightMessage = {
				type: EMBED_HEIGHT_MESSAGE,
				figure: root.dataset.embed ?? '',
				height: natural
			};
			// Any host may frame an embed page, and a height says nothing private: posted to whoever it is.
			window.parent.postMessage(message, '*');
		}
	};
	// Whatever changes the content's size (a guess committed, a table opened, the frame resized) fits it again, once a
	// frame; the fitting's own changes are measured in the same pass, not fed back.
	const schedule = () => {
		if (scheduled) return;
		scheduled = true;
		requestAnimationFrame(fit);
	};
	new ResizeObserver(schedule).observe(root);
	new MutationObserver(schedule).observe(root, { subtree: true, childList: true, attributeFilter: ['open'] });
	addEventListener('resize', schedule);
	fit();
}
