// Every page is prerendered to a static file; trailing slashes let plain static servers find /chapter/index.html and
// keep relative URLs meaning the same under a base path.
export const prerender = true;
export const trailingSlash = 'always';
