// The one bibliography: chapters cite its keys ([@hoffmann2022]); the references page lists it.
import entries from '../../content/bibliography.json';

export interface BibEntry {
	authors: string;
	short: string;
	year: number | null;
	title: string;
	venue: string;
	url: string;
	/** The Chinese edition's words where a rule cannot make them: a team's name, a Chinese work's own title. */
	zh?: { short?: string; authors?: string; title?: string; venue?: string };
}

export const bibliography: Record<string, BibEntry> = entries;

/**
 * Entries sorted by author then year, as a reference list reads. A function, not a constant: a figure that cites one
 * entry imports this module, and a sort at import would start the browser's collation data inside its hydration.
 */
export function sortedEntries(): [string, BibEntry][] {
	return Object.entries(bibliography).sort(
		([, a], [, b]) => a.authors.localeCompare(b.authors) || (a.year ?? 0) - (b.year ?? 0)
	);
}
