/** `cognito-idp help`: every operation with its one-line summary, grouped by what it works on. */
import { commandNames } from '../commands/index.js';
import type { AddedCommand } from '../added/added-command.js';
import { flagsOf } from '../arguments/argument.js';
import { globalArguments } from '../arguments/global-arguments.js';
import type { DocsFile } from '../docs/doc-blocks.js';
import { MISSING_DOCS_NOTE, summaryOf } from '../docs/load-docs.js';
import { bold } from './options.js';
import { INDENT, Page } from './page.js';

/** Groups in the order shown; an operation belongs to the first group whose pattern it matches. */
export const operationGroups: { title: string; pattern: RegExp }[] = [
  { title: 'Administering users (admin-*)', pattern: /^admin-/ },
  {
    title: 'Sign-up, sign-in and tokens',
    pattern: /^(sign-up|confirm-sign-up|resend-confirmation-code|initiate-auth|respond-to-auth-challenge|forgot-password|confirm-forgot-password|get-tokens-from-refresh-token|revoke-token|global-sign-out)$/,
  },
  {
    title: "A signed-in user's own account, devices and MFA",
    pattern: /^(change-password|delete-user|delete-user-attributes|get-user|update-user-attributes|verify-user-attribute|get-user-attribute-verification-code|set-user-settings|set-user-mfa-preference|get-user-auth-factors|associate-software-token|verify-software-token|update-auth-event-feedback)$|device|web-authn|user-session/,
  },
  { title: 'Users and groups', pattern: /^list-users|group/ },
  { title: 'App clients', pattern: /user-pool-client|client-secret|client-token/ },
  { title: 'Identity providers and resource servers', pattern: /identity-provider|resource-server/ },
  { title: 'Domains, managed login branding and terms', pattern: /domain|branding|ui-customization|terms/ },
  { title: 'Importing users', pattern: /import-job|csv-header/ },
  { title: 'User pools and their settings', pattern: /./ },
];

export function groupOperations(names: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>(operationGroups.map(({ title }) => [title, []]));
  for (const name of [...names].sort()) {
    const group = operationGroups.find(({ pattern }) => pattern.test(name))!;
    groups.get(group.title)!.push(name);
  }
  return groups;
}

const SUMMARY_COLUMN = 40;

export function overviewPage(docs: DocsFile | null, addedCommands: readonly AddedCommand[], page: Page, version: string): string {
  page.heading('NAME');
  page.text(`cognito-idp ${version} - manage Amazon Cognito user pools: a drop-in for \`aws cognito-idp\`.`, INDENT);
  page.heading('SYNOPSIS');
  page.code(
    [
      'cognito-idp <operation> [parameters] [global options]',
      'cognito-idp <operation> help',
      'cognito-idp <command> [options]         (the commands beyond the AWS CLI, below)',
      'cognito-idp help',
      'cognito-idp completion bash|zsh|fish',
      'cognito-idp --version',
    ].join('\n'),
    INDENT,
  );
  page.heading('OPERATIONS');
  if (!docs) page.text(MISSING_DOCS_NOTE, INDENT);
  for (const [title, names] of groupOperations(commandNames)) {
    if (!names.length) continue;
    page.blank();
    page.text(bold(title), INDENT);
    for (const name of names) operationLine(name, docs, page);
  }
  page.heading('BEYOND THE AWS CLI');
  page.text('Commands of cognito-idp alone; every global option works on them.', INDENT);
  for (const command of addedCommands) {
    page.blank();
    page.text(bold(command.name), INDENT);
    page.text(command.summary, INDENT * 2);
  }
  page.heading('GLOBAL OPTIONS');
  for (const argument of globalArguments) {
    const value = argument.arity === 'one' ? ` <${argument.valueName}>` : '';
    page.text(bold(`${flagsOf(argument).join(' | ')}${value}`), INDENT);
    page.text(argument.description + (argument.choices ? ` (${argument.choices.join(', ')})` : ''), INDENT * 2);
  }
  page.heading('SEE ALSO');
  page.text('cognito-idp <operation> help: the parameters, value syntax, examples and output of one operation.', INDENT);
  page.text('cognito-idp completion --help: how to install shell completion.', INDENT);
  return page.toString();
}

/** One line per operation: its name, then as much of its summary as the width leaves room for. */
function operationLine(name: string, docs: DocsFile | null, page: Page): void {
  const indent = INDENT + 2;
  const column = Math.max(SUMMARY_COLUMN - indent, name.length + 2);
  const room = page.width - indent - column;
  let summary = summaryOf(docs, name);
  if (summary.length > room) summary = room > 10 ? `${summary.slice(0, room - 3).trimEnd()}...` : '';
  page.code(summary ? `${name.padEnd(column)}${summary}` : name, indent);
}
