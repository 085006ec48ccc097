/**
 * Merges what botocore's model adds to the SDK's into the shape table: the `min` constraints the
 * AWS CLI checks before sending, and the members botocore says hold a secret (the SDK marks fewer).
 * The runtime then reads one `min` and one `sensitive` per member.
 */
import type { Member, NamedShape } from '../model/types.js';
import { minConstraints, secretMembers } from './model-facts.js';

export function mergeModelFacts(shapes: Map<string, NamedShape>): void {
  // A list or map is shared by the members that hold it, so each path to it must agree.
  const merged = new Map<Member, number | undefined>();
  const mergeMin = (member: Member, path: string) => {
    const min = minConstraints[path];
    if (merged.has(member) && merged.get(member) !== min) throw new Error(`${path}: min ${min}, elsewhere ${merged.get(member)}`);
    merged.set(member, min);
    if (min !== undefined) member.min = min;
  };
  for (const [name, shape] of shapes) {
    if (shape.type !== 'structure') continue;
    for (const [memberName, member] of Object.entries(shape.members)) {
      const path = `${name}.${memberName}`;
      if (secretMembers.has(path)) member.sensitive = true;
      mergeMin(member, path);
      const target = shapes.get(member.shape);
      if (target?.type === 'list') mergeMin(target.member, `${path}[]`);
      if (target?.type === 'map') {
        mergeMin(target.key, `${path}{key}`);
        mergeMin(target.value, `${path}{}`);
      }
    }
  }
}
