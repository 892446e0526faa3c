// `command: export`: an OpsWorks stack (live, by stack-id) or its exported Custom JSON file (stack-json)
// becomes a repository Stack JSON (written to stack-json-output) with its secrets in Parameter Store.
import * as core from '@actions/core';
import { exportFromOpsWorks } from '../app/export.js';
import { secretInputValues, type ActionInputs } from '../app/inputs.js';
import { writeStackJsonOutput } from '../app/stack-output.js';
import { awsClientSettings } from '../app/wiring.js';
import { actionLog } from './log.js';
import { outputs } from './outputs.js';

export async function runExportAction(inputs: ActionInputs): Promise<undefined> {
  const log = actionLog();
  const { result, describe } = await exportFromOpsWorks(
    {
      stackId: inputs.stackId,
      file: inputs.stackJson,
      layerIds: inputs.layerIds,
      stackName: inputs.stackName,
      prefix: inputs.secretsPrefix,
      dryRun: inputs.dryRun,
      overwrite: inputs.force,
      client: awsClientSettings(inputs),
      pollIntervalMs: inputs.pollIntervalSeconds * 1000,
    },
    log,
  );
  if (!inputs.dryRun) {
    await writeStackJsonOutput(inputs.stackJsonOutput, result.text, secretInputValues(inputs));
    outputs.setStackJsonPath(inputs.stackJsonOutput);
  }
  const lines = describe(inputs.stackJsonOutput);
  for (const line of lines) log.info(line);
  await core.summary.addHeading('berth export', 2).addCodeBlock(lines.join('\n'), 'text').write();
  outputs.setResult({ command: 'export', dryRun: inputs.dryRun, moved: result.moved, hosts: result.hosts, targets: result.targets });
  return undefined;
}
