/**
 * Finding and loading configuration, as ESLint and textlint do: from the linted file's folder
 * upward, the nearest of `heard.config.json`, `heard.config.mjs`, `heard.config.js`,
 * `.heardrc.json` or a `heard` key in `package.json` wins; `--config` overrides the search.
 * `extends` pulls in presets or other files, merged in order, the file's own keys last.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dimension, RuleSetting, ScoreOptions, TeamPhrase } from '../../index.ts';
import { ConfigError, ioReason, messageOf } from '../errors.ts';
import { IgnoreList } from '../glob.ts';
import { PRESETS, presetName } from './presets.ts';
import { validateConfig, type ConfigFile, type MinScoreKey } from './schema.ts';

export const CONFIG_FILES = ['heard.config.json', 'heard.config.mjs', 'heard.config.js', '.heardrc.json', 'package.json'] as const;

/** A configuration ready to use. */
export interface Config {
  /** The file it came from, or undefined for the defaults. */
  file: string | undefined;
  rules: Record<string, RuleSetting>;
  minScores: Partial<Record<MinScoreKey, number>>;
  weights: Partial<Record<Dimension, number>>;
  phrases: TeamPhrase[];
  /** Ignore lists with the folder their patterns are relative to. */
  ignore: { base: string; list: IgnoreList }[];
  field: string | undefined;
  /** The options to pass to scoreReply. */
  options: ScoreOptions;
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Reads and validates one config file; a package.json without a `heard` key gives undefined. */
async function readConfigFile(file: string): Promise<ConfigFile | undefined> {
  let raw: unknown;
  if (/\.[cm]?js$/.test(file)) {
    try {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      raw = mod.default ?? mod;
    } catch (err) {
      throw new ConfigError(file, '', `could not load it: ${messageOf(err)}`);
    }
  } else {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw new ConfigError(file, '', `cannot read it: ${ioReason(err)}`);
    }
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new ConfigError(file, '', `invalid JSON: ${messageOf(err)}`);
    }
    if (file.endsWith('package.json')) {
      if (raw === null || typeof raw !== 'object' || !('heard' in raw)) return undefined;
      raw = (raw as { heard: unknown }).heard;
    }
  }
  return validateConfig(file, raw);
}

/** Resolves `extends` (presets and relative files, cycles refused) and merges, later winning. */
async function resolveConfig(file: string, own: ConfigFile, seen: readonly string[]): Promise<Omit<Config, 'options' | 'file'>> {
  const merged: Omit<Config, 'options' | 'file'> = { rules: {}, minScores: {}, weights: {}, phrases: [], ignore: [], field: undefined };
  const add = (c: Omit<Config, 'options' | 'file'>): void => {
    Object.assign(merged.rules, c.rules);
    Object.assign(merged.minScores, c.minScores);
    Object.assign(merged.weights, c.weights);
    merged.phrases.push(...c.phrases);
    merged.ignore.push(...c.ignore);
    if (c.field !== undefined) merged.field = c.field;
  };
  for (const [i, name] of own.extends.entries()) {
    const preset = presetName(name);
    if (preset) {
      const p = PRESETS[preset]!();
      add({ ...p, ignore: [] });
      continue;
    }
    if (!name.startsWith('.') && !name.startsWith('/')) {
      throw new ConfigError(file, `extends[${i}]`, `unknown preset "${name}"; expected "recommended", "strict" or a path starting with ./`);
    }
    const target = resolve(dirname(file), name);
    if (seen.includes(target)) throw new ConfigError(file, `extends[${i}]`, `"${name}" extends itself (${[...seen, target].join(' -> ')})`);
    if (!(await exists(target))) throw new ConfigError(file, `extends[${i}]`, `cannot read "${name}": no such file`);
    const child = await readConfigFile(target);
    if (!child) throw new ConfigError(file, `extends[${i}]`, `"${name}" has no "heard" key`);
    add(await resolveConfig(target, child, [...seen, target]));
  }
  add({ ...own, ignore: own.ignore.length ? [{ base: dirname(file), list: new IgnoreList(own.ignore) }] : [] });
  return merged;
}

function finish(file: string | undefined, c: Omit<Config, 'options' | 'file'>): Config {
  const options: ScoreOptions = {};
  if (Object.keys(c.rules).length) options.rules = c.rules;
  if (Object.keys(c.weights).length) options.weights = c.weights;
  if (c.phrases.length) options.phrases = c.phrases;
  return { file, ...c, options };
}

export const DEFAULT_CONFIG: Config = finish(undefined, { rules: {}, minScores: {}, weights: {}, phrases: [], ignore: [], field: undefined });

/** Loads a config file named on the command line. */
export async function loadConfigFile(path: string): Promise<Config> {
  const file = resolve(path);
  if (!(await exists(file))) throw new ConfigError(file, '', 'cannot read it: no such file');
  const own = await readConfigFile(file);
  if (!own) throw new ConfigError(file, '', 'this package.json has no "heard" key');
  return finish(file, await resolveConfig(file, own, [file]));
}

/** Finds the config for files in a folder, caching per folder (a run over a thousand files reads each config once). */
export class ConfigFinder {
  private readonly byDir = new Map<string, Promise<Config>>();

  forDir(dir: string): Promise<Config> {
    let hit = this.byDir.get(dir);
    if (!hit) {
      hit = this.search(dir);
      this.byDir.set(dir, hit);
    }
    return hit;
  }

  private async search(dir: string): Promise<Config> {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (!(await exists(file))) continue;
      const own = await readConfigFile(file);
      if (own) return finish(file, await resolveConfig(file, own, [file]));
    }
    const parent = dirname(dir);
    return parent === dir ? DEFAULT_CONFIG : this.forDir(parent);
  }
}
