// The SSM target: the document comes from the repository (built and merged, or as given), the hosts
// from SSM's managed instances by id or tag. Nothing runs before or after our own rollout.
import type { StackDocument } from '../../stack/schema.js';
import { DeployFailure } from '../failure.js';
import { hostLabel, resolveSsmHosts, TargetsError } from '../hosts.js';
import type { HostRunner, TargetHost } from '../ports.js';
import type { SsmTargetSettings } from '../settings.js';
import type { Target } from './target.js';

export function ssmTarget(
  settings: SsmTargetSettings,
  previous: StackDocument | undefined,
  runner: Pick<HostRunner, 'resolveTargets'>,
): Target {
  return {
    async release(prepared, given) {
      const document = prepared?.document ?? given;
      if (!document) throw new DeployFailure('No Stack JSON to deploy (input stack-json)', 'unchanged');
      return { document, ...(previous ? { previous } : {}), stackName: settings.stackName };
    },
    async hosts(log) {
      let hosts: TargetHost[];
      try {
        hosts = await resolveSsmHosts(runner, settings);
      } catch (error) {
        throw error instanceof TargetsError ? new DeployFailure(error.message, 'unchanged') : error;
      }
      log.info(`Hosts: ${hosts.map(hostLabel).join(', ')}`);
      return hosts;
    },
    beforeRollout: async () => undefined,
    afterSuccess: async () => undefined,
  };
}
