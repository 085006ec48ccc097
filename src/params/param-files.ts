/**
 * `file://path` (text) and `fileb://path` (bytes) values, read as the AWS CLI reads them: `~` and
 * `$VAR` expanded, text decoded as UTF-8 with universal newlines. `http://` and `https://` values
 * are plain strings: they are never fetched.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { ParameterError } from '../errors.js';
import type { Environment } from '../io.js';

export class ParamFileError extends ParameterError {}

/** The file's contents when `value` names one, else undefined. */
export function loadParamFile(value: string, env: Environment = process.env): string | Uint8Array | undefined {
  if (value.startsWith('file://')) return readText(value, expandPath(value.slice('file://'.length), env));
  if (value.startsWith('fileb://')) return readBytes(value, expandPath(value.slice('fileb://'.length), env));
  return undefined;
}

/** A value that is not a request member: the text of the file it names, or itself. */
export function textValue(value: string, env: Environment = process.env): string {
  const loaded = loadParamFile(value, env);
  if (loaded === undefined) return value;
  return typeof loaded === 'string' ? loaded : Buffer.from(loaded).toString('utf8');
}

function readBytes(value: string, path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw unreadable(value, path, error);
  }
}

function readText(value: string, path: string): string {
  const bytes = readBytes(value, path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    throw new ParamFileError(
      `Unable to load paramfile (${path}), text contents could not be decoded.  If this is a binary file, ` +
        'please use the fileb:// prefix instead of the file:// prefix.',
    );
  }
}

function unreadable(value: string, path: string, error: unknown): ParamFileError {
  return new ParamFileError(`Unable to load paramfile ${value}: ${fileErrorText(path, error)}`);
}

/** Why a file could not be opened, as Python's OSError says it: `[Errno 2] No such file or directory: 'x'`. */
export function fileErrorText(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `[Errno 2] No such file or directory: '${path}'`;
  if (code === 'EISDIR') return `[Errno 21] Is a directory: '${path}'`;
  if (code === 'EACCES') return `[Errno 13] Permission denied: '${path}'`;
  return (error as Error).message;
}

/** `~` / `~/...` to the home directory, then `$NAME` / `${NAME}` from the environment (unset stays). */
export function expandPath(path: string, env: Environment): string {
  const home = env.HOME ?? homedir();
  const tilde = path === '~' || path.startsWith('~/') ? home + path.slice(1) : path;
  return tilde.replace(/\$(\w+)|\$\{([^}]*)\}/g, (whole, bare?: string, braced?: string) => {
    const name = bare ?? braced!;
    return env[name] ?? whole;
  });
}
