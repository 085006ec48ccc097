import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findShape, resolveShape } from '../../src/model/resolve.js';

test('named shapes come from the shape table', () => {
  assert.equal(resolveShape('AttributeListType').type, 'list');
  assert.equal(resolveShape('AttributeType').type, 'structure');
  assert.equal(resolveShape('ClientMetadataType').type, 'map');
});

test('primitives', () => {
  for (const type of ['string', 'integer', 'boolean', 'timestamp', 'blob', 'document']) assert.deepEqual(resolveShape(type), { type });
});

test('a name that is neither is not a shape', () => {
  assert.equal(findShape('string[]'), undefined);
  assert.throws(() => resolveShape('Record<string, string>'), /no shape named/);
});
