/** A plain-text table with right-aligned numbers, for the figures the checks print. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: string[], r: number) =>
    row
      .map((cell, c) => {
        const numeric = r > 0 && typeof rows[r - 1]?.[c] === 'number';
        return numeric ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!);
      })
      .join('  ')
      .trimEnd();
  return [line(cells[0]!, 0), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map((row, i) => line(row, i + 1))].join('\n');
}

/** Bytes as "12.3 KB" (1 KB = 1024 B). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
