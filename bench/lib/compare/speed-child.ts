/**
 * Measures one rule set's speed in a fresh process (see speedsInChildren in run.ts). Prints
 * {"detect": texts/s, "score": replies/s}.
 *
 *   npx tsx bench/lib/compare/speed-child.ts <rule set name or path> [seconds]
 */
import { createAnalyzer } from '../../../src/index.ts';
import { loadRuleSet } from './rulesets.ts';
import { speedOf } from './run.ts';

const [name = 'default', seconds = '1'] = process.argv.slice(2);
const a = createAnalyzer((await loadRuleSet(name)).config);
speedOf(a, 0.4); // warm up
process.stdout.write(`${JSON.stringify(speedOf(a, Number(seconds)))}\n`);
