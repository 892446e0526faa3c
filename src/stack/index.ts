// The core's public surface: the Stack JSON model, validation, the per-host plan and text edits.
export * from './schema.js';
export * from './positions.js';
export * from './diagnostics.js';
export { validateStackJson, type ValidationResult } from './validate.js';
export { checkStackFile, countBySeverity } from './check-file.js';
export * from './placeholders.js';
export * from './command.js';
export * from './environment.js';
export * from './secrets.js';
export * from './slots.js';
export * from './plan-args.js';
export * from './plan-cron.js';
export * from './plan.js';
export * from './host-plan.js';
export * from './merge.js';
export * from './diff.js';
export * from './summary.js';
export * from './manual.js';
