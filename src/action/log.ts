// The ProgressLog of the action: the runner's log, groups, and masking.
import * as core from '@actions/core';
import type { ProgressLog } from '../deploy/ports.js';

export function actionLog(): ProgressLog {
  return {
    info: (message) => core.info(message),
    warn: (message) => core.warning(message),
    error: (message) => core.error(message),
    group: (title, body) => core.group(title, body),
    secret: (value) => {
      if (value !== '') core.setSecret(value);
    },
  };
}
