// Every page is prerendered to a static file; trailing slashes let plain static servers find /chapter/index.html and
// keep relative URLs meaning the same under a base path. No page loads SvelteKit's client: prose is plain HTML and
// figures are islands ($lib/islands), loaded by one small script when they near the viewport.
export const prerender = true;
export const trailingSlash = 'always';
export const csr = false;
