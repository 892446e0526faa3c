// The models' `pattern`s are java.util.regex: translated here to JavaScript with the same meaning, and
// anything without a faithful translation is reported unsupported (the validator then refuses the request
// loudly rather than letting every value pass).
//
// Semantics kept from Java: a pattern is searched for in the value (Smithy: "not implicitly anchored");
// `$` also matches before a final line terminator; `.` matches no line terminator (\n \r \u0085 \u2028
// \u2029); any non-alphanumeric character may be escaped; `\Q...\E` quotes; POSIX classes \p{Alpha} & co
// are ASCII. `\s` keeps JavaScript's meaning (it also matches Unicode spaces such as U+00A0, Java's only ASCII).

export type CompiledPattern = { ok: true; regex: RegExp } | { ok: false; reason: string };

const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
const LINE_END = '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?(?![\\s\\S]))';
const ANY_BUT_LINE_END = '[^\\n\\r\\u0085\\u2028\\u2029]';
const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};
/** Escapes JavaScript (u flag) reads as Java does. */
const SAME_ESCAPES = new Set([...'dDwWsSbBtnrf']);

const cache = new Map<string, CompiledPattern>();

export function compileJavaPattern(source: string): CompiledPattern {
  let compiled = cache.get(source);
  if (!compiled) {
    compiled = translate(source);
    cache.set(source, compiled);
  }
  return compiled;
}

function translate(source: string): CompiledPattern {
  let flags = 'u';
  let rest = source;
  if (rest.startsWith('(?i)')) {
    flags += 'i';
    rest = rest.slice(4);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charAt(i);
    const next = rest.charAt(i + 1);
    if (c === '\\') {
      const escaped = translateEscape(rest, i, inClass);
      if (!escaped.ok) return escaped;
      out += escaped.text;
      i = escaped.end;
    } else if (inClass) {
      if (c === '[') return unsupported('a nested character class (class union)');
      if (c === '&' && next === '&') return unsupported('a character class intersection (&&)');
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in Java, an empty class in JavaScript.
      if (next === '^') {
        out += '^';
        i++;
      }
      if (rest.charAt(i + 1) === ']') {
        out += '\\]';
        i++;
      }
    } else if (c === '(' && next === '?') {
      const kind = rest.slice(i + 2, i + 4);
      if (!(kind.startsWith(':') || kind.startsWith('=') || kind.startsWith('!') || kind === '<=' || kind === '<!')) {
        return unsupported(`the group construct (?${kind}...`);
      }
      out += c;
    } else if (c === '$') {
      out += LINE_END;
    } else if (c === '.') {
      out += ANY_BUT_LINE_END;
    } else {
      out += c;
    }
  }
  try {
    return { ok: true, regex: new RegExp(out, flags) };
  } catch (error) {
    return unsupported(`no JavaScript equivalent (${(error as Error).message})`);
  }
}

function translateEscape(
  source: string,
  at: number,
  inClass: boolean,
): { ok: true; text: string; end: number } | { ok: false; reason: string } {
  const c = source.charAt(at + 1);
  if (c === '') return unsupported('a trailing backslash');
  if (c === 'Q') {
    const close = source.indexOf('\\E', at + 2);
    const quoted = source.slice(at + 2, close === -1 ? undefined : close);
    const text = [...quoted].map((ch) => (SYNTAX.has(ch) || (ch === '-' && inClass) ? `\\${ch}` : ch)).join('');
    return { ok: true, text, end: close === -1 ? source.length : close + 1 };
  }
  if (c === 'p' || c === 'P') {
    const close = source.indexOf('}', at);
    if (source.charAt(at + 2) !== '{' || close === -1) return unsupported(`\\${c} without {name}`);
    const name = source.slice(at + 3, close);
    const posix = POSIX[name];
    if (posix !== undefined) {
      if (c === 'P' && inClass) return unsupported(`\\P{${name}} inside a character class`);
      const set = c === 'P' ? `[^${posix}]` : inClass ? posix : `[${posix}]`;
      return { ok: true, text: set, end: close };
    }
    // Java's `Is` prefix (IsLatin, IsAlphabetic) is JavaScript's bare name or Script=.
    const jsName = name.startsWith('Is') ? name.slice(2) : name;
    for (const candidate of [jsName, `Script=${jsName}`]) {
      try {
        new RegExp(`\\p{${candidate}}`, 'u');
        return { ok: true, text: `\\${c}{${candidate}}`, end: close };
      } catch {
        // try the next spelling
      }
    }
    return unsupported(`the property \\${c}{${name}}`);
  }
  if (c === 'A' && !inClass) return { ok: true, text: '^', end: at + 1 };
  if (c === 'z' && !inClass) return { ok: true, text: '(?![\\s\\S])', end: at + 1 };
  if (c === 'Z' && !inClass) return { ok: true, text: LINE_END, end: at + 1 };
  if (c === 'e') return { ok: true, text: '\\x1B', end: at + 1 };
  if (c === 'a') return { ok: true, text: '\\x07', end: at + 1 };
  if (c === 'x' && source.charAt(at + 2) === '{') return { ok: true, text: '\\u', end: at + 1 };
  if (SAME_ESCAPES.has(c) || c === 'x' || c === 'u' || c === 'c') return { ok: true, text: `\\${c}`, end: at + 1 };
  if (/[1-9]/.test(c) && !inClass) return { ok: true, text: `\\${c}`, end: at + 1 };
  if (/[0-9A-Za-z]/.test(c)) return unsupported(`the escape \\${c}`);
  // Java lets any other character be escaped; JavaScript's u flag only syntax characters (and `-` in a class).
  const keep = SYNTAX.has(c) || (c === '-' && inClass);
  return { ok: true, text: keep ? `\\${c}` : c, end: at + 1 };
}

function unsupported(what: string): { ok: false; reason: string } {
  return { ok: false, reason: `uses ${what}, which the fake cannot check faithfully` };
}
