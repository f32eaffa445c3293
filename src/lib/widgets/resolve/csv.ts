// The figure's data as CSV: the attribution and the configuration first (comment lines), then each budget's runs and
// optimum, ours beside the authors'.
import { toCsv } from '$lib/figure/csv';
import { ui } from '$lib/i18n';
import { NEAR_MINIMUM_LOSS_WINDOW } from '$lib/scaling';
import type { ResolveView } from './model';

export function resolveCsv(view: ResolveView, interval?: readonly [number, number]): string {
	const comments = [
		ui.credits.porianRuns,
		`configuration (dataset,hparams,warmup,decay,param_count,loss_kind): ${view.dataConfig}`,
		`N_opt ∝ C^a: a = ${view.exponent ?? ''} fitted here (a parabola in ln N through the runs within ${NEAR_MINIMUM_LOSS_WINDOW * 100}% of each budget's lowest loss)` +
			(interval ? `, 95% resampling interval ${interval[0]} to ${interval[1]}` : '') +
			`; a = ${view.authorsExponent} in the authors' fit (porian-fits.json)`
	];
	const rows = view.budgets
		.filter((b) => b.points.length > 0)
		.map((b) => [
			b.compute,
			b.points.length,
			b.points.filter((p) => p.nearMinimum).length,
			b.minimum?.params,
			b.minimum?.tokens,
			b.minimum?.loss,
			b.problem ?? '',
			b.authors?.params,
			b.authors?.tokens,
			b.authors?.loss
		]);
	const table = toCsv(
		[
			'budget_flop',
			'runs',
			'runs_near_minimum',
			'params_opt',
			'tokens_opt',
			'loss_opt',
			'problem',
			'authors_params_opt',
			'authors_tokens_opt',
			'authors_loss_opt'
		],
		rows
	);
	return comments.map((c) => `# ${c}\r\n`).join('') + table;
}
