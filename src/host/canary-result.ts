// Reads the `canary` field of a host's answer (HostResult.canary) strictly: the runner's verdict rests on
// these numbers, so a field of the wrong shape is no report at all rather than a partly trusted one.
import type { CanaryDefinition, CanaryReport, CanarySide } from '../stack/host-plan.js';

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isSide(value: unknown): value is CanarySide {
  return isObject(value) && Array.isArray(value.servers) && value.servers.every((s) => typeof s === 'string') &&
    isCount(value.requests) && isCount(value.r5xx) && isCount(value.errors) && isCount(value.rtimeMs) &&
    (value.unit === undefined || value.unit === 'connections');
}

function isDefinition(value: unknown): value is CanaryDefinition {
  return isObject(value) && typeof value.app === 'string' && typeof value.definition === 'string' &&
    typeof value.compared === 'boolean' && (value.why === undefined || typeof value.why === 'string') &&
    isSide(value.new) && isSide(value.old);
}

function isUncompared(value: unknown): value is CanaryReport['uncompared'][number] {
  return isObject(value) && typeof value.app === 'string' && typeof value.definition === 'string' && typeof value.why === 'string';
}

/** The report when `value` has CanaryReport's shape (counts finite and not negative), else undefined. */
export function readCanaryReport(value: unknown): CanaryReport | undefined {
  if (!isObject(value) || !isCount(value.bakedSeconds) || !isCount(value.restarts)) return undefined;
  if (!Array.isArray(value.definitions) || !value.definitions.every(isDefinition)) return undefined;
  if (!Array.isArray(value.uncompared) || !value.uncompared.every(isUncompared)) return undefined;
  return {
    bakedSeconds: value.bakedSeconds,
    definitions: value.definitions,
    uncompared: value.uncompared,
    restarts: value.restarts,
  };
}
