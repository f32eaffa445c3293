import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	inside,
	intersects,
	labelBox,
	markerBox,
	nearestPoint,
	placeLabels,
	textWidth,
	type Box
} from '$lib/chart/labels';

const bounds: Box = { x: 0, y: 0, width: 400, height: 300 };

describe('textWidth', () => {
	it('counts a Han character or full-width mark as a whole em, wider than any Latin letter', () => {
		expect(textWidth('亿', 12)).toBeCloseTo(12, 9);
		expect(textWidth('，', 10)).toBeCloseTo(10, 9);
		expect(textWidth('100 亿', 12)).toBeGreaterThan(textWidth('100 B', 12) + 3);
		expect(textWidth('你的模型', 11)).toBeCloseTo(44, 9);
	});

	it('grows with the text and the font size', () => {
		expect(textWidth('optimum', 11)).toBeGreaterThan(textWidth('opt', 11));
		expect(textWidth('2.01', 22)).toBeCloseTo(2 * textWidth('2.01', 11), 9);
	});

	it('allows at least half an em per ordinary character', () => {
		for (const text of ['Gopher', 'LLaMA 65B', '5.8 × 10²³', 'your model']) {
			expect(textWidth(text, 10)).toBeGreaterThanOrEqual(text.length * 10 * 0.33);
		}
	});
});

describe('labelBox', () => {
	it.each([
		['right', 'start'],
		['left', 'end'],
		['above', 'middle'],
		['center', 'middle']
	] as const)('puts a %s label beside its anchor with text-anchor %s', (placement, textAnchor) => {
		const placed = labelBox([100, 100], 40, 12, placement, 6);
		expect(placed.textAnchor).toBe(textAnchor);
		if (placement === 'right') expect(placed.box.x).toBe(106);
		if (placement === 'left') expect(placed.box.x + placed.box.width).toBe(94);
		if (placement === 'above') expect(placed.box.y + placed.box.height).toBe(94);
		if (placement === 'center') expect(placed.box).toEqual({ x: 80, y: 94, width: 40, height: 12 });
	});
});

describe('placeLabels', () => {
	it('gives each label its first choice when there is room', () => {
		const placed = placeLabels(
			[
				{ id: 'a', text: 'optimum', anchor: [50, 50] },
				{ id: 'b', text: 'your model', anchor: [250, 200] }
			],
			{ bounds }
		);
		expect(placed.map((p) => p.placement)).toEqual(['right', 'right']);
	});

	it('moves a label off one placed before it, and off markers', () => {
		const placed = placeLabels(
			[
				{ id: 'first', text: 'Chinchilla', anchor: [100, 100], priority: 2 },
				{ id: 'second', text: 'LLaMA 65B', anchor: [102, 101], priority: 1 }
			],
			{ bounds, obstacles: [markerBox([102, 101], 5), markerBox([100, 100], 5)] }
		);
		expect(placed).toHaveLength(2);
		expect(intersects(placed[0].box, placed[1].box)).toBe(false);
	});

	it('keeps labels inside the plot', () => {
		const [placed] = placeLabels([{ id: 'edge', text: 'Llama 3.1 405B', anchor: [395, 5] }], { bounds });
		expect(inside(placed.box, bounds)).toBe(true);
		expect(placed.placement).toBe('below-left');
	});

	it('leaves out a label that has no room, rather than overlap', () => {
		const crowd = Array.from({ length: 40 }, (_, i) => ({ id: `l${i}`, text: 'label', anchor: [20, 20] as const }));
		const placed = placeLabels(crowd, { bounds: { x: 0, y: 0, width: 60, height: 60 } });
		expect(placed.length).toBeLessThan(40);
	});

	it('places the higher priority first, and returns labels in the order given', () => {
		const placed = placeLabels(
			[
				{ id: 'low', text: 'contour', anchor: [100, 100], placements: ['center'] },
				{ id: 'high', text: 'optimum', anchor: [100, 100], placements: ['center'], priority: 5 }
			],
			{ bounds }
		);
		expect(placed.map((p) => p.id)).toEqual(['high']);
	});

	it('never returns two overlapping labels (property)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						x: fc.integer({ min: 0, max: 400 }),
						y: fc.integer({ min: 0, max: 300 }),
						text: fc.string({ minLength: 1, maxLength: 14 }),
						priority: fc.integer({ min: 0, max: 3 })
					}),
					{ maxLength: 30 }
				),
				(items) => {
					const placed = placeLabels(
						items.map((it, i) => ({
							id: String(i),
							text: it.text,
							anchor: [it.x, it.y] as const,
							priority: it.priority
						})),
						{ bounds }
					);
					for (let i = 0; i < placed.length; i++) {
						expect(inside(placed[i].box, bounds)).toBe(true);
						for (let j = i + 1; j < placed.length; j++) expect(intersects(placed[i].box, placed[j].box)).toBe(false);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('alternative anchors', () => {
	it('moves a label along its curve when its first point is taken', () => {
		const placed = placeLabels(
			[
				{ id: 'optimum', text: 'optimum', anchor: [100, 100], placements: ['center'], priority: 2 },
				{
					id: 'contour',
					text: '1.97',
					anchor: [100, 100],
					placements: ['center'],
					alternatives: [
						[110, 100],
						[200, 150]
					]
				}
			],
			{ bounds }
		);
		expect(placed.find((p) => p.id === 'contour')!.box.x).toBeCloseTo(200 - textWidth('1.97', 11) / 2, 9);
	});
});

describe('bold labels', () => {
	it('take more room than the same text set plain', () => {
		const [plain] = placeLabels([{ id: 'a', text: '1.974', anchor: [100, 100] }], { bounds });
		const [bold] = placeLabels([{ id: 'a', text: '1.974', anchor: [100, 100], bold: true }], { bounds });
		expect(bold.box.width).toBeGreaterThan(plain.box.width);
	});
});

describe('leader lines', () => {
	it('let a crowded label stand further off, joined to its point', () => {
		const crowd = ['Llama 2 7B', 'LLaMA 7B', 'Llama 2 13B', 'LLaMA 13B', 'LLaMA 33B'].map((text, i) => ({
			id: text,
			text,
			anchor: [150 + i * 4, 150 + (i % 2) * 4] as const
		}));
		const without = placeLabels(crowd, { bounds });
		const withLeaders = placeLabels(
			crowd.map((c) => ({ ...c, leader: true })),
			{ bounds }
		);
		expect(withLeaders.length).toBeGreaterThan(without.length);
		const far = withLeaders.filter((p) => p.leaderTo);
		expect(far.length).toBeGreaterThan(0);
		for (const p of far) {
			const [x, y] = p.leaderTo!;
			expect(x).toBeGreaterThanOrEqual(p.box.x);
			expect(y).toBeLessThanOrEqual(p.box.y + p.box.height);
		}
	});

	it('finds the point of a box nearest to a point outside it', () => {
		expect(nearestPoint({ x: 10, y: 10, width: 20, height: 10 }, [0, 15])).toEqual([10, 15]);
		expect(nearestPoint({ x: 10, y: 10, width: 20, height: 10 }, [40, 40])).toEqual([30, 20]);
	});
});

/** The gap between two boxes: 0 when they touch or overlap. */
const gapBetween = (a: Box, b: Box) =>
	Math.max(0, Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width)) +
	Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height));

describe('room around the labels that matter', () => {
	const crowd = [
		{ id: 'optimum', text: 'optimum', anchor: [200, 150] as const, priority: 10 },
		// 4 px right of the optimum's label, and 4 px above it.
		{ id: 'contour', text: '2.04', anchor: [275, 150] as const, placements: ['center' as const] },
		{ id: 'near', text: '2.01', anchor: [200, 132] as const, placements: ['center' as const] }
	];

	it.each([0, 4, 8])('keeps later labels %i px clear of a label with that much room', (room) => {
		const placed = placeLabels(
			crowd.map((c) => (c.id === 'optimum' ? { ...c, room } : c)),
			{ bounds, margin: 0 }
		);
		const optimum = placed.find((p) => p.id === 'optimum')!;
		for (const other of placed.filter((p) => p.id !== 'optimum')) {
			expect(gapBetween(optimum.box, other.box)).toBeGreaterThanOrEqual(room);
		}
	});

	it('leaves out a label that only fits in that room, and keeps it without the room', () => {
		const without = placeLabels(crowd, { bounds }).map((p) => p.id);
		const withRoom = placeLabels(
			crowd.map((c) => (c.id === 'optimum' ? { ...c, room: 6 } : c)),
			{ bounds }
		).map((p) => p.id);
		expect(without).toContain('contour');
		expect(withRoom).not.toContain('contour');
	});

	it('asks nothing of the labels placed before it (higher priority)', () => {
		const pair = (room: number) =>
			placeLabels(
				[
					{ id: 'first', text: 'optimum', anchor: [100, 100], priority: 2 },
					{ id: 'second', text: 'your model', anchor: [100, 100], priority: 1, room }
				],
				{ bounds }
			).map((p) => p.box);
		expect(pair(20)).toEqual(pair(0));
	});
});

describe('labels a phone can spare', () => {
	it.each([
		[399, ['optimum']],
		[400, ['optimum', 'ratio']],
		[680, ['optimum', 'ratio']]
	])('at a plot %i px wide, draws %j', (width, ids) => {
		const placed = placeLabels(
			[
				{ id: 'optimum', text: 'optimum', anchor: [40, 40] },
				{ id: 'ratio', text: 'D/N = 20', anchor: [40, 200], minWidth: 400 }
			],
			{ bounds: { x: 0, y: 0, width, height: 300 } }
		);
		expect(placed.map((p) => p.id)).toEqual(ids);
	});
});
