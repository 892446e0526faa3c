// Where a secret could leak during a world deploy, read as an attacker would: the SSM commands the fake
// AWS recorded (with the gzip+base64 script and plans they carry unpacked), every process's arguments
// while the deploy runs (`ps`, /proc/*/cmdline), and the files a directory keeps. Shared by the world
// tests that prove a secret reaches none of them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FakeAws } from '../world/fakes/aws.js';

/** Every process's arguments, sampled until stopped: what `ps` on the host shows while the deploy runs. */
export function sampleProcessArguments(): { stop: () => string[] } {
  const seen = new Set<string>();
  const sample = () => {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        seen.add(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' '));
      } catch {
        // the process ended between the listing and the read
      }
    }
  };
  const timer = setInterval(sample, 15);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return [...seen];
    },
  };
}

/** Every regular file under `dir` with its text (what the host keeps: records, cron and env files, temp files). */
export function filesUnder(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const path = join(dir, name);
    try {
      return statSync(path).isFile() ? [[path, readFileSync(path, 'latin1')] as [string, string]] : [];
    } catch {
      return [];
    }
  });
}

/** Each SendCommand's body with the gzip+base64 script and plans it carries unpacked. */
export function sendCommandTexts(aws: FakeAws): string[] {
  return aws.requests
    .filter((r) => r.target === 'AmazonSSM.SendCommand')
    .flatMap((send) => {
      const body = JSON.stringify(send.body);
      const packed = [...body.matchAll(/printf '%s' '([A-Za-z0-9+/=]+)' \| base64 -d \| gunzip/g)].map((m) =>
        gunzipSync(Buffer.from(m[1] ?? '', 'base64')).toString('utf8'),
      );
      return [body, ...packed];
    });
}

/**
 * For each place, the texts holding any of `values`, named without the value (the first line: a file's
 * path, else the start of the text), as `place: value name: where`. Empty when nothing leaked.
 */
export function leaks(places: [string, string[]][], values: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [place, texts] of places) {
    for (const [name, value] of Object.entries(values)) {
      for (const text of texts.filter((t) => t.includes(value))) {
        found.push(`${place}: ${name}: ${(text.split('\n')[0] ?? '').slice(0, 160).split(value).join('***')}`);
      }
    }
  }
  return found;
}
