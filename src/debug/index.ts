export { debugLog, silentLog, type DebugLog, type DebugWriter } from './debug-log.js';
export { redactHeaders, redactValue, REDACTED } from './redact.js';
