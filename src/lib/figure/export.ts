// Turning a live SVG chart into a file a teacher can drop into slides. Browser-only: called from click handlers.

const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'paint-order'
];

/**
 * Serialises an SVG with its computed styles inlined (CSS variables and theme colours do not survive outside the page)
 * and the page's background behind it.
 */
export function serialiseSvg(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const source = svg.querySelectorAll('*');
	const target = clone.querySelectorAll('*');
	source.forEach((element, i) => {
		const computed = getComputedStyle(element);
		const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
		(target[i] as SVGElement).setAttribute('style', style);
	});
	const { width, height } = svg.getBoundingClientRect();
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(Math.round(width)));
	clone.setAttribute('height', String(Math.round(height)));
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', getComputedStyle(document.documentElement).getPropertyValue('--bg') || '#fff');
	clone.insertBefore(background, clone.firstChild);
	return new XMLSerializer().serializeToString(clone);
}

/** Renders the serialised SVG onto a canvas at `scale`× and returns a PNG. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const text = serialiseSvg(svg);
	const { width, height } = svg.getBoundingClientRect();
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw to a canvas.');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed.'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export function download(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text; resolves false where the clipboard is unavailable (insecure origin, permission refused). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
