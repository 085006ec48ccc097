/** Loopback recorders for tests: shared with the tools, in harness/. */
export * from '../../harness/recorder.js';
