// Projector mode: a figure alone, large, for a lecture hall. The figure's button, or "p" anywhere in the figure (outside
// a text box), turns it on; "p", Escape or the button turn it off. The figure fills the window (and the screen, where the
// browser allows); focus goes to its first slider (the budget, where it has one), so the arrow keys drive it at once.
// Its charts are drawn 1.6 times larger (their text with them: Figure.svelte's styles) and give up height until the
// chart, its controls and its readout fit one screen, a 1280 × 720 projector's included.
import { essentialsEnd, fitCharts, MIN_PROJECTED_CHART_HEIGHT, unfitCharts } from './fit';

/** Whether a key press is typing into a field, where "p" is a letter and not a command. */
function typing(target: EventTarget | null): boolean {
	const element = target as HTMLElement | null;
	if (!element) return false;
	return (
		element.isContentEditable ||
		element.tagName === 'TEXTAREA' ||
		(element.tagName === 'INPUT' &&
			!['range', 'checkbox', 'radio', 'button'].includes((element as HTMLInputElement).type))
	);
}

export class Projector {
	on = $state(false);
	readonly #frame: () => HTMLElement | undefined;
	/** Fits again when the figure's contents change size (a bootstrap adds a column, a reply arrives). */
	#observer?: ResizeObserver;

	/** `frame` gives the figure's element once it is in the page. */
	constructor(frame: () => HTMLElement | undefined) {
		this.#frame = frame;
	}

	/**
	 * Fits the figure to the window, once the browser has laid it out in projector mode: its charts give up height until
	 * what the room must see together — the charts, the controls that drive them and the readouts — ends on the first
	 * screen. What follows (a data table, notes) is a scroll away.
	 */
	#fit = () => {
		const frame = this.#frame();
		if (!frame || !this.on) return;
		requestAnimationFrame(() =>
			fitCharts(frame, frame.clientHeight, {
				height: () => essentialsEnd(frame),
				minChart: MIN_PROJECTED_CHART_HEIGHT,
				scale: false
			})
		);
	};

	set(on: boolean): void {
		const frame = this.#frame();
		this.on = on;
		if (on) {
			this.#fit();
			addEventListener('resize', this.#fit);
			// A fit that changes nothing changes no size, so this settles after one more fit.
			this.#observer ??= new ResizeObserver(this.#fit);
			for (const part of frame?.children ?? []) this.#observer.observe(part);
			queueMicrotask(() => frame?.querySelector<HTMLElement>('input[type="range"], button, select')?.focus());
			frame?.requestFullscreen?.().catch(() => {
				// Fullscreen refused (an iframe without permission, an old browser): the fixed overlay still fills the window.
			});
		} else {
			removeEventListener('resize', this.#fit);
			this.#observer?.disconnect();
			if (frame) unfitCharts(frame);
			if (typeof document !== 'undefined' && document.fullscreenElement === frame)
				document.exitFullscreen().catch(() => {});
		}
	}

	toggle = (): void => this.set(!this.on);

	/** The figure's keydown handler: "p" toggles, Escape leaves. */
	onkeydown = (event: KeyboardEvent): void => {
		if (event.key === 'Escape' && this.on) {
			event.preventDefault();
			this.set(false);
		} else if (
			(event.key === 'p' || event.key === 'P') &&
			!typing(event.target) &&
			!event.ctrlKey &&
			!event.metaKey &&
			!event.altKey
		) {
			event.preventDefault();
			this.toggle();
		}
	};

	/** Leaving full screen by the browser's own means (Escape, F11) leaves projector mode too. Returns the cleanup. */
	follow(): () => void {
		const left = () => {
			if (!document.fullscreenElement && this.on) this.set(false);
			else this.#fit();
		};
		document.addEventListener('fullscreenchange', left);
		return () => document.removeEventListener('fullscreenchange', left);
	}
}
