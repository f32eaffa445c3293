// The chart context: a provider measures its box and builds the scales once; layers read them and only draw.
import { getContext, setContext } from 'svelte';
import type { Scale } from './scale';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface ChartContext {
	readonly width: number;
	readonly height: number;
	readonly margin: Margin;
	readonly x: Scale;
	readonly y: Scale;
}

const KEY = Symbol('chart');

export function setChart(context: ChartContext): void {
	setContext(KEY, context);
}

export function getChart(): ChartContext {
	const context = getContext<ChartContext | undefined>(KEY);
	if (!context) throw new Error('A chart layer must be placed inside <Chart>: did you forget the provider?');
	return context;
}
