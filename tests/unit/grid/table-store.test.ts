import { describe, expect, test } from 'vitest';
import type { Client } from '../../../renderer/api/client';
import { createTableStore } from '../../../renderer/grid/data/table-store';

const TOTAL = 100_000;

/** A store whose list calls wait until the test answers them, so a fast scroll can outrun them. */
function slowStore() {
  const asked: number[] = [];
  const waiting: (() => void)[] = [];
  const client = {
    api: (_method: string, input: { offset: number; limit: number }) => {
      asked.push(input.offset);
      return new Promise((resolve) =>
        waiting.push(() => resolve({ total: TOTAL, rows: Array.from({ length: input.limit }, (_, i) => ({ id: input.offset + i + 1, version: 1, name: `P${input.offset + i}` })) })),
      );
    },
    on: () => () => undefined,
  } as unknown as Client;
  const answerAll = async () => {
    while (waiting.length) {
      waiting.splice(0).forEach((answer) => answer());
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { table: createTableStore(client, 'projects'), asked, answerAll };
}

describe('the table store while the analyst scrolls', () => {
  test('a fast scroll asks for the rows where it stops, not for every page it flew past', async () => {
    const { table, asked, answerAll } = slowStore();
    table.want(0, 40);
    for (let first = 1_000; first <= 90_000; first += 1_000) table.want(first, first + 40);
    await answerAll();

    expect(asked).toEqual([0, 90_000]);
    expect(table.rowAt(90_000)?.name).toBe('P90000');
    expect(table.rowAt(90_040)?.name).toBe('P90040');
    expect(table.rowAt(45_000)).toBeUndefined();
  });

  test('rows spanning two pages come in one step, and a page already held is not asked again', async () => {
    const { table, asked, answerAll } = slowStore();
    table.want(180, 220);
    await answerAll();
    table.want(150, 190);
    await answerAll();

    expect(asked).toEqual([100, 200]);
    expect(table.rowAt(220)?.name).toBe('P220');
  });
});
