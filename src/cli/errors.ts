/** Errors that end a CLI run with exit code 2, with a message that says what to change. */

/** Bad command line: unknown flag, missing argument. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A configuration file that cannot be used: names the file, the key and what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly key: string,
    readonly expected: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${expected}`);
  }
}

/** The message of anything thrown, without a stack. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A readable reason for a failed file system call. */
export function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a parent is not a directory';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return messageOf(err);
  }
}

/** A plain object (not null, not an array). */
export function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}
