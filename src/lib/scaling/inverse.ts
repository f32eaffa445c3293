import { requirePositive } from './errors';
import { allocate, type LawId } from './laws';

/**
 * The budget at which `lawId` trains on exactly `tokens` tokens: the question the source's worked example asks
 * ("I have 100 B tokens: what model, what compute?"). Every law's D_opt rises with C, so bisection on log C finds it
 * for parametric laws and fitted rules alike, to about 1e-13 relative.
 */
export function budgetForTokens(lawId: LawId, tokens: number): number {
	requirePositive('tokens', tokens);
	let lo = Math.log(1e6);
	let hi = Math.log(1e40);
	const tokensAt = (logC: number) => allocate(lawId, Math.exp(logC)).tokens;
	if (tokensAt(lo) > tokens || tokensAt(hi) < tokens) {
		throw new RangeError(`tokens ${tokens} is outside what ${lawId} covers between 1e6 and 1e40 FLOP`);
	}
	for (let i = 0; i < 100 && hi - lo > 1e-14; i++) {
		const mid = (lo + hi) / 2;
		if (tokensAt(mid) < tokens) lo = mid;
		else hi = mid;
	}
	return Math.exp((lo + hi) / 2);
}
