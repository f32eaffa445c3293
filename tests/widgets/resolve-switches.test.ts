// The resolve figure's switches: each of the 15 trained configurations has one setting of the switches, and a flip
// that asks for a combination nobody trained lands on the nearest trained one that keeps the flip.
import { describe, expect, it } from 'vitest';
import { PORIAN_CONFIGS, PORIAN_PATHS, configKey, parseConfigKey } from '$lib/data/porian-configs';
import {
	CORRECTIONS,
	canSet,
	configOfSwitches,
	flipSwitches,
	switchesOf,
	type Switches
} from '$lib/widgets/resolve/switches';

/** Switches from a short spelling: the dataset, then the corrections on (h, w, d, t) and `a` for attention. */
function sw(spec: string): Switches {
	const [dataset, on = ''] = spec.split(':');
	return {
		dataset: dataset as Switches['dataset'],
		head: on.includes('h'),
		warmup: on.includes('w'),
		decay: on.includes('d'),
		tuned: on.includes('t'),
		attention: on.includes('a')
	};
}
const keyOf = (s: Switches) => configKey(configOfSwitches(s)!);

describe('the switches of a configuration', () => {
	it.each(PORIAN_CONFIGS.map((c) => [configKey(c), c] as const))('%s has switches that name it back', (_, config) => {
		expect(configOfSwitches(switchesOf(config))).toEqual(config);
	});

	it('gives no two configurations the same switches', () => {
		const settings = PORIAN_CONFIGS.map((c) => JSON.stringify(switchesOf(c)));
		expect(new Set(settings).size).toBe(15);
	});

	it.each(['rw', 'owt2', 'attention'] as const)('ticks the first k corrections at step k of the %s path', (path) => {
		PORIAN_PATHS[path].forEach(({ key }, step) => {
			const s = switchesOf(parseConfigKey(key));
			expect(CORRECTIONS.map((c) => s[c])).toEqual(CORRECTIONS.map((_, i) => i < step));
			expect(s.attention).toBe(path === 'attention' && step > 0);
		});
	});

	it('reads tuning alone, off the paths, column by column', () => {
		expect(switchesOf(parseConfigKey('rw,tuned,long,const,kaplan,train'))).toEqual(sw('rw:t'));
	});

	it('names no configuration for a combination nobody trained', () => {
		for (const spec of ['rw:w', 'rw:hd', 'rw:ht', 'owt2:t', 'owt2:ha', 'rw:a']) {
			expect(configOfSwitches(sw(spec)), spec).toBeUndefined();
		}
	});
});

describe('flipping a switch', () => {
	it('walks RefinedWeb’s path when the corrections are ticked in order', () => {
		let s = sw('rw');
		const keys = [keyOf(s)];
		for (const c of CORRECTIONS) {
			s = flipSwitches(s, { [c]: true });
			keys.push(keyOf(s));
		}
		expect(keys).toEqual(PORIAN_PATHS.rw.map((p) => p.key));
	});

	it.each([
		// Ticking a correction ticks the ones it builds on.
		['rw', { warmup: true }, 'rw:hw'],
		['rw', { decay: true }, 'rw:hwd'],
		['owt2', { tuned: true }, 'owt2:hwdt'],
		['rw:t', { head: true }, 'rw:hwdt'],
		['rw:t', { warmup: true }, 'rw:hwdt'],
		// Unticking one unticks those built on it, keeping what can be kept.
		['rw:hwdt', { head: false }, 'rw:t'],
		['owt2:hwdt', { head: false }, 'owt2'],
		['rw:hwdt', { warmup: false }, 'rw:h'],
		['rw:hwdt', { decay: false }, 'rw:hw'],
		['rw:hw', { head: false }, 'rw'],
		// Tuning alone exists on RefinedWeb only.
		['rw', { tuned: true }, 'rw:t'],
		// Attention counting needs the head counted, and RefinedWeb.
		['rw', { attention: true }, 'rw:ha'],
		['rw:hwda', { head: false }, 'rw'],
		['rw:hwa', { attention: false }, 'rw:hw'],
		['rw:hwa', { dataset: 'owt2' }, 'owt2:hw'],
		['rw:t', { dataset: 'owt2' }, 'owt2'],
		['owt2:hwd', { dataset: 'rw' }, 'rw:hwd']
	] as const)('from %s, %o gives %s', (from, change, to) => {
		expect(flipSwitches(sw(from), change)).toEqual(sw(to));
	});

	it('always keeps the value the reader asked for and lands on a trained configuration', () => {
		for (const config of PORIAN_CONFIGS) {
			const s = switchesOf(config);
			for (const change of [
				...CORRECTIONS.map((c) => ({ [c]: !s[c] })),
				{ dataset: s.dataset === 'rw' ? ('owt2' as const) : ('rw' as const) },
				...(s.dataset === 'rw' ? [{ attention: !s.attention }] : [])
			]) {
				const after = flipSwitches(s, change);
				expect(configOfSwitches(after), `${configKey(config)} ${JSON.stringify(change)}`).toBeDefined();
				for (const [k, v] of Object.entries(change)) expect(after[k as keyof Switches]).toBe(v);
			}
		}
	});

	it('offers attention counting on RefinedWeb only', () => {
		expect(canSet(sw('rw'), { attention: true })).toBe(true);
		expect(canSet(sw('owt2:hw'), { attention: true })).toBe(false);
		expect(canSet(sw('owt2'), { tuned: true })).toBe(true);
	});
});
