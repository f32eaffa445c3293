// The compute the paper's runs span, as Epoch read them off Figure 4 (tests/data/chinchilla-runs.test.ts checks these
// against the data): every figure that draws a fit past the largest run marks it as extrapolation. Kept apart from the
// runs themselves so a figure can mark the span without loading 245 rows.
export const RUNS_COMPUTE_SPAN = { min: 1.3972367362937152e18, max: 1.2956022673438285e22 } as const;
