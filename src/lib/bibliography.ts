// The one bibliography: chapters cite its keys ([@hoffmann2022]); the references page lists it.
import entries from '../../content/bibliography.json';

export interface BibEntry {
	authors: string;
	short: string;
	year: number | null;
	title: string;
	venue: string;
	url: string;
}

export const bibliography: Record<string, BibEntry> = entries;

/** Entries sorted by author then year, as a reference list reads. */
export const sortedEntries = Object.entries(bibliography).sort(
	([, a], [, b]) => a.authors.localeCompare(b.authors) || (a.year ?? 0) - (b.year ?? 0)
);
