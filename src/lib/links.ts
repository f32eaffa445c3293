import { base, resolve } from '$app/paths';
import { edition } from '$lib/i18n';

/**
 * The site-relative URL of a page, under the configured base path and with the trailing slash static hosts need:
 * `page('explore')` → `/course/chinchilla/explore/`. `page('')` is the contents page.
 */
export function page(slug: string, hash = ''): string {
	const path = slug ? `/${slug}/` : '/';
	return resolve(path as '/') + (hash ? `#${hash}` : '');
}

/**
 * The URL of a file in static/: `staticFile('data/runs.csv')`. Every edition shares the one copy at the site's root
 * (only the first edition's build copies static/; svelte.config.js).
 */
export function staticFile(path: string): string {
	return `${siteRoot()}/${path}`;
}

/**
 * The site's root path, whichever edition this build is: the base path without the edition's prefix
 * (`/course/chinchilla` in both). Each edition lives at `siteRoot() + edition.prefix` ($lib/editions).
 */
export function siteRoot(): string {
	return base.slice(0, base.length - edition.prefix.length);
}
