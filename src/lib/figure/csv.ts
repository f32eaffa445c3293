// CSV for "copy the data": RFC 4180 quoting, numbers at full precision so a spreadsheet gets the exact values.

export type Cell = string | number | null | undefined;

function cell(value: Cell): string {
	if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
	const text = typeof value === 'number' ? String(value) : value;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows → CSV text with CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
