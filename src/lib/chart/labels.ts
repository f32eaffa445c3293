// Label placement for the charts: each label tries a few positions around its anchor, in order, and takes the first
// whose box stays inside the plot and clear of every label already placed and of the chart's marks. Labels go in
// priority order, so the ones that matter most (the optimum, the reader's model) get their first choice. A label with
// no free position is left out rather than drawn over another; the figure's data table still carries its number.
// On a narrow chart (a phone) the labels a figure can spare are left out, and the ones that matter keep some air
// around them, so labels never pile up on one point. Pure: pixel boxes in, positions out.

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Where a label sits relative to its anchor. `center` puts it on the anchor (a contour's label on its line). */
export type Placement =
	'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left' | 'center';

export interface LabelRequest {
	id: string;
	text: string;
	/** The point labelled, in pixels. */
	anchor: readonly [number, number];
	/** Font size in pixels. */
	size?: number;
	/** Higher goes first. */
	priority?: number;
	/** Positions to try, in order. */
	placements?: readonly Placement[];
	/** Space between the anchor and the label, in pixels. */
	gap?: number;
	/** Other anchors to try, in order, once every placement at `anchor` is taken (points along a contour). */
	alternatives?: readonly (readonly [number, number])[];
	/** Set in bold, which is wider. */
	bold?: boolean;
	/** May stand further off, joined to its anchor by a leader line, when nothing near is free. */
	leader?: boolean;
	/** Pixels kept free around the label once placed: later labels keep that far off (the labels that matter most). */
	room?: number;
	/** Left out when the plot is narrower than this many pixels: a label the figure can spare on a phone (its legend
	 * or readout says the same). */
	minWidth?: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	placement: Placement;
	/** The label's box, in pixels. */
	box: Box;
	/** Where SVG draws the text: its anchor point and text-anchor. */
	x: number;
	y: number;
	textAnchor: 'start' | 'middle' | 'end';
	/** Placed away from its anchor (the second ring): draw a leader line from the anchor to `leaderTo`. */
	leaderTo?: [number, number];
}

const DEFAULT_PLACEMENTS: readonly Placement[] = [
	'right',
	'above-right',
	'below-right',
	'above',
	'below',
	'left',
	'above-left',
	'below-left'
];

/**
 * A width that is at least the rendered width of `text` in the UI sans-serif at `size` pixels (per-character estimates
 * on the wide side: a label is better a little apart than overlapping).
 */
export function textWidth(text: string, size: number): number {
	let em = 0;
	for (const c of text) {
		// Han characters and full-width punctuation are square: one em each, in every CJK face.
		if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c)) em += 1;
		// Digits are tabular (all one width) in the UI faces; DejaVu Sans, the usual fallback, is the widest of them.
		else if (/[0-9]/.test(c)) em += 0.66;
		else if (/[ .,:;'!|ilj]/.test(c)) em += 0.34;
		else if (/[A-Z]/.test(c)) em += 0.74;
		else if (/[mwMW×—]/.test(c)) em += 0.92;
		else if (/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/.test(c)) em += 0.46;
		else em += 0.62;
	}
	return em * size;
}

export function intersects(a: Box, b: Box, margin = 0): boolean {
	return (
		a.x < b.x + b.width + margin &&
		b.x < a.x + a.width + margin &&
		a.y < b.y + b.height + margin &&
		b.y < a.y + a.height + margin
	);
}

export function inside(box: Box, bounds: Box): boolean {
	return (
		box.x >= bounds.x &&
		box.y >= bounds.y &&
		box.x + box.width <= bounds.x + bounds.width &&
		box.y + box.height <= bounds.y + bounds.height
	);
}

/** The box a label of `width` × `height` takes at `placement` around `anchor`, and where its text is drawn. */
export function labelBox(
	anchor: readonly [number, number],
	width: number,
	height: number,
	placement: Placement,
	gap: number
): Omit<PlacedLabel, 'id' | 'text' | 'placement'> {
	const [ax, ay] = anchor;
	const horizontal = placement.endsWith('right') ? 'right' : placement.endsWith('left') ? 'left' : 'middle';
	const vertical = placement.startsWith('above') ? 'above' : placement.startsWith('below') ? 'below' : 'middle';
	// A diagonal label sits a little closer in: the gap is measured along each axis.
	const g = vertical !== 'middle' && horizontal !== 'middle' ? gap * 0.7 : gap;
	const x = horizontal === 'right' ? ax + g : horizontal === 'left' ? ax - g - width : ax - width / 2;
	const y = vertical === 'above' ? ay - g - height : vertical === 'below' ? ay + g : ay - height / 2;
	const textAnchor = horizontal === 'right' ? 'start' : horizontal === 'left' ? 'end' : 'middle';
	const textX = horizontal === 'right' ? x : horizontal === 'left' ? x + width : x + width / 2;
	// The baseline sits about a fifth of the box above its bottom.
	return { box: { x, y, width, height }, x: textX, y: y + height * 0.78, textAnchor };
}

/**
 * Places `labels` inside `bounds`, clear of `obstacles` (the chart's markers) and of each other.
 * @returns the labels that found room, in the order given
 */
export function placeLabels(
	labels: readonly LabelRequest[],
	{ bounds, obstacles = [], margin = 1 }: { bounds: Box; obstacles?: readonly Box[]; margin?: number }
): PlacedLabel[] {
	const order = labels
		.map((label, i) => ({ label, i }))
		.filter(({ label }) => bounds.width >= (label.minWidth ?? 0))
		.sort((a, b) => (b.label.priority ?? 0) - (a.label.priority ?? 0) || a.i - b.i);
	const taken: Box[] = [];
	const placed = new Map<number, PlacedLabel>();
	for (const { label, i } of order) {
		const size = label.size ?? 11;
		const width = textWidth(label.text, size) * (label.bold ? 1.12 : 1);
		const height = size * 1.25;
		const gap = label.gap ?? 7;
		// Near the anchor first (and along the alternatives), then, for labels that may have a leader, further off.
		const rings: [readonly [number, number], number][] = [
			...[label.anchor, ...(label.alternatives ?? [])].map((a) => [a, gap] as [readonly [number, number], number]),
			...(label.leader ? [2.6, 4.2].map((k) => [label.anchor, gap * k] as [readonly [number, number], number]) : [])
		];
		search: for (const [anchor, g] of rings) {
			for (const placement of label.placements ?? DEFAULT_PLACEMENTS) {
				const candidate = labelBox(anchor, width, height, placement, g);
				if (!inside(candidate.box, bounds)) continue;
				if (taken.some((box) => intersects(box, candidate.box, margin))) continue;
				if (obstacles.some((box) => intersects(box, candidate.box, 0))) continue;
				taken.push(grow(candidate.box, label.room ?? 0));
				const far = g > gap;
				placed.set(i, {
					id: label.id,
					text: label.text,
					placement,
					...candidate,
					...(far ? { leaderTo: nearestPoint(candidate.box, anchor) } : {})
				});
				break search;
			}
		}
	}
	return [...placed.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

/** `box` with `by` pixels more on every side. */
export function grow(box: Box, by: number): Box {
	return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** The box a round marker of radius `r` at (x, y) covers. */
export function markerBox([x, y]: readonly [number, number], r: number): Box {
	return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

/** The point of `box` nearest to `point`: where a leader line from the point meets the label. */
export function nearestPoint(box: Box, [x, y]: readonly [number, number]): [number, number] {
	return [Math.min(box.x + box.width, Math.max(box.x, x)), Math.min(box.y + box.height, Math.max(box.y, y))];
}
