// The page's side of the fitting worker: one worker per figure, started on first use; a new request cancels the one
// in flight (the worker is replaced, which is the only way to stop a synchronous fit).
import type { BootstrapRequest, FitRequest, WorkerReply, WorkerRequest } from './protocol';

type Reply<T extends WorkerReply['type']> = Extract<WorkerReply, { type: T }>;
type Progress = (done: number, total: number) => void;
type Pending = { id: number; resolve: (reply: WorkerReply | undefined) => void; progress: Progress };

export class FitClient {
	#worker: Worker | undefined;
	#pending: Pending | undefined;
	#nextId = 1;

	#start(): Worker {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			const pending = this.#pending;
			if (!pending || reply.id !== pending.id) return;
			if (reply.type === 'progress') pending.progress(reply.done, reply.total);
			else {
				this.#pending = undefined;
				pending.resolve(reply);
			}
		};
		worker.onerror = (event) => {
			const pending = this.#pending;
			this.#pending = undefined;
			pending?.resolve({ id: pending.id, type: 'error', message: event.message || 'the fitting worker failed' });
		};
		return worker;
	}

	/** Fits; resolves with the worker's answer, or with undefined if a newer request replaced this one. */
	fit(request: Omit<FitRequest, 'id'>, progress: Progress): Promise<Reply<'fit'> | Reply<'error'> | undefined> {
		return this.#send(request, progress) as Promise<Reply<'fit'> | Reply<'error'> | undefined>;
	}

	/** Bootstraps; resolves like `fit`. */
	bootstrap(
		request: Omit<BootstrapRequest, 'id'>,
		progress: Progress
	): Promise<Reply<'bootstrap'> | Reply<'error'> | undefined> {
		return this.#send(request, progress) as Promise<Reply<'bootstrap'> | Reply<'error'> | undefined>;
	}

	#send(request: Omit<WorkerRequest, 'id'>, progress: Progress): Promise<WorkerReply | undefined> {
		this.cancel();
		this.#worker ??= this.#start();
		const id = this.#nextId++;
		return new Promise((resolve) => {
			this.#pending = { id, resolve, progress };
			this.#worker!.postMessage({ ...request, id });
		});
	}

	/** Stops the request in flight, if any. */
	cancel(): void {
		if (!this.#pending) return;
		const pending = this.#pending;
		this.#pending = undefined;
		this.#worker?.terminate();
		this.#worker = undefined;
		pending.resolve(undefined);
	}

	dispose(): void {
		this.cancel();
		this.#worker?.terminate();
		this.#worker = undefined;
	}
}
