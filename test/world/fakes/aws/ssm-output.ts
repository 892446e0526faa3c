// How SSM reports a command's output: the limits are AWS's documented ones.

/** GetCommandInvocation returns the first 24,000 characters of stdout and 8,000 of stderr. */
export const STDOUT_LIMIT = 24_000;
export const STDERR_LIMIT = 8_000;
/** ListCommandInvocations `CommandPlugins[].Output` holds at most 2,500 characters of both streams. */
export const PLUGIN_OUTPUT_LIMIT = 2_500;

const ERROR_HEADER = '\n----------ERROR-------\n';
const TRUNCATED = '\n---Output truncated---';

/** The plugin's combined output as the agent uploads it: stdout, then stderr under a header, cut to 2,500. */
export function pluginOutput(stdout: string, stderr: string): string {
  const combined = stderr === '' ? stdout : `${stdout}${ERROR_HEADER}${stderr}`;
  if (combined.length <= PLUGIN_OUTPUT_LIMIT) return combined;
  return combined.slice(0, PLUGIN_OUTPUT_LIMIT - TRUNCATED.length) + TRUNCATED;
}

/** ISO 8601 duration as ExecutionElapsedTime shows it, e.g. `PT1.234S`. */
export function elapsed(startMs: number, endMs: number): string {
  return `PT${((endMs - startMs) / 1000).toFixed(3)}S`;
}
