import { chapters } from '$lib/server/chapters';
import { framingHeaders } from '$lib/server/headers';
import { siteRoot } from '$lib/links';
import type { RequestHandler } from './$types';

// A `_headers` file at the top of the build, in the format Netlify and Cloudflare Pages read (and scripts/serve.mjs,
// the test suite's plain static server): figures' embed pages may be framed by any site, no other page by any. A meta
// tag cannot say this (browsers ignore frame-ancestors there), so it has to be a header. The English build's file
// covers both editions (they have the same pages); scripts/build.mjs drops the Chinese build's.
export const prerender = true;

export const GET: RequestHandler = () => {
	const slugs = [...chapters.map((c) => c.slug), 'explore', 'solutions', 'instructors', 'essay'];
	const file = ['', '/zh']
		.map((edition) => {
			const root = `${siteRoot()}${edition}/`;
			return framingHeaders({ root, embeds: `${root}embed/`, pages: slugs.map((s) => `${root}${s}/`) });
		})
		.join('');
	return new Response(file, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
