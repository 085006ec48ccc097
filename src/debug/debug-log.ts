/** --debug lines on stderr, in the AWS CLI's layout: `time - thread - logger - DEBUG - message`. */
export interface DebugWriter {
  write(chunk: string): unknown;
}

export interface DebugLog {
  readonly enabled: boolean;
  log(logger: string, message: string): void;
}

export const silentLog: DebugLog = { enabled: false, log() {} };

export function debugLog(stream: DebugWriter): DebugLog {
  return {
    enabled: true,
    log(logger, message) {
      const time = new Date().toISOString().replace('T', ' ').replace('Z', '').replace('.', ',');
      stream.write(`${time} - MainThread - ${logger} - DEBUG - ${message}\n`);
    },
  };
}
