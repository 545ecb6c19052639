/** Numerator over denominator, as a percentage when asked; null when there is nothing to divide by. */
export function ratioValue(numerator: number, denominator: number, percent = false): number | null {
  if (denominator === 0) return null;
  return (numerator / denominator) * (percent ? 100 : 1);
}

/** One cell of an indicator's table: a value, and how many records or persons stand behind it. */
export type Cell = { period: number; group: string | null; value: number | null; size: number };
export type ShownCell = { period: number; group: string | null; value: number | null; suppressed: boolean };

const small = (size: number, below: number) => size > 0 && size < below;

/**
 * Hides cells standing for fewer than `below` records or persons, so nobody can be recognised in them.
 * A single hidden cell in a row of groups (or in a group's run of periods) could be recomputed from the
 * total, which is shown elsewhere, minus the cells shown; so the smallest other cell of that row is hidden
 * too, and the rule repeats until no row has exactly one hidden cell.
 */
export function suppressSmallCells(cells: readonly Cell[], below: number): ShownCell[] {
  const hidden = cells.map((c) => small(c.size, below));
  if (below > 0) {
    const rows = [
      ...groupIndexes(cells, (c) => `p${c.period}`),
      ...groupIndexes(cells, (c) => `g${c.group ?? ''}`),
    ];
    let changed = true;
    while (changed) {
      changed = false;
      for (const row of rows) {
        if (row.length < 2 || row.filter((i) => hidden[i]).length !== 1) continue;
        const smallest = row
          .filter((i) => !hidden[i] && (cells[i]?.size ?? 0) > 0)
          .sort((a, b) => (cells[a]?.size ?? 0) - (cells[b]?.size ?? 0))[0];
        if (smallest === undefined) continue;
        hidden[smallest] = true;
        changed = true;
      }
    }
  }
  return cells.map((c, i) => ({
    period: c.period,
    group: c.group,
    value: hidden[i] ? null : c.value,
    suppressed: hidden[i] ?? false,
  }));
}

function groupIndexes<T>(items: readonly T[], key: (item: T) => string): number[][] {
  const rows = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    rows.set(k, [...(rows.get(k) ?? []), i]);
  });
  return [...rows.values()];
}
