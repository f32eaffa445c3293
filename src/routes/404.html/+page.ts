// The page a static host serves for an address it does not have (GitHub Pages, Netlify and Cloudflare Pages read
// 404.html at the top of the site): prerendered like every page, so it reads with JavaScript off and loads no client.
export const trailingSlash = 'never';
