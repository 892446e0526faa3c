// AWS's published service models (botocore's service-2.json, shipped by the Debian awscli package that
// scripts/setup.sh installs), loaded at run time and indexed by x-amz-target: what the fake validates against.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the Debian awscli package puts botocore's data. */
export const BOTOCORE_DATA = '/usr/lib/python3/dist-packages/awscli/botocore/data';

/** The services the fake speaks, as `<service>/<api version>` folders under the botocore data. */
export const SERVICE_MODELS = ['ssm/2014-11-06', 'opsworks/2013-02-18'] as const;

/** One shape of a model, with the members validation reads (documentation and the rest are left out). */
export interface Shape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'float' | 'double' | 'boolean' | 'timestamp' | 'blob';
  required?: string[];
  members?: Record<string, { shape: string }>;
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive?: boolean;
}

export interface ServiceModel {
  /** `AmazonSSM`, `OpsWorks_20130218`: the x-amz-target prefix. */
  targetPrefix: string;
  shapes: Record<string, Shape>;
}

export interface OperationModel {
  /** Name of the input structure, e.g. `SendCommandRequest`. */
  input: string;
  model: ServiceModel;
}

export interface ModelIndex {
  /** By x-amz-target, e.g. `AmazonSSM.SendCommand`. */
  operations: Map<string, OperationModel>;
}

interface RawModel {
  metadata: { targetPrefix: string };
  operations: Record<string, { input?: { shape: string } }>;
  shapes: Record<string, Shape>;
}

export function loadModels(dataDir: string = BOTOCORE_DATA): ModelIndex {
  const operations = new Map<string, OperationModel>();
  for (const service of SERVICE_MODELS) {
    const file = join(dataDir, service, 'service-2.json');
    if (!existsSync(file)) {
      throw new Error(
        `fake AWS: AWS's service model ${file} is missing. It comes with the Debian package awscli ` +
          '(apt-get install awscli; scripts/setup.sh installs it): the fake validates every request against it.',
      );
    }
    const raw = JSON.parse(readFileSync(file, 'utf8')) as RawModel;
    const model: ServiceModel = { targetPrefix: raw.metadata.targetPrefix, shapes: raw.shapes };
    for (const [name, operation] of Object.entries(raw.operations)) {
      // Operations without input take an empty structure.
      operations.set(`${model.targetPrefix}.${name}`, { input: operation.input?.shape ?? '', model });
    }
  }
  return { operations };
}

let loaded: ModelIndex | undefined;

/** The installed models, read once per process (the files are about 1 MB). */
export function installedModels(): ModelIndex {
  loaded ??= loadModels();
  return loaded;
}
