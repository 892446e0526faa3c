// The real planner's release template through the release record: what a joining host reads back and
// fills in with its own facts is, byte for byte, the plan a deploy would have sent it.
import { describe, expect, it } from 'vitest';
import { parseStackDocument, releasePlanner } from '../../src/app/planner.js';
import { DEFAULT_MAX_COMMAND_BYTES } from '../../src/host/command.js';
import { readReleaseRecord, writeReleaseRecord } from '../../src/deploy/release-record.js';
import { instantiateTemplate } from '../../src/stack/release-template.js';
import { memoryParameters } from '../deploy/fakes.js';
import { templateDocuments, templateFactSets, templateOptions } from '../stack/template-cases.js';

const planner = releasePlanner('stack.json', DEFAULT_MAX_COMMAND_BYTES);

describe('the release template through the release record', () => {
  for (const [name, text] of templateDocuments) {
    it(`${name}: each host's instantiated record equals its own plan`, async () => {
      const document = parseStackDocument(text, name);
      const templater = planner.releaseTemplate;
      if (!templater) throw new Error('the release planner makes no templates');
      for (const facts of templateFactSets) {
        const parameters = memoryParameters();
        const template = templater.encode(planner.hostPlan(document, templater.facts(facts.stackName), templateOptions));
        await writeReleaseRecord(parameters, '/berth/production', template, { deployId: 'deploy-1', release: 'v7 "quoted"' });
        const record = await readReleaseRecord(parameters, '/berth/production');
        expect(record?.template).toBe(template);
        expect(instantiateTemplate(record?.template ?? '', facts)).toBe(
          planner.encodePlan(planner.hostPlan(document, facts, templateOptions)),
        );
      }
    });
  }

  it('gives the association commands naming the record, the lock and the region, and no secret', () => {
    const commands = planner.releaseTemplate?.convergeCommands({
      recordName: '/berth/production/release',
      lockName: '/berth/production/lock',
      region: 'eu-west-1',
      waitSeconds: 2100,
    });
    expect(commands?.slice(0, 5)).toEqual([
      "BERTH_RECORD='/berth/production/release'",
      "BERTH_LOCK='/berth/production/lock'",
      "BERTH_REGION='eu-west-1'",
      "BERTH_ENDPOINT=''",
      "BERTH_WAIT_SECONDS='2100'",
    ]);
  });
});
