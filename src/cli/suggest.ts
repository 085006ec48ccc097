/** "Invalid choice" with the closest valid names, as the AWS CLI words it. */
export function invalidChoice(given: string, choices: readonly string[]): string {
  const close = closest(given, choices, 3);
  const hint = close.length ? `, maybe you meant:\n\n${close.map((c) => `  * ${c}`).join('\n')}` : '';
  return `argument operation: Invalid choice: '${given}'${hint}`;
}

/** The AWS CLI's "Unknown options" line, with the closest valid options for each unknown one. */
export function unknownOptions(given: readonly string[], options: readonly string[]): string {
  const close = [...new Set(given.filter((word) => word.startsWith('--')).flatMap((word) => closest(word, options, 3)))];
  const hint = close.length ? `, maybe you meant:\n\n${close.map((c) => `  * ${c}`).join('\n')}` : '';
  return `Unknown options: ${given.join(', ')}${hint}`;
}

export function closest(given: string, choices: readonly string[], count: number): string[] {
  return choices
    .map((choice) => ({ choice, distance: editDistance(given, choice) }))
    .filter(({ distance, choice }) => distance <= Math.max(3, Math.floor(choice.length / 3)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ choice }) => choice);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
