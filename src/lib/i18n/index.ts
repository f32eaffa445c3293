// The interface language of this build: its strings and its number formats. Every component takes words and numbers
// from here; `$messages` is this edition's table (src/lib/i18n/en/, or zh/ for the Chinese build: svelte.config.js).
import { createNumberFormat } from '$lib/format/numbers';
import { editions, type Edition } from '$lib/editions';
import messages from '$messages';
import { lawInfo, parseCustomLawId, type LawId } from '$lib/scaling';
import type { Messages } from './en';

export type { Messages };
export const ui: Messages = messages;
export const fmt = createNumberFormat(ui.locale, ui.countUnits);

/** This build's edition (its row in $lib/editions), known by its strings' language tag. */
export const edition: Edition = editions.find((e) => e.lang === ui.locale) ?? editions[0];
/** The other editions, as the language switcher lists them. */
export const otherEditions: Edition[] = editions.filter((e) => e !== edition);

/** A fit's name in this edition: `label` for menus and captions, `short` for table rows and legends. */
export function lawName(id: LawId): { label: string; short: string } {
	const info = lawInfo(id);
	if (Object.hasOwn(ui.laws, info.id)) return ui.laws[info.id as keyof Messages['laws']];
	const { E, A, B, alpha, beta } = parseCustomLawId(info.id)!;
	// Three significant digits, ungrouped, as the constants are written in a law id (B 2090, not 2,090).
	const n = (v: number) => String(Number(v.toPrecision(3)));
	return {
		label: ui.yourFit.label(`E ${n(E)}, A ${n(A)}, B ${n(B)}, α ${n(alpha)}, β ${n(beta)}`),
		short: ui.yourFit.short
	};
}
