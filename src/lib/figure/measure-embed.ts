// How tall a figure's embed page is in its largest state, at a given frame width: the page itself says, opened in a
// frame of that width that nobody sees (./embed.ts's `#measure`). Browser-only: called from the Embed button.
import { isEmbedHeightMessage, MEASURE_HASH } from './embed';

/** Resolves to the height in CSS pixels, or undefined if the page did not answer within `timeout` milliseconds. */
export function measureEmbed(src: string, width: number, timeout = 10_000): Promise<number | undefined> {
	return new Promise((resolve) => {
		const frame = document.createElement('iframe');
		// In the window (so its figure counts as on screen and loads), but invisible and out of the way.
		frame.setAttribute('aria-hidden', 'true');
		frame.tabIndex = -1;
		frame.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:400px;border:0;opacity:0;pointer-events:none;z-index:-1`;
		const done = (height: number | undefined) => {
			removeEventListener('message', listen);
			clearTimeout(timer);
			frame.remove();
			resolve(height);
		};
		const listen = (event: MessageEvent) => {
			if (event.source === frame.contentWindow && isEmbedHeightMessage(event.data) && event.data.largest)
				done(event.data.height);
		};
		const timer = setTimeout(() => done(undefined), timeout);
		addEventListener('message', listen);
		frame.src = `${src.split('#')[0]}${MEASURE_HASH}`;
		document.body.append(frame);
	});
}
