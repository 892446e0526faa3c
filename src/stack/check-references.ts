// Checks that names point at things that exist: env_from, volumes_from, links, the log forwarder,
// the manual list; plus the checks on copies (duplicate names, fixed host ports, single slot).
import type { Reporter } from './diagnostics.js';
import { interpolate, tokenize } from './placeholders.js';
import { isLongRunning, listDataVolumes, listDefinitions, runtimeNames, type DefinitionEntry, type StackDocument } from './schema.js';
import { isFixedAcrossCopies, rolloutOf, slotValues } from './slots.js';

interface Names {
  definitions: Map<string, DefinitionEntry>;
  /** Container name on a host (`web0`) -> the definition whose copy it is. */
  runtime: Map<string, DefinitionEntry>;
  dataVolumes: Set<string>;
}

function collectNames(document: StackDocument, reporter: Reporter): Names {
  const definitions = new Map<string, DefinitionEntry>();
  const runtime = new Map<string, DefinitionEntry>();
  const clashes = new Set<string>();
  for (const entry of listDefinitions(document)) {
    const earlier = definitions.get(entry.name);
    if (earlier && earlier.path.join('\u0000') !== entry.path.join('\u0000')) {
      reporter.error(
        'duplicate-definition',
        entry.path,
        `definition "${entry.name}" is already defined in app "${earlier.app}": container names must be unique on a host, rename one`,
        { key: true },
      );
    }
    definitions.set(entry.name, earlier ?? entry);
    runtimeNames(entry.name, entry.definition).forEach((name, index) => {
      const owner = runtime.get(name);
      if (owner && owner.name !== entry.name && !clashes.has(`${owner.name}\u0000${entry.name}`)) {
        clashes.add(`${owner.name}\u0000${entry.name}`);
        const copy = Number(name.slice(owner.name.length));
        reporter.error(
          'container-name-clash',
          entry.path,
          `copy ${index} of "${entry.name}" and copy ${copy} of "${owner.name}" are both named "${name}" on the host: rename one definition, or change its "containers"`,
          { key: true },
        );
      }
      if (!owner) runtime.set(name, entry);
    });
  }
  const dataVolumes = new Set<string>();
  for (const volume of listDataVolumes(document)) {
    // Data volumes are containers named by their bare name: they share the host's name space with copies.
    if (dataVolumes.has(volume.name) || runtime.has(volume.name)) {
      reporter.error(
        'duplicate-data-volume',
        volume.path,
        `data volume "${volume.name}" clashes with another data volume or container of that name on the host: rename it`,
        { key: true },
      );
    }
    dataVolumes.add(volume.name);
  }
  return { definitions, runtime, dataVolumes };
}

/** Only names that do not depend on the host can be checked statically. */
function staticName(value: string, bareName: string): string | undefined {
  const dynamic = tokenize(value).some((t) => t.kind !== 'text' && !(t.kind === 'placeholder' && t.name === 'app_name'));
  if (dynamic) return undefined;
  return interpolate(value, { app_name: bareName });
}

/**
 * Names for a message: the first few, so one message stays one line on a document with thousands
 * (and `total`, when known, saves reading the rest).
 */
function list(values: Iterable<string>, total?: number): string {
  const shown: string[] = [];
  let count = 0;
  for (const value of values) {
    if (shown.length < 12) shown.push(value);
    count++;
    if (shown.length === 12 && total !== undefined) break;
  }
  const all = total ?? count;
  if (all === 0) return '(none)';
  return all > shown.length ? `${shown.join(', ')}, ... (${all} in all)` : shown.join(', ');
}

export function checkReferences(document: StackDocument, reporter: Reporter): void {
  const names = collectNames(document, reporter);
  const entries = listDefinitions(document);
  const byApp = new Map<string, string[]>();
  for (const { app, name } of entries) {
    const known = byApp.get(app);
    if (known) known.push(name);
    else byApp.set(app, [name]);
  }
  for (const entry of entries) {
    const { definition, path, name, app } = entry;
    if (definition.deploy === undefined) {
      reporter.warning(
        'missing-deploy',
        path,
        `definition "${name}" has no "deploy" and is not run (as in the old cookbook): set "deploy" to "auto", "manual" or "cron"`,
        { key: true },
      );
    }
    if (definition.env_from !== undefined) {
      const target = names.definitions.get(definition.env_from);
      if (definition.env_from === name) {
        reporter.error('env-from', [...path, 'env_from'], `env_from names the definition itself: name another definition of app "${app}"`);
      } else if (!target || target.app !== app) {
        const others = (byApp.get(app) ?? []).filter((other) => other !== name);
        reporter.error(
          'env-from',
          [...path, 'env_from'],
          `env_from "${definition.env_from}" names no definition of app "${app}": use one of ${list(others, others.length)}`,
        );
      }
    }
    definition.volumes_from.forEach((value, index) => {
      const target = staticName(value, name)?.replace(/:(ro|rw)$/, '');
      if (target === undefined || names.dataVolumes.has(target) || names.runtime.has(target)) return;
      const hint = names.definitions.has(target) ? ` (containers are named with their copy index, e.g. "${target}0")` : '';
      reporter.error(
        'volumes-from',
        [...path, 'volumes_from', index],
        `volumes_from "${target}" names no data volume and no running container${hint}: use a data volume (${list(names.dataVolumes, names.dataVolumes.size)}) or a runtime name such as "${names.runtime.keys().next().value ?? 'app0'}"`,
      );
    });
    definition.links.forEach((value, index) => {
      const target = staticName(value, name)?.split(':')[0];
      if (target === undefined || names.runtime.has(target)) return;
      reporter.error(
        'links',
        [...path, 'links', index],
        `link "${target}" names no running container: use a runtime name with its copy index (${list(names.runtime.keys(), names.runtime.size)})`,
      );
    });
    if (isLongRunning(definition) && definition.containers > 1) {
      definition.ports.forEach((port, index) => {
        if (!isFixedAcrossCopies(port)) return;
        reporter.error(
          'fixed-port-copies',
          [...path, 'ports', index],
          `host port in "${port}" is fixed but "${name}" runs ${definition.containers} copies that cannot all bind it: set "containers" to 1, drop the host port, or put %{index} in it`,
        );
      });
    }
    // A worker (no binding, no host port) starts its new copy first, unless it is `exclusive`.
    if (
      definition.deploy === 'auto' &&
      definition.containers === 1 &&
      rolloutOf(definition, false) === 'one' &&
      slotValues(definition).length === 1
    ) {
      const written = reporter.exists([...path, 'containers']);
      const why = definition.load_balancer
        ? 'its load_balancer binding gives both slots the same address or a host port is fixed'
        : definition.exclusive === true
          ? 'it is "exclusive"'
          : 'it has no load_balancer binding with an alternate slot';
      reporter.notice(
        'single-slot',
        written ? [...path, 'containers'] : path,
        `"${name}" runs one copy that cannot start beside its replacement (${why}): it is stopped before the new copy starts (brief downtime)`,
        { key: !written },
      );
    }
  }

  const forwarder = document.logrotate?.forwarder;
  if (forwarder !== undefined && !names.runtime.has(forwarder)) {
    // The cookbook's logrotate only failed its nightly restart of it; the deploy ran.
    reporter.warning(
      'forwarder',
      ['logrotate', 'forwarder'],
      `logrotate.forwarder "${forwarder}" names no running container (berth needs no forwarder restart, so nothing uses it): name a runtime container such as ${list(names.runtime.keys(), names.runtime.size)}, or remove it`,
    );
  }
  document.manual?.forEach((value, index) => {
    const target = names.definitions.get(value);
    if (!target) {
      reporter.error(
        'manual',
        ['manual', index],
        `manual names "${value}", which is no definition: use one of ${list(names.definitions.keys(), names.definitions.size)}`,
      );
    } else if (target.definition.deploy !== 'manual') {
      reporter.warning(
        'manual',
        ['manual', index],
        `manual names "${value}", whose deploy is "${target.definition.deploy ?? 'unset'}", not "manual": remove it from the list`,
      );
    }
  });
}
