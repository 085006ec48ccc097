/**
 * Puts a parsed response in the form the AWS CLI prints: structure members in model order, members
 * the model does not know and null members left out; map entries in the order they came.
 */
import { shapes } from '../commands/shapes.js';
import { isObject, type OutputObject, type OutputValue } from './value.js';

export function shapeResponse(value: OutputValue, shapeName: string): OutputValue {
  const shape = shapes[shapeName];
  if (!shape || value === null) return value;
  switch (shape.type) {
    case 'structure': {
      if (!isObject(value)) return value;
      const result: OutputObject = {};
      for (const [name, member] of Object.entries(shape.members)) {
        const item = Object.hasOwn(value, name) ? value[name] : null;
        if (item !== null) result[name] = shapeResponse(item, member.shape);
      }
      return result;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => shapeResponse(item, shape.member.shape)) : value;
    case 'map': {
      if (!isObject(value)) return value;
      const result: OutputObject = {};
      for (const [key, item] of Object.entries(value)) result[key] = shapeResponse(item, shape.value.shape);
      return result;
    }
    default:
      return value;
  }
}
