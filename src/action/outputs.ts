// The only writer of the action's outputs: one typed setter per output declared in action.yml.
import { setOutput } from '@actions/core';

export const OUTPUT_NAMES = [
  'result',
  'version',
  'deployment-id',
  'image-digests',
  'images',
  'stack-json',
  'errors',
  'warnings',
  'canary',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

export interface ActionOutputs {
  /** JSON of the outcome of deploy or rollback. */
  setResult(result: unknown): void;
  setVersion(version: string): void;
  setDeploymentId(id: number | string): void;
  /** Image reference -> digest (`sha256:...`). */
  setImageDigests(digests: Record<string, string>): void;
  /** Image -> full reference deployed (`repo:tag` or `repo@sha256:...`). */
  setImages(images: Record<string, string>): void;
  /** Path of the merged Stack JSON. */
  setStackJsonPath(path: string): void;
  /** Validation counts over every checked file. */
  setValidationCounts(counts: { errors: number; warnings: number }): void;
  /** Per canary host: its verdict and comparison (src/deploy/outcome.ts CanaryHostReport); [] without a canary. */
  setCanary(canary: unknown[]): void;
}

/** Outputs written through `write` (core.setOutput in the action; a recorder in tests). */
export function createOutputs(write: (name: OutputName, value: string) => void = setOutput): ActionOutputs {
  return {
    setResult: (result) => write('result', JSON.stringify(result)),
    setVersion: (version) => write('version', version),
    setDeploymentId: (id) => write('deployment-id', String(id)),
    setImageDigests: (digests) => write('image-digests', JSON.stringify(digests)),
    setImages: (images) => write('images', JSON.stringify(images)),
    setStackJsonPath: (path) => write('stack-json', path),
    setValidationCounts: ({ errors, warnings }) => {
      write('errors', String(errors));
      write('warnings', String(warnings));
    },
    setCanary: (canary) => write('canary', JSON.stringify(canary)),
  };
}

export const outputs: ActionOutputs = createOutputs();
