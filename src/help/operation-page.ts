/**
 * `cognito-idp <operation> help`: description, synopsis, every parameter with its type, required
 * marker, enum values and value syntax, the global options, examples and the output shape.
 */
import { flagsOf, type Argument } from '../arguments/argument.js';
import { operationArguments } from '../arguments/argument-table.js';
import { enumValues, resolveShape } from '../model/resolve.js';
import type { OperationSpec, Parameter } from '../model/types.js';
import { UNDERLINE_OFF, UNDERLINE_ON, type DocsFile } from '../docs/doc-blocks.js';
import { MISSING_DOCS_NOTE, memberDoc } from '../docs/load-docs.js';
import { examplesFor } from './examples.js';
import { INDENT, Page } from './page.js';
import { bold, globalOptionsSection, optionSection, synopsis } from './options.js';
import { jsonTemplate, scalarListTemplate, shorthandTemplate, typeName } from './syntax.js';

export function operationPage(spec: OperationSpec, docs: DocsFile | null, page: Page): string {
  page.heading('NAME');
  const summary = docs?.summaries[spec.operation];
  page.text(summary ? `${spec.name} - ${summary}` : spec.name, INDENT);

  page.heading('DESCRIPTION');
  if (docs) page.blocks(docs.operations[spec.operation] ?? [], INDENT, true);
  else page.text(MISSING_DOCS_NOTE, INDENT);

  const table = operationArguments(spec);
  page.heading('SYNOPSIS');
  page.code(synopsis(spec.name, table).join('\n'), INDENT);

  page.heading('OPTIONS');
  if (!table.some((argument) => argument.group !== 'global')) page.text('None', INDENT);
  for (const argument of table) {
    if (argument.group === 'global') continue;
    page.blank();
    if (argument.parameter) parameterSection(spec, argument, argument.parameter, docs, page);
    else optionSection(argument, page);
  }
  globalOptionsSection(table, page);

  const examples = examplesFor(spec.name);
  if (examples.length) {
    page.heading('EXAMPLES');
    for (const example of examples) {
      page.blank();
      if (example.title) page.text(`${UNDERLINE_ON}${example.title}${UNDERLINE_OFF}`, INDENT);
      page.code(example.command.map((line, i) => (i ? `    ${line}` : line)).join('\n'), INDENT * 2);
    }
  }

  page.heading('OUTPUT');
  const output = resolveShape(spec.output);
  if (output.type !== 'structure' || !Object.keys(output.members).length) page.text('None', INDENT);
  else structureMembers(spec.output, docs, page, INDENT, []);
  return page.toString();
}

function parameterSection(spec: OperationSpec, argument: Argument, param: Parameter, docs: DocsFile | null, page: Page): void {
  page.line(`${bold(flagsOf(argument).join(' | '))} (${typeName(param.shape)})${param.required ? ' [required]' : ''}`, INDENT);
  const body = INDENT * 2;
  page.blocks(memberDoc(docs, spec.input, param.member), body);
  possibleValues(param.shape, page, body);
  const element = listElement(param.shape);
  const scalarList = scalarListTemplate(param.shape);
  if (element && scalarList) {
    // A list of scalars: space-separated words, the valid ones listed once.
    page.text(`(${typeName(element)})`, body);
    page.blank();
    page.text('Syntax:', body);
    page.code(scalarList, body + 2);
    const values = enumValues(element);
    if (values) {
      page.text('Where valid values are:', body + 2);
      page.code(values.join('\n'), body + 4);
    }
    return;
  }
  nested(param.shape, docs, page, body, []);
  const shorthand = shorthandTemplate(param.shape);
  if (shorthand) {
    page.blank();
    page.text('Shorthand Syntax:', body);
    page.code(shorthand, body + 2);
  }
  if (['structure', 'list', 'map', 'document'].includes(typeName(param.shape))) {
    page.blank();
    page.text('JSON Syntax:', body);
    page.code(jsonTemplate(param.shape), body + 2);
  }
}

function listElement(name: string): string | undefined {
  const shape = resolveShape(name);
  return shape.type === 'list' ? shape.member.shape : undefined;
}

function possibleValues(shape: string, page: Page, indent: number): void {
  const values = enumValues(shape);
  if (!values) return;
  page.text('Possible values:', indent);
  for (const value of values) page.text(bold(value), indent + 2, indent + 4, '* ');
}

/** The members inside a structure, list or map, each with its type and documentation. */
function nested(name: string, docs: DocsFile | null, page: Page, indent: number, stack: string[]): void {
  const shape = resolveShape(name);
  if (shape.type === 'structure') {
    structureMembers(name, docs, page, indent, stack);
  } else if (shape.type === 'list') {
    const element = shape.member.shape;
    page.text(`(${typeName(element)})`, indent);
    page.blocks(docs?.shapes[element] ?? [], indent + 2);
    possibleValues(element, page, indent + 2);
    nested(element, docs, page, indent + 2, stack);
  } else if (shape.type === 'map') {
    page.text(`key -> (${typeName(shape.key.shape)})`, indent);
    possibleValues(shape.key.shape, page, indent + 2);
    page.text(`value -> (${typeName(shape.value.shape)})`, indent);
    possibleValues(shape.value.shape, page, indent + 2);
    nested(shape.value.shape, docs, page, indent + 2, stack);
  }
}

function structureMembers(name: string, docs: DocsFile | null, page: Page, indent: number, stack: string[]): void {
  const shape = resolveShape(name);
  if (shape.type !== 'structure') return;
  if (stack.includes(name)) {
    page.text('( ... recursive ... )', indent);
    return;
  }
  stack.push(name);
  for (const [memberName, member] of Object.entries(shape.members)) {
    page.text(`${memberName} -> (${typeName(member.shape)})${member.required ? ' [required]' : ''}`, indent);
    page.blocks(memberDoc(docs, name, memberName), indent + 4);
    possibleValues(member.shape, page, indent + 4);
    nested(member.shape, docs, page, indent + 4, stack);
  }
  stack.pop();
}
