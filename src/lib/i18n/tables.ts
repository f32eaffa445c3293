// Each edition's whole strings table, its sections in place (./en/*.ts beside ./en/index.ts), for tests and scripts
// that read both editions at once. The site's components never import this: they take the table through $lib/i18n and
// a section through `$messages/<section>`, so a figure's code carries only its own words.
import { en } from './en';
import { quiz as enQuiz } from './en/quiz';
import { resolve as enResolve } from './en/resolve';
import { plan as enPlan } from './en/plan';
import { fit as enFit } from './en/fit';
import { overtraining as enOvertraining } from './en/overtraining';
import { repeated as enRepeated } from './en/repeated';
import { modelsMap as enModelsMap } from './en/modelsMap';
import { guess as enGuess } from './en/guess';
import { drawFrontier as enDrawFrontier } from './en/drawFrontier';
import { calculator as enCalculator } from './en/calculator';
import { isoFlop as enIsoFlop } from './en/isoFlop';
import { zh } from './zh';
import { quiz as zhQuiz } from './zh/quiz';
import { resolve as zhResolve } from './zh/resolve';
import { plan as zhPlan } from './zh/plan';
import { fit as zhFit } from './zh/fit';
import { overtraining as zhOvertraining } from './zh/overtraining';
import { repeated as zhRepeated } from './zh/repeated';
import { modelsMap as zhModelsMap } from './zh/modelsMap';
import { guess as zhGuess } from './zh/guess';
import { drawFrontier as zhDrawFrontier } from './zh/drawFrontier';
import { calculator as zhCalculator } from './zh/calculator';
import { isoFlop as zhIsoFlop } from './zh/isoFlop';

export const enTable = {
	...en,
	quiz: enQuiz,
	resolve: enResolve,
	plan: enPlan,
	fit: enFit,
	overtraining: enOvertraining,
	repeated: enRepeated,
	modelsMap: enModelsMap,
	guess: enGuess,
	drawFrontier: enDrawFrontier,
	calculator: enCalculator,
	isoFlop: enIsoFlop
};
export const zhTable: typeof enTable = {
	...zh,
	quiz: zhQuiz,
	resolve: zhResolve,
	plan: zhPlan,
	fit: zhFit,
	overtraining: zhOvertraining,
	repeated: zhRepeated,
	modelsMap: zhModelsMap,
	guess: zhGuess,
	drawFrontier: zhDrawFrontier,
	calculator: zhCalculator,
	isoFlop: zhIsoFlop
};
