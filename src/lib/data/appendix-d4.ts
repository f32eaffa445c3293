// The paper's one head-to-head test of Kaplan's rule against its own (hoffmann2022 App. D.4, Figure A4), as printed:
// at 10²¹ FLOP it first states each rule's predicted optimal size, then trains a model near each (same depth-to-width
// ratio); the smaller one reaches the lower loss. Chapter 7 quotes the trained sizes and computes the predictions with
// the core, which reproduces both printed predictions (tests/data/appendix-d4.test.ts).
export const APPENDIX_D4 = {
	cite: 'hoffmann2022',
	locator: 'App. D.4',
	/** The budget of the test, in FLOP. */
	budget: 1e21,
	/** "From Kaplan et al. (2020), we find that the optimal model size should be 4.68 billion parameters. From our
	 * approach 1, we estimate a 2.86 billion parameter model should be optimal." */
	predicted: { kaplan2020: 4.68e9, 'hoffmann2022-approach1': 2.86e9 },
	/** The models actually trained on that budget. */
	trained: { kaplan2020: 4.74e9, 'hoffmann2022-approach1': 2.8e9 },
	/** Which reached the lower loss (Figure A4). */
	winner: 'hoffmann2022-approach1'
} as const;
