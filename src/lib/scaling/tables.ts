/**
 * The compute-optimal points the paper printed, carried as data so the allocation rules can be fitted in code and the
 * tests can check every row. Values are as printed (hoffmann2022 Table 3 and Table A3).
 */
export interface OptimalRow {
	/** Parameters N. */
	params: number;
	/** Training compute C in FLOP. */
	flop: number;
	/** Training tokens D. */
	tokens: number;
}

/** hoffmann2022 Table 3: Approach 1 (minimum over training curves). */
export const table3Approach1: readonly OptimalRow[] = [
	{ params: 400e6, flop: 1.92e19, tokens: 8.0e9 },
	{ params: 1e9, flop: 1.21e20, tokens: 20.2e9 },
	{ params: 10e9, flop: 1.23e22, tokens: 205.1e9 },
	{ params: 67e9, flop: 5.76e23, tokens: 1.5e12 },
	{ params: 175e9, flop: 3.85e24, tokens: 3.7e12 },
	{ params: 280e9, flop: 9.9e24, tokens: 5.9e12 },
	{ params: 520e9, flop: 3.43e25, tokens: 11.0e12 },
	{ params: 1e12, flop: 1.27e26, tokens: 21.2e12 },
	{ params: 10e12, flop: 1.3e28, tokens: 216.2e12 }
];

/** hoffmann2022 Table A3, Approach 2 columns (IsoFLOP profiles). */
export const tableA3Approach2: readonly OptimalRow[] = [
	{ params: 400e6, flop: 1.84e19, tokens: 7.7e9 },
	{ params: 1e9, flop: 1.2e20, tokens: 20.0e9 },
	{ params: 10e9, flop: 1.32e22, tokens: 219.5e9 },
	{ params: 67e9, flop: 6.88e23, tokens: 1.7e12 },
	{ params: 175e9, flop: 4.54e24, tokens: 4.3e12 },
	{ params: 280e9, flop: 1.18e25, tokens: 7.1e12 },
	{ params: 520e9, flop: 4.19e25, tokens: 13.4e12 },
	{ params: 1e12, flop: 1.59e26, tokens: 26.5e12 },
	{ params: 10e12, flop: 1.75e28, tokens: 292.0e12 }
];

/** The nine IsoFLOP budgets of Approach 2 (hoffmann2022 §3.2, Figure 3). */
export const isoFlopBudgets: readonly number[] = [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21];

/** The training budget shared by Gopher and Chinchilla (hoffmann2022 Table 3, "1 Gopher unit"). */
export const GOPHER_BUDGET = 5.76e23;
