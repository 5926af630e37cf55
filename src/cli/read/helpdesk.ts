/**
 * Template discovery in helpdesk exports (JSON or YAML, as a Tree):
 * - Zendesk macros: `{macros: [...]}`, `{macro: {...}}` or an array of macros; each macro's
 *   `actions` with `field` `comment_value` (plain text) or `comment_value_html` (HTML), whose
 *   `value` is a string or an array like `["channel:all", "text"]` (the last string is the comment).
 * - Freshdesk canned responses: `content` (plain text, preferred) else `content_html`; titled by
 *   `title`. An array, `{canned_responses: [...]}` or one object.
 * - Help Scout saved replies: `text` (HTML when it has tags), named by `name`. An array,
 *   `{_embedded: {replies: [...]}}` or one object.
 */
import { ReadError } from '../types.ts';
import { NO_TEMPLATES, markupFor, type Found } from './container.ts';
import { get, getString, type Tree, type TreeString } from './tree.ts';

/**
 * The records a document holds: the array itself, a wrapper's list, or the one object; `list`
 * tells a (possibly empty) list from a lone record or scalar.
 */
function records(root: Tree): { items: Tree[]; list: boolean } {
  if (root.kind === 'array') return { items: root.items, list: true };
  if (root.kind !== 'object') return { items: [], list: false };
  const macros = get(root, 'macros');
  if (macros?.kind === 'array') return { items: macros.items, list: true };
  const macro = get(root, 'macro');
  if (macro?.kind === 'object') return { items: [macro], list: false };
  const canned = get(root, 'canned_responses');
  if (canned?.kind === 'array') return { items: canned.items, list: true };
  const embedded = get(root, '_embedded');
  if (embedded?.kind === 'object') {
    const replies = get(embedded, 'replies');
    if (replies?.kind === 'array') return { items: replies.items, list: true };
    for (const e of embedded.entries) if (e.value.kind === 'array') return { items: e.value.items, list: true };
  }
  return { items: [root], list: false };
}

/** The comment text of a Zendesk action value: the string, or the last string of an array. */
function actionText(value: Tree | undefined): TreeString | undefined {
  if (value?.kind === 'string') return value;
  if (value?.kind !== 'array') return undefined;
  for (let i = value.items.length - 1; i >= 0; i--) {
    const item = value.items[i]!;
    if (item.kind === 'string') return item;
  }
  return undefined;
}

function zendesk(macro: Tree, out: Found[]): void {
  const actions = get(macro, 'actions');
  if (actions?.kind !== 'array') return;
  const title = getString(macro, 'title');
  for (const action of actions.items) {
    const field = getString(action, 'field');
    if (field !== 'comment_value' && field !== 'comment_value_html') continue;
    const text = actionText(get(action, 'value'));
    if (text) out.push({ title, markup: field === 'comment_value_html' ? 'html' : 'text', container: text.container() });
  }
}

function freshdesk(record: Tree, out: Found[]): boolean {
  const content = get(record, 'content');
  const html = get(record, 'content_html');
  const plain = content?.kind === 'string' && (content.value.trim() !== '' || html?.kind !== 'string');
  const chosen = plain ? content : html?.kind === 'string' ? html : undefined;
  if (chosen?.kind !== 'string') return false;
  out.push({ title: getString(record, 'title'), markup: plain ? 'text' : 'html', container: chosen.container() });
  return true;
}

function helpscout(record: Tree, out: Found[]): boolean {
  const text = get(record, 'text');
  if (text?.kind !== 'string') return false;
  out.push({ title: getString(record, 'name'), markup: markupFor(undefined, text.value), container: text.container() });
  return true;
}

/**
 * Every template in a helpdesk export, in document order. Throws ReadError when the document
 * has records but none holds a recognizable template (an empty list is just empty).
 */
export function helpdeskTemplates(root: Tree): Found[] {
  const { items, list } = records(root);
  const out: Found[] = [];
  for (const record of items) {
    if (record.kind !== 'object') continue;
    if (get(record, 'actions')?.kind === 'array') zendesk(record, out);
    else if (!freshdesk(record, out)) helpscout(record, out);
  }
  if (out.length === 0 && (items.length > 0 || !list)) throw new ReadError(NO_TEMPLATES);
  return out;
}
