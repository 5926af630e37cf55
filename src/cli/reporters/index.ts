/** The reporters `--format` chooses from: each a pure function of the lint summary and a small context. */
import type { Reporter } from '../types.ts';
import { github } from './github.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import { sarif } from './sarif.ts';
import { stylish } from './stylish.ts';

export type ReporterName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';

/** By name; `stylish` is the default. */
export const REPORTERS: Readonly<Record<ReporterName, Reporter>> = Object.freeze({ stylish, json, sarif, github, junit });
