// The example document with a second balanced definition, `api`: one copy of the demo app behind the same
// haproxy backend as web's two (servers api0, api0_b). The canary compares web's new copy with its old one
// and judges api's single copy alone on the absolute limits ("nothing to compare"). Copies boot in 1 s.
interface Definition {
  containers?: number;
  command?: string;
  env?: Record<string, string>;
  health?: Record<string, unknown>;
  load_balancer?: Record<string, unknown>;
  [key: string]: unknown;
}
interface ExampleDocument {
  deploy: { demo: { containers: Record<string, Definition>[] } };
}

export function canaryDocumentText(exampleText: string): string {
  const document = JSON.parse(exampleText) as ExampleDocument;
  const entries = document.deploy.demo.containers;
  const webAt = entries.findIndex((entry) => entry['web'] !== undefined);
  const web = entries[webAt]?.['web'];
  const haproxy = entries.find((entry) => entry['haproxy'] !== undefined)?.['haproxy'];
  if (!web || !haproxy?.env) throw new Error('the example document has no web or haproxy definition');
  // Same image, sockets and balancing as web (the names follow %{app_name}: api0, api0_b); no migration, no Rollbar.
  const { migration: _migration, notifications: _notifications, ...shape } = web;
  // One second of boot (the example's is 2): the tests replace many copies, and world time is scarce.
  web.env = { ...web.env, BOOT_SECONDS: '1' };
  const api: Definition = { ...shape, containers: 1, env: { RACK_ENV: 'production', BOOT_SECONDS: '1' } };
  entries.splice(webAt + 1, 0, { api });
  haproxy.env['SERVERS'] = `${haproxy.env['SERVERS'] ?? ''} api0 api0_b`.trim();
  return `${JSON.stringify(document, null, 2)}\n`;
}
