/** Free loopback ports: shared with the tools, in harness/. */
export * from '../../harness/ports.js';
