import { chapters } from '$lib/server/chapters';
import { framingHeaders } from '$lib/server/headers';
import { editions } from '$lib/editions';
import { siteRoot } from '$lib/links';
import type { RequestHandler } from './$types';

// A `_headers` file at the top of the build, in the format Netlify and Cloudflare Pages read (and scripts/serve.mjs,
// the test suite's plain static server): figures' embed pages may be framed by any site, no other page by any. A meta
// tag cannot say this (browsers ignore frame-ancestors there), so it has to be a header. The first edition's
// file covers every edition (they have the same pages); scripts/build.mjs drops the others'.
export const prerender = true;

export const GET: RequestHandler = () => {
	const slugs = [...chapters.map((c) => c.slug), 'explore', 'solutions', 'instructors', 'essay'];
	const file = editions
		.map(({ prefix }) => {
			const root = `${siteRoot()}${prefix}/`;
			return framingHeaders({ root, embeds: `${root}embed/`, pages: slugs.map((s) => `${root}${s}/`) });
		})
		.join('');
	return new Response(file, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
