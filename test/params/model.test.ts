import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveShape } from '../../src/params/model.js';

test('named shapes come from the shape table', () => {
  assert.equal(resolveShape('AttributeListType').type, 'list');
  assert.equal(resolveShape('AttributeType').type, 'structure');
});

test('inline list and map forms', () => {
  assert.deepEqual(resolveShape('string[]'), { type: 'list', member: { shape: 'string' } });
  assert.deepEqual(resolveShape('Record<string, string>'), { type: 'map', key: { shape: 'string' }, value: { shape: 'string' } });
  assert.deepEqual(resolveShape('Record<string, AttributeType[]>'), { type: 'map', key: { shape: 'string' }, value: { shape: 'AttributeType[]' } });
});

test('primitives', () => {
  for (const type of ['string', 'integer', 'boolean', 'timestamp', 'blob', 'document']) assert.deepEqual(resolveShape(type), { type });
});
