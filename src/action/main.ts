import * as core from '@actions/core';

// The one place an error of the action becomes a failed step.
export async function run(): Promise<void> {
  try {
    const command = core.getInput('command') || 'validate';
    core.info(`berth ${command}`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
