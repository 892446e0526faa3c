export {
  buildHostCommands,
  packHostCommands,
  parseHostResult,
  hostCommandBytes,
  CommandTooLargeError,
  DEFAULT_MAX_COMMAND_BYTES,
  MAX_INSTANCES_PER_COMMAND,
  MAX_EXECUTION_TIMEOUT_SECONDS,
  type HostMode,
  type HostCommandOptions,
  type HostCommandGroup,
  type PlanForHost,
} from './command.js';
export { convergeCommands, type ConvergeCommandOptions } from './converge.js';
export { canaryPlanText, type CanaryBake } from './canary-plan.js';
export { readCanaryReport } from './canary-result.js';
