// App names the host would turn into other directories or shared record files: the host names an app's
// state file and plan records by its name with "/" as "_" (app_file in host/lib/util.sh).
import { describe, expect, it } from 'vitest';
import { validateStackJson } from '../../src/stack/validate.js';

const app = (name: string) => `${JSON.stringify(name)}: { "containers": [{ "web": { "deploy": "auto", "image": "acme/web" } }] }`;
const document = (...names: string[]) => `{ "deploy": { ${names.map(app).join(', ')} } }`;
const clashes = (text: string) =>
  validateStackJson(text, 'apps.json').diagnostics.filter((d) => d.code === 'app-name' || d.code === 'name-clash');

describe('app names on the host', () => {
  it('refuses "." and "..": directory steps under /var/lib/berth/plans', () => {
    for (const name of ['.', '..']) {
      const found = clashes(document(name));
      expect(
        found.map((d) => [d.severity, d.code]),
        name,
      ).toEqual([['error', 'app-name']]);
      expect(found[0]?.message).toContain(`app name "${name}" is a directory step`);
    }
  });

  it('refuses two apps whose records would be the same files ("/" becomes "_"), at the second', () => {
    const found = clashes(document('shop/eu', 'shop_eu'));
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([
      [
        1,
        100,
        'apps "shop/eu" and "shop_eu" would share their records on the host (/var/lib/berth/shop_eu.state and plans/shop_eu; "/" becomes "_"): rename one',
      ],
    ]);
  });

  it('keeps names with dots, slashes and blanks that meet nothing', () => {
    expect(clashes(document('shop/eu', 'shop.us', '...', 'amazing application'))).toEqual([]);
  });
});
