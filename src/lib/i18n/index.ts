// The interface language of this build: its strings and its number formats. Every component takes words and numbers
// from here, so a second edition swaps this one module's source, not the components.
import { createNumberFormat } from '$lib/format/numbers';
import { en, type Messages } from './en';

export type { Messages };
export const ui: Messages = en;
export const fmt = createNumberFormat(ui.locale, ui.countUnits);
