// The one place that asks which target a deploy has.
import type { DeployPorts } from '../ports.js';
import type { DeploySettings } from '../settings.js';
import { opsworksTarget } from './opsworks.js';
import { ssmTarget } from './ssm.js';
import type { Target } from './target.js';

export function chooseTarget(settings: DeploySettings, ports: DeployPorts): Target {
  const previous = settings.previousDocument;
  if (settings.target.kind === 'opsworks') {
    return opsworksTarget(settings.target, settings.release, { port: ports.opsworks, planner: ports.planner, previous });
  }
  return ssmTarget(settings.target, previous, ports.hosts);
}
