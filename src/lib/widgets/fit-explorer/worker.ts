// The fitting worker: runs Approach 3 and its bootstrap off the main thread, so the page never freezes, and reports
// progress as it goes. All the science is the core's; this file only routes messages.
import {
	PAPER_START_GRID,
	QUICK_START_GRID,
	bootstrap,
	fitApproach3,
	logFromLaw,
	runFromTokens,
	type Run
} from '$lib/scaling';
import { summariseBootstrap } from './model';
import type { RunRow, WorkerReply, WorkerRequest } from './protocol';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);
const toRuns = (rows: RunRow[]): Run[] => rows.map(([N, D, L]) => runFromTokens(N, D, L));

/** Progress at most every 100 ms: enough for a bar, few enough messages not to matter. */
function reporter(id: number) {
	let last = 0;
	return (done: number, total: number) => {
		const now = performance.now();
		if (now - last > 100 || done === total) {
			last = now;
			post({ id, type: 'progress', done, total });
		}
	};
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	const started = performance.now();
	try {
		const runs = toRuns(request.runs);
		if (request.task === 'fit') {
			const starts =
				request.method === 'paper' ? (request.grid === 'paper' ? PAPER_START_GRID : QUICK_START_GRID) : undefined;
			const fit = fitApproach3(runs, {
				method: request.method,
				delta: request.delta,
				starts,
				onProgress: reporter(request.id)
			});
			post({ id: request.id, type: 'fit', ...fit, milliseconds: performance.now() - started });
		} else {
			const start = [logFromLaw(request.start)];
			const laws = bootstrap(
				runs,
				(sample) => {
					try {
						// Like Epoch's bootstrap: one start (the full-data estimate), stopped on the gradient alone.
						return fitApproach3(sample, {
							method: request.method,
							delta: request.delta,
							starts: start,
							stopping: { ftol: 0, maxIterations: 2000 }
						}).law;
					} catch {
						return undefined;
					}
				},
				{ count: request.count, seed: request.seed, onProgress: reporter(request.id) }
			);
			if (laws.length < 2) throw new RangeError(`only ${laws.length} of ${request.count} resamples could be refitted`);
			post({
				id: request.id,
				type: 'bootstrap',
				summary: summariseBootstrap(laws, request.decimals),
				milliseconds: performance.now() - started
			});
		}
	} catch (error) {
		post({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
