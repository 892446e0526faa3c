// The OpsWorks target: the document is the stack's Custom JSON with the new tags merged in (the one
// tag merge, src/stack/merge.ts, so pin-digest writes digests here too), the hosts are the stack's
// online instances. OpsWorks' own deployment runs first and must succeed; the stack's Custom JSON
// names the new tags only after every host read back well.
import { mergeImageTags, type ImageTagUpdate } from '../../stack/merge.js';
import type { StackDocument } from '../../stack/schema.js';
import { errorMessage } from '../../util/errors.js';
import { DeployFailure } from '../failure.js';
import { hostLabel } from '../hosts.js';
import { mergeIntoText, readBackMerge } from '../merge-step.js';
import type { OpsWorksPort, Planner, PreparedRelease } from '../ports.js';
import type { OpsWorksTargetSettings, ReleaseSettings } from '../settings.js';
import type { Target } from './target.js';

/** The built images as tag updates: the digest goes with each, for pin-digest. */
function tagUpdates(prepared: PreparedRelease): ImageTagUpdate[] {
  return Object.entries(prepared.tags).map(([image, tag]) => {
    const digest = prepared.digests[image];
    return { image, tag, ...(digest ? { digest } : {}) };
  });
}

export function opsworksTarget(
  settings: OpsWorksTargetSettings,
  release: ReleaseSettings,
  options: { port: OpsWorksPort | undefined; planner: Pick<Planner, 'parseDocument'>; previous: StackDocument | undefined },
): Target {
  const what = `the Custom JSON of OpsWorks stack ${settings.stackId}`;
  // The Custom JSON sent with OpsWorks' deployment: the stack's, with the new tags.
  let deployedCustomJson = '{}';

  function port(): OpsWorksPort {
    if (!options.port || !settings.stackId) {
      throw new DeployFailure('target opsworks needs the stack-id input (and layer-ids or app-id)', 'unchanged');
    }
    return options.port;
  }

  async function customJson(): Promise<{ name: string; text: string }> {
    const stack = await port().describeStack(settings.stackId);
    const text = stack.customJson.trim() === '' ? '{}' : stack.customJson;
    try {
      JSON.parse(text);
    } catch (error) {
      throw new DeployFailure(`${what} is not valid JSON: ${errorMessage(error)}`, 'unchanged');
    }
    return { name: stack.name, text };
  }

  return {
    async release(prepared, _given, log) {
      const stack = await customJson();
      deployedCustomJson = prepared ? mergeIntoText(stack.text, tagUpdates(prepared), prepared.pinDigest === true, log).text : stack.text;
      return {
        document: readBackMerge(
          options.planner.parseDocument(deployedCustomJson),
          prepared && tagUpdates(prepared),
          prepared?.pinDigest === true,
        ),
        previous: options.previous ?? options.planner.parseDocument(stack.text),
        stackName: stack.name || settings.stackName,
      };
    },

    async hosts(log) {
      const hosts = await port().onlineInstances(settings.stackId, settings.layerIds);
      if (hosts.length === 0) {
        const layers = settings.layerIds.length > 0 ? ` layers ${settings.layerIds.join(', ')}` : '';
        throw new DeployFailure(`No online instance in OpsWorks stack ${settings.stackId}${layers}`, 'unchanged');
      }
      log.info(`Hosts: ${hosts.map(hostLabel).join(', ')}`);
      return hosts;
    },

    async beforeRollout(hosts, { deadline, log, outcome }) {
      const deploymentId = await port().createDeployment({
        stackId: settings.stackId,
        ...(settings.appId ? { appId: settings.appId } : {}),
        instanceIds: hosts.map((h) => h.opsworksInstanceId ?? h.instanceId),
        command: settings.command,
        comment: `berth ${release.kind} ${release.version} (${release.commit.slice(0, 12)})`,
        customJson: deployedCustomJson,
      });
      outcome.opsworksDeploymentId = deploymentId;
      log.info(`OpsWorks deployment ${deploymentId} (${settings.command.name}) created; waiting`);
      const waited = await port().waitDeployment(deploymentId, deadline);
      if (waited.status === 'successful') return;
      const lines = waited.commands
        .filter((c) => c.status !== 'successful')
        .map((c) => `${c.instanceId}: ${c.status}${c.logUrl ? ` (log: ${c.logUrl})` : ''}`);
      throw new DeployFailure(
        `OpsWorks deployment ${deploymentId} ${waited.status === 'timeout' ? 'did not finish in time' : 'failed'}; stopped before any rollout, the stack's Custom JSON is unchanged.${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`,
        'unchanged',
      );
    },

    async afterSuccess(prepared, log) {
      if (!prepared || Object.keys(prepared.tags).length === 0) return;
      // Re-read right before writing: someone may have changed other keys meanwhile.
      const fresh = await customJson();
      const merged = mergeImageTags(fresh.text, tagUpdates(prepared), { pin: prepared.pinDigest === true });
      await port().updateStackCustomJson(settings.stackId, merged.text);
      const named = tagUpdates(prepared).map((u) => (prepared.pinDigest === true ? `${u.image}@${u.digest ?? ''}` : `${u.image}:${u.tag}`));
      log.info(`OpsWorks stack Custom JSON now names ${named.join(', ')}`);
    },
  };
}
