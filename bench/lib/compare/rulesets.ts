/** Loading rule sets: a name in bench/rulesets/, or a path to a module exporting { description, config }. */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../common.ts';
import type { RuleSet, RuleSetModule } from './types.ts';

export async function loadRuleSet(name: string): Promise<RuleSet> {
  const path = name.includes('/') || name.endsWith('.ts') || name.endsWith('.js') ? resolve(name) : join(REPO_ROOT, 'bench', 'rulesets', `${name}.ts`);
  let mod: { default?: RuleSetModule };
  try {
    mod = (await import(pathToFileURL(path).href)) as { default?: RuleSetModule };
  } catch (err) {
    throw new Error(`rule set "${name}": cannot load ${path}: ${(err as Error).message}`);
  }
  const def = mod.default;
  if (!def || typeof def !== 'object' || typeof def.description !== 'string' || typeof def.config !== 'object') {
    throw new Error(`rule set "${name}": ${path} must export default { description: string, config: AnalyzerConfig }`);
  }
  return { name: name.replace(/^.*\//, '').replace(/\.[tj]s$/, ''), source: name.includes('/') ? path : name, ...def };
}

