// Rollbar: which deploys a release reports (one per app and environment), their tokens resolved on
// the runner, and the notifier that fans the pipeline's one started/finished pair out to them.
import { findDefinition } from '../stack/environment.js';
import { ssmReference } from '../stack/placeholders.js';
import type { StackDocument } from '../stack/schema.js';
import type { DeployNotifier, ParameterStorePort, ProgressLog } from './ports.js';
import { errorMessage } from '../util/errors.js';

export type TokenSource = { kind: 'literal'; value: string } | { kind: 'ssm'; name: string };

export interface RollbarTarget {
  app: string;
  environment: string;
  token: TokenSource;
}

/**
 * Which Rollbar deploys a release reports. Environment: the value of the definition's `env_var`
 * variable (own env over env_from's), else the deploy's environment. Token: the input, else the
 * definition's `access_token` (a `%{ssm:...}` reference is resolved later, on the runner).
 * With a token input and no definition asking for Rollbar, each app is still reported.
 */
export function rollbarTargets(document: StackDocument, options: { environment: string; tokenInput: string }): RollbarTarget[] {
  const targets: RollbarTarget[] = [];
  const seen = new Set<string>();
  const add = (app: string, environment: string, token: TokenSource) => {
    const key = JSON.stringify([app, environment]);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ app, environment, token });
  };
  const input: TokenSource | undefined = options.tokenInput ? { kind: 'literal', value: options.tokenInput } : undefined;
  for (const [app, settings] of Object.entries(document.deploy)) {
    let reported = false;
    for (const group of settings.containers) {
      for (const definition of Object.values(group)) {
        const rollbar = definition.notifications?.rollbar;
        if (!rollbar) continue;
        const own = rollbar.access_token.trim();
        const reference = ssmReference(own);
        const token =
          input ?? (reference !== undefined ? { kind: 'ssm', name: reference } : own ? { kind: 'literal', value: own } : undefined);
        if (!token) continue;
        const inherited = definition.env_from ? (findDefinition(document, app, definition.env_from)?.env ?? {}) : {};
        const env = { ...inherited, ...definition.env };
        const fromVar = rollbar.env_var ? env[rollbar.env_var] : undefined;
        add(app, fromVar !== undefined && String(fromVar).trim() !== '' ? String(fromVar) : options.environment, token);
        reported = true;
      }
    }
    if (!reported && input) add(app, options.environment, input);
  }
  return targets;
}

export interface ResolvedRollbarTarget {
  app: string;
  environment: string;
  token: string;
}

/** Resolves `%{ssm:...}` tokens on the runner. A token that cannot be read skips that report, with a warning. */
export async function resolveRollbarTargets(
  targets: RollbarTarget[],
  parameters: Pick<ParameterStorePort, 'get'>,
  log: ProgressLog,
): Promise<ResolvedRollbarTarget[]> {
  const resolved: ResolvedRollbarTarget[] = [];
  for (const target of targets) {
    let token: string | undefined;
    if (target.token.kind === 'literal') token = target.token.value;
    else {
      try {
        token = await parameters.get(target.token.name, true);
        if (token === undefined)
          log.warn(
            `Rollbar: parameter ${target.token.name} (access token of app "${target.app}") does not exist; not reporting this deploy to Rollbar.`,
          );
      } catch (error) {
        log.warn(
          `Rollbar: could not read parameter ${target.token.name} (${errorMessage(error)}); not reporting app "${target.app}" to Rollbar.`,
        );
      }
    }
    if (token) {
      log.secret(token);
      resolved.push({ app: target.app, environment: target.environment, token });
    }
  }
  return resolved;
}

export interface RollbarActivity {
  app: string;
  environment: string;
  deployId?: string;
  status: 'started' | 'succeeded' | 'failed' | 'not reported';
}

/**
 * A DeployNotifier that turns the pipeline's one started/finished pair into one Rollbar deploy per
 * app and environment, with the commit SHA as revision and "subject (actor)" as comment, and keeps
 * what it did for the job summary.
 */
export function fanOutNotifier(
  inner: DeployNotifier,
  targets: ResolvedRollbarTarget[],
  info: { revision: string; comment: string; localUsername: string },
): { notifier: DeployNotifier; activity: RollbarActivity[]; anyToken: string } {
  const activity: RollbarActivity[] = targets.map((t) => ({ app: t.app, environment: t.environment, status: 'not reported' }));
  const notifier: DeployNotifier = {
    async started() {
      for (const [i, target] of targets.entries()) {
        const id = await inner.started({ token: target.token, environment: target.environment, ...info });
        const entry = activity[i];
        if (entry) {
          entry.status = id === undefined ? 'not reported' : 'started';
          if (id !== undefined) entry.deployId = id;
        }
      }
      return targets.length > 0 ? 'fan-out' : undefined;
    },
    async finished(input) {
      for (const [i, target] of targets.entries()) {
        const entry = activity[i];
        await inner.finished({
          token: target.token,
          deployId: entry?.deployId,
          environment: target.environment,
          ...info,
          status: input.status,
        });
        if (entry) entry.status = input.status;
      }
    },
  };
  // The pipeline calls the notifier only when it has a token; any of ours will do to say "yes".
  return { notifier, activity, anyToken: targets[0]?.token ?? '' };
}
