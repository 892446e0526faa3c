import { describe, expect, it } from 'vitest';
import { parseActionInputs } from '../../src/app/inputs.js';
import { describeExport, suggestHosts } from '../../src/deploy/export.js';

const targetsLine = (lines: string[]) => /^Then deploy with targets: (.+)$/.exec(lines.find((l) => l.startsWith('Then deploy')) ?? '')?.[1];

describe('describeExport: the targets it tells you to deploy with', () => {
  it('names every former layer in one tag line, which the targets input reads as alternatives', () => {
    const { hosts, targets } = suggestHosts([
      { instanceId: 'i-0a', hostname: 'docker1', publicIp: '', group: 'docker' },
      { instanceId: 'i-0c', hostname: 'worker1', publicIp: '', group: 'workers' },
    ]);
    const line = targetsLine(describeExport({ text: '', moved: [], hosts, targets, stackName: 'S' }, 'stack.json'));
    expect(line).toBe('tag:berth:layer=docker,workers');
    // The action parses it as one tag filter with both values (several lines would all have to match).
    const inputs = parseActionInputs((name) => (({ command: 'deploy', targets: line ?? '' }) as Record<string, string>)[name] ?? '', {});
    expect(inputs.targets).toEqual([{ key: 'berth:layer', values: ['docker', 'workers'] }]);
  });

  it('falls back to the hostname tags when the instances had no layer', () => {
    const { hosts, targets } = suggestHosts([
      { instanceId: 'i-0a', hostname: 'docker1', publicIp: '' },
      { instanceId: 'i-0b', hostname: 'docker2', publicIp: '' },
    ]);
    expect(targets).toEqual([]);
    expect(targetsLine(describeExport({ text: '', moved: [], hosts, targets, stackName: '' }, 'out.json'))).toBe(
      'tag:berth:hostname=docker1,docker2',
    );
  });
});

describe('describeExport: the first line', () => {
  const moved = (state: 'planned' | 'written') => [
    { path: 'docker.registries.quay.io.password', parameter: '/p/registries/quay.io/password', state },
  ];
  it('says a dry run wrote nothing', () => {
    expect(describeExport({ text: '', moved: moved('planned'), hosts: [], targets: [], stackName: '' }, 'x')[0]).toBe(
      'Dry run, nothing written: 1 secret(s) would move to Parameter Store.',
    );
  });
  it('names the file it wrote otherwise', () => {
    expect(describeExport({ text: '', moved: moved('written'), hosts: [], targets: [], stackName: '' }, 'stack.json')[0]).toBe(
      'Wrote stack.json: 1 secret(s) now referenced from Parameter Store.',
    );
  });
});
