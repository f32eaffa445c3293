// The figure's axes, fixed per dataset so a flip moves the runs and not the axes: model sizes and budgets over every
// configuration, losses over the runs near the minima of the dataset's configurations.
import { PORIAN_CONFIGS, type PorianConfig } from '$lib/data/porian-configs';
import { resolveView } from './model';

/** Margin around the data: a tenth of the loss range, and a factor on the log axes. */
const LOSS_PAD = 0.1;
const LOG_PAD = 1.6;

export interface ResolveDomains {
	/** Model size N, over every run. */
	params: [number, number];
	/** Loss, over the runs near each minimum of the dataset's configurations. */
	loss: [number, number];
	/** Compute C, over the budgets. */
	compute: [number, number];
	/** N_opt, over our minima and the authors' optima. */
	optimum: [number, number];
}

const cache = new Map<PorianConfig['dataset'], ResolveDomains>();

export function domainsFor(dataset: PorianConfig['dataset']): ResolveDomains {
	const known = cache.get(dataset);
	if (known) return known;
	const views = PORIAN_CONFIGS.filter((c) => c.dataset === dataset).map((c) => resolveView(c));
	const budgets = views.flatMap((v) => v.budgets.filter((b) => b.points.length > 0));
	const sizes = budgets.flatMap((b) => b.points.map((p) => p.params));
	const optima = budgets.flatMap((b) => [b.minimum?.params, b.authors?.params]).filter((n) => n !== undefined);
	const computes = budgets.map((b) => b.compute);
	const low = Math.min(...views.map((v) => v.nearLossExtent[0]));
	const high = Math.max(...views.map((v) => v.nearLossExtent[1]));
	const pad = (high - low) * LOSS_PAD;
	const domains: ResolveDomains = {
		params: [Math.min(...sizes) / LOG_PAD, Math.max(...sizes) * LOG_PAD],
		loss: [low - pad, high + pad],
		compute: [Math.min(...computes) / LOG_PAD, Math.max(...computes) * LOG_PAD],
		optimum: [Math.min(...optima) / LOG_PAD, Math.max(...optima) * LOG_PAD]
	};
	cache.set(dataset, domains);
	return domains;
}
