// Build args may be plain (`VERSION=1.4`) or secret (`NPM_TOKEN=...`). A plain one is fine as a flag;
// a secret one is not, as every user of the machine reads a process's arguments (ps, /proc).
import { buildArgs, images } from '../app/input-values.js';
import { holdsUrlCredentials } from '../stack/credential-values.js';
import { isSecretKey } from '../stack/secrets.js';

/** The inputs that carry build args: a flag of theirs is taken unless it holds a secret one. */
export const BUILD_ARG_INPUTS = ['build-args', 'images'] as const;
export type BuildArgInput = (typeof BUILD_ARG_INPUTS)[number];

const isSecretArg = ([key, value]: [string, string]) => isSecretKey(key) || holdsUrlCredentials(value);

/** Whether the text of a `--build-args` or `--images` flag holds a build arg that is a secret (a text that does not parse: no). */
export function flagHoldsSecretBuildArg(input: BuildArgInput, text: string): boolean {
  if (input === 'build-args') {
    const parsed = buildArgs.safeParse(text);
    return parsed.success && Object.entries(parsed.data).some(isSecretArg);
  }
  const parsed = images.safeParse(text);
  return parsed.success && parsed.data.some((build) => Object.entries(build.buildArgs).some(isSecretArg));
}
