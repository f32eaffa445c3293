// The islands' build (scripts/vite-islands.mjs) tells pages where their script is.
declare module 'virtual:islands' {
	/** The islands' script: a path under the base path when built ("_app/islands/entry-….js"), a source path in dev. */
	export const entry: string;
	/** True in `vite dev`, where the entry is served from source. */
	export const dev: boolean;
}

/** The script that adds an edition's CJK font's blank twin before the first layout, as text (svelte.config.js). */
declare module 'virtual:cjk-metrics' {
	const script: string;
	export default script;
}
