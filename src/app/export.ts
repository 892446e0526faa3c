// Leaving OpsWorks: an OpsWorks stack's Custom JSON (a live stack, by id, or the file AWS's detach tool
// exported) becomes a repository Stack JSON whose secrets live in Parameter Store (src/deploy/export.ts).
import { readFile } from 'node:fs/promises';
import { describeExport, exportStack, type ExportResult } from '../deploy/export.js';
import type { ParameterStorePort, ProgressLog, TargetHost } from '../deploy/ports.js';
import { opsWorks, parameterStore } from './wiring.js';

export interface ExportSource {
  /** A live stack to read (Custom JSON, name, online instances); '' means read `file`. */
  stackId: string;
  file: string;
  /** Layers whose instances are suggested as SSM targets (all when empty). */
  layerIds: string[];
  /** For %{opsworks}; '' means the live stack's name. */
  stackName: string;
  prefix: string;
  dryRun: boolean;
  overwrite: boolean;
  /** AWS region and endpoint override. */
  client: { region: string; endpoint?: string };
  pollIntervalMs: number;
}

export interface ExportRun {
  result: ExportResult;
  /** What moved where, in words; `destination` names where the Stack JSON goes. */
  describe(destination: string): string[];
}

export async function exportFromOpsWorks(source: ExportSource, log: ProgressLog): Promise<ExportRun> {
  let text: string;
  let origin: string;
  let stackName = source.stackName;
  let instances: TargetHost[] = [];
  if (source.stackId !== '') {
    const opsworks = await opsWorks(source.client, source.pollIntervalMs);
    const stack = await opsworks.describeStack(source.stackId);
    text = stack.customJson;
    stackName = stackName || stack.name;
    instances = await opsworks.onlineInstances(source.stackId, source.layerIds);
    origin = `opsworks:${source.stackId}`;
  } else {
    origin = source.file;
    text = await readFile(origin, 'utf8');
  }
  const parameters: ParameterStorePort | undefined = source.dryRun ? undefined : await parameterStore(source.client);
  const result = await exportStack(
    { text, source: origin, prefix: source.prefix, dryRun: source.dryRun, overwrite: source.overwrite, instances, stackName },
    parameters,
    log,
  );
  return { result, describe: (destination) => describeExport(result, source.dryRun ? '(dry run: nothing written)' : destination) };
}
