// The framing rules of the build, as a `_headers` file (Netlify's format: a path pattern, then indented headers).

const DENY = ["  Content-Security-Policy: frame-ancestors 'none'", '  X-Frame-Options: DENY'];
const ALLOW = ['  Content-Security-Policy: frame-ancestors *'];

/**
 * Embed pages (everything under `embeds`) may be framed anywhere; the contents page (`root`), its 404 page and every
 * folder in `pages` (with what lies under it) may not. Pages are listed one by one because hosts apply every rule that
 * matches a path, and "all pages but the embeds" cannot be written as one pattern.
 */
export function framingHeaders({ root, embeds, pages }: { root: string; embeds: string; pages: string[] }): string {
	const lines = ['# Figures may be embedded on any site (/embed/<figure>/); no other page may be framed.'];
	lines.push(`${embeds}*`, ...ALLOW);
	for (const path of [root, `${root}index.html`, `${root}404.html`]) lines.push(path, ...DENY);
	for (const path of pages) lines.push(`${path}*`, ...DENY);
	return lines.join('\n') + '\n';
}
