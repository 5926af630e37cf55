/** ANSI styles, or plain text when color is off. */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
}

/** Wraps text in an ANSI style (nothing for empty text). */
export const style = (open: number, close: number) => (s: string): string => (s === '' ? s : `\x1b[${open}m${s}\x1b[${close}m`);
const plain = (s: string): string => s;

export function paint(color: boolean): Paint {
  if (!color) return { bold: plain, dim: plain, red: plain, yellow: plain, blue: plain, green: plain };
  return { bold: style(1, 22), dim: style(2, 22), red: style(31, 39), yellow: style(33, 39), blue: style(34, 39), green: style(32, 39) };
}
