// A small file matcher for the stack-json input (node:fs glob needs Node 22; we also run on 20).
// Supports `*`, `?`, `[...]` inside a path segment and `**` for any number of directories.
// Directories starting with `.` and node_modules are skipped unless the pattern names them.
import { readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

const MAGIC = /[*?[]/;

export function hasGlobMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i] as string;
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end === -1) source += '\\[';
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function listDir(dir: string): { name: string; isDir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      isDir: entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(join(dir, entry.name))),
    }));
  } catch {
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function hidden(name: string, segment: string): boolean {
  return (name.startsWith('.') && !segment.startsWith('.')) || (name === 'node_modules' && segment !== 'node_modules');
}

/**
 * Files matching `pattern` (relative to `cwd`, or absolute), sorted, as paths in the pattern's own
 * form (relative stays relative). A pattern without magic matches itself when it is a file.
 */
export function globFiles(pattern: string, cwd: string = process.cwd()): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  if (!hasGlobMagic(normalized)) return isFile(join(cwd, normalized)) || isFile(normalized) ? [normalized] : [];
  const absolute = normalized.startsWith('/');
  const segments = normalized.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
  const found = new Set<string>();

  const walk = (index: number, relative: string): void => {
    const dir = absolute ? '/' + relative : join(cwd, relative);
    if (index === segments.length) {
      if (isFile(dir)) found.add(absolute ? '/' + relative : relative);
      return;
    }
    const segment = segments[index] as string;
    if (segment === '**') {
      walk(index + 1, relative); // zero directories
      for (const entry of listDir(dir)) {
        if (entry.isDir && !hidden(entry.name, segments[index + 1] ?? '')) walk(index, posix.join(relative, entry.name));
      }
      return;
    }
    if (!hasGlobMagic(segment)) {
      walk(index + 1, posix.join(relative, segment));
      return;
    }
    const re = segmentRegExp(segment);
    for (const entry of listDir(dir)) {
      if (hidden(entry.name, segment) || !re.test(entry.name)) continue;
      if (index + 1 === segments.length ? !entry.isDir : entry.isDir) walk(index + 1, posix.join(relative, entry.name));
    }
  };
  walk(0, '');
  return [...found].sort();
}

/** The one Stack JSON file a deploy uses: the input names a file, or a glob matching exactly one. */
export function resolveStackFile(pattern: string, cwd: string): string {
  if (!hasGlobMagic(pattern)) return pattern;
  const files = globFiles(pattern, cwd);
  if (files.length !== 1) {
    throw new Error(
      `stack-json "${pattern}" must name exactly one file for a deploy; it matches ${files.length}${files.length > 0 ? `: ${files.join(', ')}` : ''}`,
    );
  }
  return files[0] as string;
}
