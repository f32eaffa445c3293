import { describe, expect, it } from 'vitest';
import { BUDGET_RANGE } from '$lib/state/params';
import { budgetThrough, isSidewaysDrag, TOUCH_SLOP } from '$lib/widgets/optimum-map/model';
import { expectRelative } from '../scaling/helpers';

describe('Fig 1.2’s chart as a handle on the budget', () => {
	it.each([
		['Chinchilla', 70e9, 1.4e12, 5.88e23],
		['GPT-3', 175e9, 300e9, 3.15e23],
		['a small run', 1e8, 2e9, 1.2e18]
	])('the pointer at %s’s N and D sets the budget whose iso-FLOP line runs there, 6·N·D', (_, N, D, C) => {
		expectRelative(budgetThrough(N, D), C, 1e-9);
	});

	it.each([
		['below the slider’s range', 1e7, 1e8, BUDGET_RANGE[0]],
		['above it', 1e14, 1e16, BUDGET_RANGE[1]]
	])('a pointer %s sets the nearest budget the slider has', (_, N, D, C) => {
		expectRelative(budgetThrough(N, D), C, 1e-9);
	});

	it.each([
		[TOUCH_SLOP, 0, true],
		[-TOUCH_SLOP - 3, 2, true],
		[TOUCH_SLOP - 1, 0, false],
		[10, 10, false],
		[3, 40, false],
		[0, -30, false]
	])('a finger moved (%d, %d) px drags the budget: %s (else the page scrolls)', (dx, dy, drags) => {
		expect(isSidewaysDrag(dx, dy)).toBe(drags);
	});
});
