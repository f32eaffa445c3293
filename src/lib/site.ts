// What the site says about itself: its name for citations, its licences, the date of this edition. One place, so the
// footer, the "Cite this" blocks and the instructors' page agree; the words are the edition's (ui.cite).
import updates from '../../content/updates.json';
import { ui } from '$lib/i18n';
import type { CitedEssay } from '$lib/i18n/en';

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
	title: ui.cite.title,
	subtitle: ui.cite.subtitle,
	authors: ui.cite.authors,
	/** The edition: the date of the newest entry in the updates list. */
	edition: siteUpdates[0]?.date ?? '2026-11-29',
	codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
	textLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }
};

/** The essay (or a chapter) as this edition's citation words name it. */
function cited(url?: string, chapter?: string): CitedEssay {
	return {
		authors: site.authors,
		year: site.edition.slice(0, 4),
		chapter,
		title: site.title,
		subtitle: site.subtitle,
		edition: ui.updates.date(site.edition),
		url
	};
}

/** A plain reference to the essay (or one chapter of it), with the address it was read at when known. */
export function plainCitation(url?: string, chapter?: string): string {
	return ui.cite.plain(cited(url, chapter));
}

/** The same as BibTeX; the words inside its fields are the edition's. */
export function bibtexCitation(url?: string, chapter?: string): string {
	const essay = cited(url, chapter);
	const plainQuotes = (text: string) => text.replace(/[“”]/g, '"');
	const lines = [
		`@misc{compute-optimal-explained-${essay.year},`,
		`  author = {{${plainQuotes(essay.authors)}}},`,
		`  title = {${plainQuotes(ui.cite.bibTitle(essay))}},`,
		`  year = {${essay.year}},`,
		`  note = {${ui.cite.bibNote(essay.edition)}}${url ? ',' : ''}`,
		...(url ? [`  howpublished = {\\url{${url}}}`] : []),
		'}'
	];
	return lines.join('\n');
}
