// What the fit figure and its worker say to each other. Runs travel as [N, D, loss] rows; laws as plain objects.
import type { Approach3Method, ParametricLaw } from '$lib/scaling';
import type { BootstrapSummary } from './model';

export type RunRow = [params: number, tokens: number, loss: number];

export interface FitRequest {
	id: number;
	task: 'fit';
	runs: RunRow[];
	method: Approach3Method;
	delta: number;
	/** 'paper': the paper's 4,500 starting points; 'quick': every tenth of them (same optimum on these data). */
	grid: 'paper' | 'quick';
}

export interface BootstrapRequest {
	id: number;
	task: 'bootstrap';
	runs: RunRow[];
	method: Approach3Method;
	delta: number;
	/** Each resample is refitted from here: the estimate on all the runs. */
	start: ParametricLaw;
	count: number;
	seed: number;
	/** Round the refits' exponents like the fit's before summarising (0: unrounded). */
	decimals: number;
}

export type WorkerRequest = FitRequest | BootstrapRequest;

export type WorkerReply =
	| { id: number; type: 'progress'; done: number; total: number }
	| {
			id: number;
			type: 'fit';
			law: ParametricLaw;
			objective: number;
			scale?: number;
			starts: number;
			converged: number;
			milliseconds: number;
	  }
	| { id: number; type: 'bootstrap'; summary: BootstrapSummary; milliseconds: number }
	| { id: number; type: 'error'; message: string };
