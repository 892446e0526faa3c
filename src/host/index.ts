export { buildHostCommands, parseHostResult, hostCommandBytes, toRawPlan, DEFAULT_MAX_COMMAND_BYTES, type HostMode, type HostCommandOptions } from './command.js';
