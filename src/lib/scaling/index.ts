// The one entry to the scaling-law core. Pure TypeScript: numbers in, numbers out; no Svelte, no DOM.
export * from './accelerators';
export * from './allocation';
export * from './compute';
export * from './errors';
export * from './fit';
export * from './frontier';
export * from './isoloss';
export * from './laws';
export * from './overhead';
export * from './parametric';
export * from './presets';
export * from './tables';
export * from './units';
export * from './inverse';
export * from './profiles';
export * from './compare';
