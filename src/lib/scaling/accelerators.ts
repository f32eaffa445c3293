/**
 * Dense (no sparsity) BF16 tensor-core peaks from each accelerator's data sheet (the sheets print twice these numbers
 * "with sparsity" for H100 and H200). Peaks are what a chip could do; real training reaches a fraction of them (the
 * model FLOP utilisation, MFU).
 */
export interface Accelerator {
	id: string;
	label: string;
	/** Dense BF16 peak in FLOP/s. */
	peakFlops: number;
	/** The bibliography key of its data sheet. */
	cite: string;
}

export const accelerators: readonly Accelerator[] = [
	{ id: 'a100', label: 'NVIDIA A100 SXM', peakFlops: 312e12, cite: 'nvidia-a100' },
	{ id: 'h100', label: 'NVIDIA H100 SXM', peakFlops: 989e12, cite: 'nvidia-h100' },
	{ id: 'h200', label: 'NVIDIA H200 SXM', peakFlops: 989e12, cite: 'nvidia-h200' }
];

/** A utilisation large training runs commonly report; the reader can change it. */
export const DEFAULT_MFU = 0.4;
