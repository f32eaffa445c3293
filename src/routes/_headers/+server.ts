import { chapters } from '$lib/server/chapters';
import { page } from '$lib/links';
import { framingHeaders } from '$lib/server/headers';
import type { RequestHandler } from './$types';

// A `_headers` file at the top of the build, in the format Netlify and Cloudflare Pages read (and scripts/serve.mjs,
// the test suite's plain static server): figures' embed pages may be framed by any site, no other page by any. A meta
// tag cannot say this (browsers ignore frame-ancestors there), so it has to be a header.
export const prerender = true;

export const GET: RequestHandler = () => {
	const pages = [...chapters.map((c) => c.slug), 'explore', 'solutions', 'instructors', 'essay'].map((s) => page(s));
	return new Response(framingHeaders({ root: page(''), embeds: page('embed'), pages }), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};
