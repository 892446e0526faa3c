// `command` strings become argument arrays with shell-like quoting and NO expansion: no variables,
// no globbing, no pipes. The old cookbook handed them to the host shell; we never do.

export class CommandSyntaxError extends Error {}

export interface SplitCommand {
  argv: string[];
  /** Shell syntax outside single quotes that a shell would have interpreted ($VAR, |, &&, ;, >, <, `). */
  shellSyntax: string[];
}

/**
 * Splits like a POSIX shell does words: blanks separate, '...' is literal, "..." allows \" \\ \$ \`
 * and \newline escapes, a backslash outside quotes takes the next character literally.
 */
export function analyzeCommand(text: string): SplitCommand {
  const argv: string[] = [];
  const shellSyntax = new Set<string>();
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === ' ' || char === '\t' || char === '\n') {
      if (inWord) argv.push(word);
      word = '';
      inWord = false;
      i += 1;
      continue;
    }
    inWord = true;
    if (char === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) throw new CommandSyntaxError(`unterminated single quote at character ${i + 1}: close it with '`);
      word += text.slice(i + 1, close);
      i = close + 1;
    } else if (char === '"') {
      i += 1;
      let closed = false;
      while (i < text.length) {
        const inner = text[i] as string;
        if (inner === '"') {
          closed = true;
          i += 1;
          break;
        }
        if (inner === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1] as string)) {
          if (text[i + 1] !== '\n') word += text[i + 1];
          i += 2;
          continue;
        }
        noteExpansion(text, i, shellSyntax);
        word += inner;
        i += 1;
      }
      if (!closed) throw new CommandSyntaxError('unterminated double quote: close it with "');
    } else if (char === '\\') {
      if (i + 1 >= text.length) throw new CommandSyntaxError('trailing backslash: remove it or quote it');
      if (text[i + 1] !== '\n') word += text[i + 1];
      i += 2;
    } else {
      noteExpansion(text, i, shellSyntax);
      const operator = ['&&', '||', '|', ';', '>', '<', '&'].find((op) => text.startsWith(op, i));
      if (operator && operator !== '&') shellSyntax.add(operator === '||' ? '|' : operator);
      word += char;
      i += 1;
    }
  }
  if (inWord) argv.push(word);
  return { argv, shellSyntax: [...shellSyntax] };
}

function noteExpansion(text: string, i: number, found: Set<string>): void {
  const char = text[i];
  if (char === '`') found.add('`');
  if (char === '$' && /[A-Za-z_{(0-9?@*#!$-]/.test(text[i + 1] ?? '')) found.add(text[i + 1] === '(' ? '$(...)' : '$VAR');
}

export function splitCommand(text: string): string[] {
  return analyzeCommand(text).argv;
}

/** POSIX single-quoting: the result is one word for /bin/sh whatever the bytes. */
export function posixQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
