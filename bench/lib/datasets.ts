/**
 * Loaders for the shared evaluation datasets (read in place from `--data <dir>`, never copied
 * into the repo) and for the repo's own fixtures (fixtures/emotions/{dev,test}.jsonl).
 *
 * Every dataset loader returns `null` when the dataset's folder is missing, so callers can
 * print a message and skip it; a folder that exists but holds a malformed file is an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Emotion = 'frustration' | 'anger' | 'anxiety' | 'confusion' | 'urgency' | 'gratitude';
export const EMOTIONS: readonly Emotion[] = ['frustration', 'anger', 'anxiety', 'confusion', 'urgency', 'gratitude'];

// ---------------------------------------------------------------------------------------------
// RFC 4180 CSV
// ---------------------------------------------------------------------------------------------

export interface CsvOptions {
  /** Field separator, one character. Default `,`. */
  delimiter?: string;
  /** Drop records that are a single empty field (blank lines). Default true. */
  skipEmptyLines?: boolean;
  /**
   * Throw on input RFC 4180 does not allow: a `"` inside an unquoted field, or characters
   * between a closing quote and the next separator. Default true. When false those
   * characters are kept literally.
   */
  strict?: boolean;
}

/**
 * Parses CSV text as RFC 4180 describes: records end at CRLF or LF; a field wrapped in `"`
 * may hold separators, CR, LF and doubled quotes (`""` -> `"`). A lone CR outside quotes is
 * kept as an ordinary character (twcs.csv has bare CRs inside unquoted fields), a leading
 * UTF-8 BOM is dropped, and a final line break does not start an extra record. Throws on a
 * quote left open at the end of the input.
 */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  const delim = options.delimiter ?? ',';
  if (delim.length !== 1 || delim === '"' || delim === '\n' || delim === '\r') {
    throw new Error(`parseCsv: bad delimiter ${JSON.stringify(delim)}`);
  }
  const skipEmpty = options.skipEmptyLines ?? true;
  const strict = options.strict ?? true;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1; // for error messages
  let fieldStarted = false; // whether the current record has any content yet

  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (!(skipEmpty && record.length === 1 && record[0] === '')) records.push(record);
    record = [];
    fieldStarted = false;
  };

  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // A quote opens a quoted field only at the start of a field (after a quoted field closes,
      // the loop below consumes everything up to the separator, so we never land here).
      const startLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            closed = true;
            break;
          }
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
      }
      if (!closed) throw new Error(`parseCsv: quote opened on line ${startLine} is never closed`);
      fieldStarted = true;
      // after the closing quote: separator, line end or end of input
      while (i < n && text[i] !== delim && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
        if (strict) {
          throw new Error(`parseCsv: unexpected ${JSON.stringify(text[i])} after a closing quote on line ${line}`);
        }
        field += text[i];
        i++;
      }
      continue;
    }
    if (ch === delim) {
      endField();
      fieldStarted = true;
      i++;
    } else if (ch === '\n') {
      endRecord();
      line++;
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      line++;
      i += 2;
    } else {
      if (ch === '"' && strict) {
        throw new Error(`parseCsv: a quote inside an unquoted field on line ${line}`);
      }
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  if (fieldStarted || field !== '' || record.length > 0) endRecord();
  return records;
}

/** Parses CSV with a header row into objects keyed by column name. */
export function parseCsvObjects(text: string, options: CsvOptions = {}): Record<string, string>[] {
  const rows = parseCsv(text, options);
  const header = rows.shift();
  if (!header) return [];
  return rows.map((row, idx) => {
    if (row.length !== header.length) {
      throw new Error(`parseCsvObjects: row ${idx + 2} has ${row.length} fields, header has ${header.length}`);
    }
    const obj: Record<string, string> = {};
    header.forEach((h, j) => (obj[h] = row[j]!));
    return obj;
  });
}

// ---------------------------------------------------------------------------------------------
// Shared datasets
// ---------------------------------------------------------------------------------------------

/** A labelled dataset, or the reason it was skipped. */
export type Loaded<T> = { ok: true; items: T[]; path: string; warnings: string[] } | { ok: false; reason: string };

function datasetDir(dataDir: string, name: string): string | null {
  const dir = join(dataDir, name);
  return existsSync(dir) ? dir : null;
}

function missing(dataDir: string, name: string): { ok: false; reason: string } {
  return { ok: false, reason: `dataset folder ${join(dataDir, name)} not found; skipping ${name}` };
}

function checkCount(warnings: string[], what: string, got: number, expected: number): void {
  if (got !== expected) warnings.push(`${what}: ${got} rows, SOURCE.md says ${expected}`);
}

// --- GoEmotions ---

export type GoEmotionsSplit = 'train' | 'dev' | 'test';
/** The five heard emotions GoEmotions can score, with the GoEmotions labels that map to each. */
export const GOEMOTIONS_MAP: Readonly<Record<Exclude<Emotion, 'urgency'>, readonly string[]>> = {
  anger: ['anger'],
  frustration: ['annoyance', 'disappointment'],
  anxiety: ['nervousness', 'fear'],
  confusion: ['confusion'],
  gratitude: ['gratitude'],
};
export const GOEMOTIONS_EMOTIONS = Object.keys(GOEMOTIONS_MAP) as Exclude<Emotion, 'urgency'>[];

export interface GoEmotionsItem {
  id: string;
  text: string;
  /** The original GoEmotions label names. */
  labels: string[];
  /** The heard emotions those labels map to (a subset of GOEMOTIONS_EMOTIONS). */
  emotions: Emotion[];
}

const GOEMOTIONS_ROWS: Record<GoEmotionsSplit, number> = { train: 43410, dev: 5426, test: 5427 };

/** Maps GoEmotions label names to heard emotions (see GOEMOTIONS_MAP). */
export function mapGoEmotionsLabels(labels: readonly string[]): Emotion[] {
  return GOEMOTIONS_EMOTIONS.filter((e) => GOEMOTIONS_MAP[e].some((l) => labels.includes(l)));
}

/**
 * Loads `goemotions/<split>.tsv`: tab separated, no header, columns text / comma-separated
 * label ids / comment id. Some texts are CSV-quoted with doubled inner quotes, so the file is
 * read with the CSV parser (tab delimiter), which yields exactly 3 fields per row.
 */
export function loadGoEmotions(dataDir: string, split: GoEmotionsSplit): Loaded<GoEmotionsItem> {
  const dir = datasetDir(dataDir, 'goemotions');
  if (!dir) return missing(dataDir, 'goemotions');
  const names = readFileSync(join(dir, 'emotions.txt'), 'utf8').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  if (names.length !== 28) throw new Error(`goemotions/emotions.txt: expected 28 labels, got ${names.length}`);
  const path = join(dir, `${split}.tsv`);
  const rows = parseCsv(readFileSync(path, 'utf8'), { delimiter: '\t' });
  const items = rows.map((row, idx): GoEmotionsItem => {
    if (row.length !== 3) throw new Error(`${path}: row ${idx + 1} has ${row.length} fields, expected 3`);
    const [text, ids, id] = row as [string, string, string];
    const labels = ids.split(',').map((s) => {
      const name = names[Number(s)];
      if (!/^\d+$/.test(s) || name === undefined) throw new Error(`${path}: row ${idx + 1} has bad label id ${JSON.stringify(s)}`);
      return name;
    });
    return { id, text, labels, emotions: mapGoEmotionsLabels(labels) };
  });
  const warnings: string[] = [];
  checkCount(warnings, `goemotions/${split}.tsv`, items.length, GOEMOTIONS_ROWS[split]);
  return { ok: true, items, path, warnings };
}

// --- Complaints in social media ---

export interface ComplaintItem {
  id: string;
  text: string;
  complaint: boolean;
  domain: string;
}

/** Loads `complaints-social-media/complaints-data.csv`: no header; id, text, label (1/0), domain. */
export function loadComplaints(dataDir: string): Loaded<ComplaintItem> {
  const dir = datasetDir(dataDir, 'complaints-social-media');
  if (!dir) return missing(dataDir, 'complaints-social-media');
  const path = join(dir, 'complaints-data.csv');
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const items = rows.map((row, idx): ComplaintItem => {
    if (row.length !== 4) throw new Error(`${path}: row ${idx + 1} has ${row.length} fields, expected 4`);
    const [id, text, label, domain] = row as [string, string, string, string];
    if (label !== '0' && label !== '1') throw new Error(`${path}: row ${idx + 1} has label ${JSON.stringify(label)}`);
    return { id, text, complaint: label === '1', domain };
  });
  const warnings: string[] = [];
  checkCount(warnings, 'complaints-data.csv', items.length, 3449);
  return { ok: true, items, path, warnings };
}

// --- Twitter US airline sentiment ---

export interface AirlineItem {
  id: string;
  text: string;
  sentiment: 'negative' | 'neutral' | 'positive';
  confidence: number;
  negativeReason: string;
  airline: string;
}

/** Loads `twitter-us-airline-sentiment/Tweets.csv` (header row, 15 columns, embedded newlines). */
export function loadAirline(dataDir: string): Loaded<AirlineItem> {
  const dir = datasetDir(dataDir, 'twitter-us-airline-sentiment');
  if (!dir) return missing(dataDir, 'twitter-us-airline-sentiment');
  const path = join(dir, 'Tweets.csv');
  const rows = parseCsvObjects(readFileSync(path, 'utf8'));
  const items = rows.map((r, idx): AirlineItem => {
    const s = r['airline_sentiment'];
    if (s !== 'negative' && s !== 'neutral' && s !== 'positive') {
      throw new Error(`${path}: row ${idx + 2} has airline_sentiment ${JSON.stringify(s)}`);
    }
    const confidence = Number(r['airline_sentiment_confidence']);
    if (!Number.isFinite(confidence)) throw new Error(`${path}: row ${idx + 2} has a bad confidence`);
    return {
      id: r['tweet_id']!,
      text: r['text']!,
      sentiment: s,
      confidence,
      negativeReason: r['negativereason'] ?? '',
      airline: r['airline'] ?? '',
    };
  });
  const warnings: string[] = [];
  checkCount(warnings, 'Tweets.csv', items.length, 14640);
  return { ok: true, items, path, warnings };
}

// ---------------------------------------------------------------------------------------------
// Repo fixtures: fixtures/emotions/{dev,test}.jsonl
// ---------------------------------------------------------------------------------------------

export interface FixtureItem {
  id: string;
  domain: string;
  text: string;
  emotions: Emotion[];
  tags: string[];
}

/**
 * Loads `<repoRoot>/fixtures/emotions/<split>.jsonl` (one `{id, domain, text, emotions, tags}`
 * per line; blank lines ignored). Returns `{ok: false}` when the file does not exist; throws,
 * naming the line, on malformed JSON, missing fields, unknown emotions or duplicate ids.
 */
export function loadFixtures(repoRoot: string, split: 'dev' | 'test'): Loaded<FixtureItem> {
  const path = join(repoRoot, 'fixtures', 'emotions', `${split}.jsonl`);
  if (!existsSync(path)) return { ok: false, reason: `${path} not found; skipping fixtures ${split}` };
  const items: FixtureItem[] = [];
  const seen = new Set<string>();
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  lines.forEach((raw, idx) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `${path}:${idx + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      throw new Error(`${where}: invalid JSON (${(e as Error).message})`);
    }
    const o = obj as Record<string, unknown>;
    if (typeof o !== 'object' || o === null) throw new Error(`${where}: not an object`);
    if (typeof o.id !== 'string' && typeof o.id !== 'number') throw new Error(`${where}: missing id`);
    if (typeof o.text !== 'string') throw new Error(`${where}: missing text`);
    if (!Array.isArray(o.emotions)) throw new Error(`${where}: emotions must be an array`);
    for (const e of o.emotions) {
      if (!EMOTIONS.includes(e as Emotion)) throw new Error(`${where}: unknown emotion ${JSON.stringify(e)}`);
    }
    const id = String(o.id);
    if (seen.has(id)) throw new Error(`${where}: duplicate id ${JSON.stringify(id)}`);
    seen.add(id);
    items.push({
      id,
      domain: typeof o.domain === 'string' ? o.domain : '',
      text: o.text,
      emotions: o.emotions as Emotion[],
      tags: Array.isArray(o.tags) ? o.tags.map(String) : [],
    });
  });
  return { ok: true, items, path, warnings: [] };
}

// --- EPITOME (emotional reactions, Reddit) ---

export interface EpitomeItem {
  id: string;
  /** The seeker's post: the "customer message". */
  seeker: string;
  /** The response: the "reply" scored for empathy. */
  response: string;
  /** 0 none, 1 weak, 2 strong emotional reaction (warmth, compassion, concern). */
  level: 0 | 1 | 2;
}

/** Loads `epitome/emotional-reactions-reddit.csv` (header: sp_id, rp_id, seeker_post, response_post, level, rationales). */
export function loadEpitome(dataDir: string): Loaded<EpitomeItem> {
  const dir = datasetDir(dataDir, 'epitome');
  if (!dir) return missing(dataDir, 'epitome');
  const path = join(dir, 'emotional-reactions-reddit.csv');
  const rows = parseCsvObjects(readFileSync(path, 'utf8'));
  const items = rows.map((r, idx): EpitomeItem => {
    const level = Number(r.level);
    if (level !== 0 && level !== 1 && level !== 2) throw new Error(`${path}: row ${idx + 2} has level ${JSON.stringify(r.level)}`);
    return { id: `${r.sp_id}/${r.rp_id}`, seeker: r.seeker_post ?? '', response: r.response_post ?? '', level };
  });
  const warnings: string[] = [];
  checkCount(warnings, 'emotional-reactions-reddit.csv', items.length, 3084);
  return { ok: true, items, path, warnings };
}

// --- Reply preference pairs (fixtures/replies/*.jsonl, or any JSONL in that format) ---

export type Dimension = 'empathy' | 'personalization' | 'positivity' | 'authenticity' | 'clarity' | 'followup';
export const DIMENSIONS: readonly Dimension[] = ['empathy', 'personalization', 'positivity', 'authenticity', 'clarity', 'followup'];

export interface ReplyPair {
  id: string;
  dimension: Dimension;
  message?: string | undefined;
  customerName?: string | undefined;
  better: string;
  worse: string;
}

/** Reads preference pairs, one JSON object per line: {id?, dimension, message?, customerName?, better, worse}. */
export function readReplyPairs(path: string): ReplyPair[] {
  const out: ReplyPair[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    let o: Record<string, unknown>;
    try { o = JSON.parse(line) as Record<string, unknown>; } catch (e) { throw new Error(`${path}:${k + 1}: not JSON (${(e as Error).message})`); }
    if (!DIMENSIONS.includes(o.dimension as Dimension)) throw new Error(`${path}:${k + 1}: dimension must be one of ${DIMENSIONS.join(', ')}`);
    if (typeof o.better !== 'string' || typeof o.worse !== 'string') throw new Error(`${path}:${k + 1}: better and worse must be strings`);
    for (const key of ['message', 'customerName'] as const) {
      if (o[key] !== undefined && typeof o[key] !== 'string') throw new Error(`${path}:${k + 1}: ${key} must be a string`);
    }
    out.push({
      id: typeof o.id === 'string' ? o.id : `${path}:${k + 1}`,
      dimension: o.dimension as Dimension,
      message: o.message as string | undefined,
      customerName: o.customerName as string | undefined,
      better: o.better,
      worse: o.worse,
    });
  });
  return out;
}

export function loadReplyPairs(repoRoot: string, split: 'dev' | 'test'): Loaded<ReplyPair> {
  const path = join(repoRoot, 'fixtures', 'replies', `${split}.jsonl`);
  if (!existsSync(path)) return { ok: false, reason: `${path} not found` };
  return { ok: true, items: readReplyPairs(path), path, warnings: [] };
}
