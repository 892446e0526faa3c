// `%{...}` placeholders. Old behaviour crashed on an unknown one or on a lone `%`; here an unknown
// placeholder is a validation error and a `%` not followed by `{` or `%` stays a literal `%`.

export type Token =
  | { kind: 'text'; value: string }
  | { kind: 'placeholder'; name: string; start: number; end: number }
  | { kind: 'ssm'; name: string; start: number; end: number }
  | { kind: 'unclosed'; start: number };

/** Names a placeholder may have (besides `ssm:`); `index` and `slot` only in per-copy contexts. */
export const placeholderNames = ['app_name', 'opsworks', 'public_ip', 'index', 'slot'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** Splits a value into literal text and placeholders. `%%` becomes a literal `%`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  let i = 0;
  const flush = () => {
    if (literal !== '') tokens.push({ kind: 'text', value: literal });
    literal = '';
  };
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    if (char === '%' && next === '%') {
      literal += '%';
      i += 2;
    } else if (char === '%' && next === '{') {
      const close = text.indexOf('}', i + 2);
      flush();
      if (close < 0) {
        tokens.push({ kind: 'unclosed', start: i });
        literal = text.slice(i);
        i = text.length;
        continue;
      }
      const body = text.slice(i + 2, close);
      if (body.startsWith('ssm:')) tokens.push({ kind: 'ssm', name: body.slice(4), start: i, end: close + 1 });
      else tokens.push({ kind: 'placeholder', name: body, start: i, end: close + 1 });
      i = close + 1;
    } else {
      literal += char;
      i += 1;
    }
  }
  flush();
  return tokens;
}

const ssmName = /^(\/[A-Za-z0-9_.-]+)+$|^[A-Za-z0-9_.-]+$/;

/** Parameter Store names: `/a/b_c.d-e` or a plain name; at most 1011 characters. */
export function isValidSsmName(name: string): boolean {
  return name.length > 0 && name.length <= 1011 && ssmName.test(name);
}

/** The parameter name when the whole value is one `%{ssm:...}` reference. */
export function ssmReference(text: string): string | undefined {
  const match = /^%\{ssm:([^}]*)\}$/.exec(text);
  return match ? match[1] : undefined;
}

export function ssmPlaceholder(name: string): string {
  return `%{ssm:${name}}`;
}

/**
 * Replaces placeholders with their values (errors never quote the text: it may be a secret). Throws on a placeholder without a value (validation
 * reports those first, so this only fires for documents that skipped validation).
 */
export function interpolate(text: string, values: PlaceholderValues): string {
  let out = '';
  for (const token of tokenize(text)) {
    if (token.kind === 'text') out += token.value;
    else if (token.kind === 'ssm') throw new Error(`%{ssm:${token.name}} must be the whole value, not part of it`);
    else if (token.kind === 'unclosed') throw new Error('unclosed placeholder: add "}" or write "%%{" for a literal "%{"');
    else {
      const value = (values as Record<string, string | undefined>)[token.name];
      if (value === undefined) throw new Error(`unknown placeholder %{${token.name}} here`);
      out += value;
    }
  }
  return out;
}

/** `%{opsworks}`: stack name and instance hostname, lower-cased, spaces turned into `-`. */
export function opsworksName(stackName: string, hostname: string): string {
  return `${stackName} ${hostname}`.toLowerCase().replace(/ /g, '-');
}
