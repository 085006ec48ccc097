/**
 * Asks a question on the terminal and reads one line of answer. Secrets (MFA codes, passwords)
 * are read with echo off, as Python's getpass reads them for the AWS CLI.
 */
import { InterruptedError } from '../errors.js';

export interface TerminalInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export interface TerminalOutput {
  write(chunk: string): unknown;
}

/** Asks `question` and resolves with the answer; undefined when there is no terminal to ask on. */
export type Ask = (question: string, options: { secret: boolean }) => Promise<string>;

/** An Ask on the given terminal, or undefined when there is no input or it is not a terminal. */
export function terminalAsk(input: TerminalInput | undefined, output: TerminalOutput): Ask | undefined {
  if (!input?.isTTY) return undefined;
  return (question, { secret }) => {
    if (secret && input.setRawMode) return readHidden(input, output, question);
    output.write(question);
    return readLine(input).then((line) => line ?? '');
  };
}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = /[\b\u007f]/;

/** Echo goes off before the question is asked, as getpass does, so an answer typed at once is not shown. */
function readHidden(input: TerminalInput, output: TerminalOutput, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const finish = (error?: Error) => {
      input.removeListener('data', onData);
      input.setRawMode!(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: Buffer | string) => {
      for (const character of chunk.toString()) {
        if (character === CTRL_C) return finish(new InterruptedError());
        if (character === '\r' || character === '\n' || character === CTRL_D) return finish();
        if (BACKSPACE.test(character)) answer = answer.slice(0, -1);
        else answer += character;
      }
    };
    input.setRawMode!(true);
    output.write(question);
    input.on('data', onData);
    input.resume();
  });
}

/** The next line of input (a terminal, a pipe, a file), or undefined when the input ended empty. */
export function readLine(input: TerminalInput): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let text = '';
    let done = false;
    const finish = (line: string | undefined) => {
      if (done) return;
      done = true;
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('error', reject);
      input.pause();
      resolve(line);
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) finish(text.slice(0, end).replace(/\r$/, ''));
    };
    const onEnd = () => finish(text === '' ? undefined : text.replace(/\r$/, ''));
    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', reject);
    input.resume();
  });
}
