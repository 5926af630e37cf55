/**
 * Shapes shared by the CLI's parts: readers turn files into template units, the linter turns
 * units into results, reporters turn results into text. Offsets are UTF-16 code units into the
 * file's decoded text; reporters alone derive line and column.
 */
import type { Dimension, Severity } from '../index.ts';

/** How a template's text is marked up, which decides its comment (directive) syntax. */
export type Markup = 'text' | 'markdown' | 'html' | 'handlebars' | 'liquid';

/** A comment in a template (`<!-- -->`, `{{!-- --}}`, `{{! }}`, `{% comment %}…{% endcomment %}`). */
export interface Comment {
  /** Span of the whole comment in the unit's `text` coordinates (after markup removal, see TemplateUnit). */
  start: number;
  end: number;
  /** The comment's body, trimmed: e.g. `heard-disable no-jargon`. */
  body: string;
}

/**
 * One template found in a file: a whole `.txt`/`.md`/`.html` file is one unit; a JSON/YAML/CSV
 * export of macros yields one unit per template.
 */
export interface TemplateUnit {
  /** How reports name it: the macro's title, else `#<index + 1>`; the file name for single-template files. */
  name: string;
  /** 0-based position among the file's templates. */
  index: number;
  /** The reply text to score: markup removed (HTML tags, comments) with placeholders kept verbatim. */
  text: string;
  /**
   * `map[i]` is the file offset of `text[i]`, and `map[text.length]` the file offset just past the
   * last character, so a span [s, e) of `text` reports as file span [map[s], map[e]).
   * (For removed markup between two characters, map jumps.)
   */
  map: Int32Array;
  /** Comments found in the template, in `text` coordinates (a comment removed from `text` has start === end). */
  comments: Comment[];
  /**
   * Encodes a replacement for a span of `text` so it can be written into the file at
   * [map[s], map[e]), or returns null when no safe encoding exists (then --fix leaves it).
   * The fixer only uses it when the file slice decodes exactly to `text.slice(s, e)`, which it
   * checks with `encode(text.slice(s, e)) === fileText.slice(map[s], map[e])`.
   */
  encode(replacement: string): string | null;
}

export type FileFormat = 'text' | 'markdown' | 'html' | 'handlebars' | 'liquid' | 'json' | 'yaml' | 'csv';

/** A file that could not be read or parsed: reported by name, the run goes on, exit code 2. */
export class ReadError extends Error {
  constructor(
    message: string,
    /** File offset of the problem when known (malformed JSON at byte …). */
    readonly offset?: number,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

/** A finding or problem as reporters see it. */
export interface LintMessage {
  /** Rule id, or `min-score` (a template below a configured minimum), or `read-error` (fatal). */
  ruleId: string;
  severity: Severity;
  dimension?: Dimension;
  message: string;
  /** The offending text (file slice [start, end)). */
  text: string;
  /** File span, UTF-16 offsets into the decoded file text. */
  start: number;
  end: number;
  /** 1-based line and column (column in UTF-16 code units, as editors count) of start and end. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** What to do; the first with a replacement is what --fix applies. */
  suggestions: { message: string; replacement?: string }[];
  /** True for a file that could not be read or parsed (`read-error`). */
  fatal?: boolean;
}

export interface TemplateResult {
  name: string;
  index: number;
  /** 1-based line where the template starts in the file. */
  line: number;
  score: number;
  dimensions: Record<Dimension, number>;
  messages: LintMessage[];
}

export interface FileResult {
  /** Path as shown to users: relative to the working directory, `/` separators. */
  path: string;
  /** Templates in the file, in file order (empty for a fatal read error). */
  templates: TemplateResult[];
  /** File-level problems (unreadable, binary, invalid UTF-8, malformed JSON): fatal messages. */
  messages: LintMessage[];
  /** How many replacements --fix wrote into this file. */
  fixed: number;
}

export interface LintSummary {
  files: FileResult[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalCount: number;
  fixedCount: number;
}

export interface ReporterContext {
  /** Use ANSI colors (stylish only; true only on a TTY unless forced). */
  color: boolean;
  /** heard's version, for SARIF `tool.driver.version`. */
  version: string;
  /** Rule metadata for SARIF `rules` and help links. */
  rules: readonly { id: string; dimension: Dimension; description: string; severity: Severity }[];
}

/** Turns a run's results into the text written to stdout or `--output`. Pure. */
export type Reporter = (summary: LintSummary, ctx: ReporterContext) => string;
