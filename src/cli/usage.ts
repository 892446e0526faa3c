// A wrong command line: printed with the command's usage, exit status 2.
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Says what went wrong with `--flag`-style parsing in words a user can act on. */
export function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\. To specify a positional argument.*$/s, '');
}
