// What the site says about itself: its name for citations, its licences, the date of this edition. One place, so the
// footer, the "Cite this" blocks and the instructors' page agree.
import updates from '../../content/updates.json';

export interface Update {
	/** ISO date, "2026-11-29". */
	date: string;
	text: string;
	/** The entry in the Chinese edition's words, where given (older entries have English only). */
	zh?: string;
}

/** Every correction and notable change of the essay, newest first (content/updates.json). */
export const siteUpdates: readonly Update[] = [...(updates as Update[])].sort((a, b) => b.date.localeCompare(a.date));

export const site = {
	title: 'Compute-optimal, explained',
	subtitle: 'An explorable essay on Hoffmann et al. (2022), “Training Compute-Optimal Large Language Models”',
	authors: 'The “Compute-optimal, explained” contributors',
	/** The edition: the date of the newest entry in the updates list. */
	edition: siteUpdates[0]?.date ?? '2026-11-29',
	codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
	textLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }
};

/** A plain reference to the essay (or one chapter of it), with the address it was read at when known. */
export function plainCitation(url?: string, chapter?: string): string {
	const year = site.edition.slice(0, 4);
	const part = chapter ? `“${chapter}”. In: ` : '';
	return `${site.authors} (${year}). ${part}${site.title}: ${site.subtitle}. Edition of ${site.edition}.${url ? ` ${url}` : ''}`;
}

/** The same as BibTeX. */
export function bibtexCitation(url?: string, chapter?: string): string {
	const year = site.edition.slice(0, 4);
	const lines = [
		`@misc{compute-optimal-explained-${year},`,
		`  author = {{${site.authors.replace(/[“”]/g, '"')}}},`,
		`  title = {${chapter ? `${chapter}. In: ` : ''}${site.title}: ${site.subtitle.replace(/[“”]/g, '"')}},`,
		`  year = {${year}},`,
		`  note = {Edition of ${site.edition}}${url ? ',' : ''}`,
		...(url ? [`  howpublished = {\\url{${url}}}`] : []),
		'}'
	];
	return lines.join('\n');
}
