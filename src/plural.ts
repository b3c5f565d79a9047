// Counts with the right plural ("1 report", "2 reports"), for the CLI, diagnostics and pages alike.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
