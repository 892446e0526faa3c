// `command: export`: an OpsWorks stack (live, by stack-id) or its exported Custom JSON file (stack-json)
// becomes a repository Stack JSON (written to stack-json-output) with its secrets in Parameter Store.
import * as core from '@actions/core';
import { readFile, writeFile } from 'node:fs/promises';
import { describeExport, exportStack } from '../deploy/export.js';
import type { ParameterStorePort, TargetHost } from '../deploy/ports.js';
import type { ActionInputs } from '../app/inputs.js';
import { createOutputs } from './outputs.js';
import { actionLog } from './rollback.js';

export async function runExportAction(inputs: ActionInputs): Promise<void> {
  const log = actionLog();
  const needsAws = inputs.stackId !== '' || !inputs.dryRun;
  if (needsAws && inputs.awsRegion === '') throw new Error('export needs aws-region (or AWS_REGION) to read OpsWorks or write Parameter Store');
  const settings = { region: inputs.awsRegion, ...(inputs.awsEndpoint ? { endpoint: inputs.awsEndpoint } : {}) };

  let text: string;
  let source: string;
  let stackName = inputs.stackName;
  let instances: TargetHost[] = [];
  if (inputs.stackId !== '') {
    const { createOpsWorksClient } = await import('../adapters/aws-clients.js');
    const { createOpsWorks } = await import('../adapters/opsworks.js');
    const opsworks = createOpsWorks(createOpsWorksClient(settings), { pollIntervalMs: inputs.pollIntervalSeconds * 1000 });
    const stack = await opsworks.describeStack(inputs.stackId);
    text = stack.customJson;
    stackName = stackName || stack.name;
    instances = await opsworks.onlineInstances(inputs.stackId, inputs.layerIds);
    source = `opsworks:${inputs.stackId}`;
  } else {
    source = inputs.stackJson;
    text = await readFile(source, 'utf8');
  }

  let parameters: ParameterStorePort | undefined;
  if (!inputs.dryRun) {
    const { createSsmClient } = await import('../adapters/aws-clients.js');
    const { createParameterStore } = await import('../adapters/parameters.js');
    parameters = createParameterStore(createSsmClient(settings));
  }
  const result = await exportStack(
    { text, source, prefix: inputs.secretsPrefix, dryRun: inputs.dryRun, overwrite: inputs.force, instances, stackName },
    parameters,
    log,
  );
  if (!inputs.dryRun) {
    await writeFile(inputs.stackJsonOutput, result.text);
    createOutputs().setStackJsonPath(inputs.stackJsonOutput);
  }
  const lines = describeExport(result, inputs.dryRun ? '(dry run: nothing written)' : inputs.stackJsonOutput);
  for (const line of lines) log.info(line);
  await core.summary.addHeading('berth export', 2).addCodeBlock(lines.join('\n'), 'text').write();
  createOutputs().setResult({ command: 'export', dryRun: inputs.dryRun, moved: result.moved, hosts: result.hosts, targets: result.targets });
}
