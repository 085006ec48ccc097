/** `cognito-idp help [topic]`: the overview, the page of an operation or added command, or completion's usage. */
import { loadAddedCommand } from '../added/index.js';
import { loadCommand } from '../commands/index.js';
import type { Io } from '../io.js';
import { invalidOperation } from './suggest.js';

export async function showHelpTopic(words: string[], io: Io, version: string): Promise<number> {
  const topic = words.find((word) => !word.startsWith('-'));
  if (topic === 'completion') {
    io.stdout.write((await import('../completion/index.js')).completionUsage);
    return 0;
  }
  const help = await import('../help/index.js');
  if (topic === undefined) return help.showOverview(io, version);
  const added = await loadAddedCommand(topic);
  if (added) return help.showAddedCommandHelp(added, io);
  const spec = await loadCommand(topic);
  if (!spec) throw invalidOperation(topic);
  return help.showOperationHelp(spec, io);
}
