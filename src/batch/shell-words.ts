/**
 * Splits one command line into words as a POSIX shell would, without expansions: blanks separate
 * words; '...' keeps everything literally; "..." keeps everything but `\` before `"`, `\`, `$`, or
 * a backquote; a `\` outside quotes keeps the next character; a `#` that starts a word begins a
 * comment to the end of the line. `$` and other shell syntax have no meaning here.
 */
import { ParameterError } from '../errors.js';

const blank = /[ \t\r\n]/;
const escapableInDoubleQuotes = new Set(['"', '\\', '$', '`']);

export class ShellSyntaxError extends ParameterError {}

/**
 * With `joinedContinuations`, a `\` before a blank (or at the end) is a line continuation that was
 * joined onto one line: it separates words instead of escaping the blank.
 */
export function splitShellWords(line: string, { joinedContinuations = false } = {}): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    const continuation = joinedContinuations && char === '\\' && blank.test(line[i + 1] ?? ' ');
    if (continuation || blank.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (char === '#' && !inWord) {
      break;
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError(`unterminated quote (') at column ${i + 1}`);
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (char === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && escapableInDoubleQuotes.has(line[j + 1])) j++;
        word += line[j];
      }
      if (j >= line.length) throw new ShellSyntaxError(`unterminated quote (") at column ${i + 1}`);
      inWord = true;
      i = j;
    } else if (char === '\\') {
      if (i + 1 < line.length) word += line[++i];
      inWord = true;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}
