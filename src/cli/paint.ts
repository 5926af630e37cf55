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

/** Colors on: forced by --color, off by --no-color, else only on a terminal without NO_COLOR and not writing to a file. */
export function useColor(flags: { color?: boolean | undefined; 'no-color'?: boolean | undefined }, io: { stdout: { isTTY?: boolean | undefined }; env: Readonly<Record<string, string | undefined>> }, toFile = false): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  return io.stdout.isTTY === true && !toFile && !io.env.NO_COLOR;
}
