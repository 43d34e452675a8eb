/**
 * Just enough YAML for front matter: mappings, lists of mappings, and scalars
 * written as double-quoted strings. A JSON string is a valid YAML 1.2
 * double-quoted scalar, so JSON.stringify escapes quotes, backslashes, control
 * characters and line breaks correctly; `null` stays null.
 */
export type YamlValue = string | null | Array<Record<string, string | null>>;

function scalar(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

export function frontMatter(fields: Record<string, YamlValue>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (!Array.isArray(value)) {
      lines.push(`${key}: ${scalar(value)}`);
      continue;
    }
    if (value.length === 0) {
      lines.push(`${key}: []`);
      continue;
    }
    lines.push(`${key}:`);
    for (const item of value) {
      Object.entries(item).forEach(([k, v], i) => lines.push(`${i === 0 ? '  - ' : '    '}${k}: ${scalar(v)}`));
    }
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}
