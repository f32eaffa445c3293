// What an embed page (/embed/<figure>/) does beyond its island, loaded only there: inside a frame, it tells the host
// page its height whenever that changes, so the host can size the frame (the message is documented in
// $lib/figure/embed and on the instructors' page). Its link back to the chapter carries the state (entry.ts).
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '$lib/figure/embed';

export function embedPage(root: HTMLElement): void {
	if (window.parent === window) return;
	const main = root.closest('main') ?? root;
	let last = 0;
	const post = () => {
		const height = Math.ceil(main.getBoundingClientRect().bottom + scrollY);
		if (height === last || height <= 0) return;
		last = height;
		const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, figure: root.dataset.embed ?? '', height };
		// Any host may frame an embed page, and a height says nothing private: posted to whoever it is.
		window.parent.postMessage(message, '*');
	};
	new ResizeObserver(post).observe(main);
	post();
}
