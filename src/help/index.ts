/**
 * Help pages: `cognito-idp help` (all operations) and `cognito-idp <operation> help`. Loaded only
 * when help is asked for, so ordinary commands never read the documentation.
 */
import type { Io } from '../io.js';
import type { OperationSpec } from '../model/types.js';
import type { AddedCommand } from '../added/added-command.js';
import { addedCommandNames, loadAddedCommand } from '../added/index.js';
import { addedCommandPage } from './added-page.js';
import { loadDocs } from '../docs/load-docs.js';
import { operationPage } from './operation-page.js';
import { overviewPage } from './overview-page.js';
import { Page } from './page.js';
import { pageWidth, writePage } from './pager.js';
import { useColor } from '../terminal/color.js';

export async function showOverview(io: Io, version: string): Promise<number> {
  const added = await Promise.all(addedCommandNames.map((name) => loadAddedCommand(name) as Promise<AddedCommand>));
  await writePage(overviewPage(loadDocs(), added, newPage(io), version), io);
  return 0;
}

export async function showAddedCommandHelp(command: AddedCommand, io: Io): Promise<number> {
  await writePage(addedCommandPage(command, newPage(io)), io);
  return 0;
}

export async function showOperationHelp(spec: OperationSpec, io: Io): Promise<number> {
  await writePage(operationPage(spec, loadDocs(), newPage(io)), io);
  return 0;
}

function newPage(io: Io): Page {
  return new Page(pageWidth(io), useColor('auto', io));
}
