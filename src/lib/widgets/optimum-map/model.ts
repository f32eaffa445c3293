// What Fig 1.2's chart does with a pointer: the budget whose iso-FLOP line passes under it. Pure.
import { budgetAtLog } from '$lib/controls/budget';
import { trainingCompute } from '$lib/scaling';

/** The budget whose iso-FLOP line runs through (N, D), C = 6·N·D, kept within the budget slider's range. */
export function budgetThrough(params: number, tokens: number): number {
	return budgetAtLog(Math.log10(trainingCompute(params, tokens)));
}

/** How far (px) a finger must move sideways, and more sideways than up or down, before it drags rather than scrolls. */
export const TOUCH_SLOP = 6;

/** Whether a touch that moved (dx, dy) from where it started is a sideways drag, not the start of a scroll. */
export function isSidewaysDrag(dx: number, dy: number): boolean {
	return Math.abs(dx) >= TOUCH_SLOP && Math.abs(dx) > Math.abs(dy);
}
