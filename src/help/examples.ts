/**
 * Example command lines: the AWS CLI's own (examples.json, written by tools/extract-examples.mjs)
 * and short ones of ours for operations it has none for (own-examples.json).
 */
import awsExamples from './examples.json' with { type: 'json' };
import ownExamples from './own-examples.json' with { type: 'json' };

export interface Example {
  title: string;
  /** The command, one line or several joined with trailing backslashes. */
  command: string[];
}

const all: Record<string, Example[]> = { ...ownExamples, ...awsExamples };

export function examplesFor(operation: string): Example[] {
  return Object.hasOwn(all, operation) ? all[operation] : [];
}

export const operationsWithExamples: readonly string[] = Object.keys(all);
