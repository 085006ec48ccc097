/** Real Cognito endpoints for tests: shared with the tools, in harness/. */
export * from '../../../harness/emulators.js';
