import { describe, expect, it } from 'vitest';
import { PAGE_GROUPS, PRELOADED_ROUTES } from '../vite.config.ts';
import { assignGroups, parseModule, SHARED_BY_PAGES, type ModuleGraph } from './page-chunks.ts';

/** a graph of `id: [static imports] / [dynamic imports]`, ids under /p/src/ unless given whole */
function graphOf(edges: Record<string, [string[], string[]?]>): ModuleGraph {
  const id = (name: string) => (name.startsWith('/') ? name : `/p/src/${name}`);
  return new Map(
    Object.entries(edges).map(([name, [imports, dynamic = []]]) => [
      id(name),
      { imports: imports.map(id), dynamic: dynamic.map(id) },
    ]),
  );
}

/** the assignment, by module name */
function assign(
  graph: ModuleGraph,
  sizes: Record<string, number> = {},
  minSize = 0,
): Record<string, string> {
  const assigned = assignGroups(
    graph,
    {
      entry: 'src/main.tsx',
      pages: { wizard: ['src/upgrade.tsx', 'src/renew.tsx'], orders: ['src/orders.tsx'] },
      minSize,
    },
    new Map(Object.entries(sizes).map(([name, size]) => [`/p/src/${name}`, size])),
  );
  const named = [...assigned].map(([id, chunk]): [string, string] => [
    id.replace('/p/src/', ''),
    chunk,
  ]);
  return Object.fromEntries(named);
}

describe('the pages’ chunks (scripts/page-chunks.ts)', () => {
  it('read a module’s imports, and a barrel’s re-exports, by name', () => {
    const page = parseModule(`
      import { Table, NumberInput as Quota } from '@mantine/core';
      import type { Subscription } from '@/domain/contract';
      import { type Order, formatOrder } from './format';
      import React, { useState } from 'react';
      import * as icons from '@tabler/icons-react';
      import './page.css';
      // import { Modal } from '@mantine/core';
      export function Page() { return null; }
    `);
    expect(page.reexports).toBeUndefined();
    expect(page.imports).toEqual([
      { spec: '@mantine/core', names: new Set(['Table', 'NumberInput']) },
      { spec: './format', names: new Set(['formatOrder']) },
      { spec: 'react', names: new Set(['default', 'useState']) },
      { spec: '@tabler/icons-react', names: 'all' },
      { spec: './page.css', names: new Set() },
    ]);

    // Mantine's index: imports, then one export list
    const mantine = parseModule(`'use client';
      import { Table } from "./components/Table/Table.mjs";
      import { NumberInput } from "./components/NumberInput/NumberInput.mjs";
      export { NumberInput, Table };`);
    expect(mantine.reexports).toEqual(
      new Map([
        ['NumberInput', { spec: './components/NumberInput/NumberInput.mjs', name: 'NumberInput' }],
        ['Table', { spec: './components/Table/Table.mjs', name: 'Table' }],
      ]),
    );
    // Tabler's: `export { default as … } from`, and `export * from`
    const tabler = parseModule(`
      export { default as IconX } from './icons/IconX.mjs';
      export * from './aliases.mjs';`);
    expect(tabler.reexports?.get('IconX')).toEqual({ spec: './icons/IconX.mjs', name: 'default' });
    expect(tabler.reexports?.get('*./aliases.mjs')).toEqual({ spec: './aliases.mjs', name: '*' });
    // a module with code of its own is not a barrel, whatever it re-exports
    expect(parseModule(`export { a } from './a'; export const b = 1;`).reexports).toBeUndefined();
    expect(parseModule(`import { a } from './a'; const b = a; export { b };`).reexports).toBe(
      undefined,
    );
  });

  it('group what the pages import by the pages that import it, never what the first page loads', () => {
    const graph = graphOf({
      'main.tsx': [['shell.tsx'], ['mock.ts', 'upgrade.tsx', 'renew.tsx', 'orders.tsx']],
      'shell.tsx': [['header.tsx'], ['menus.tsx']],
      'header.tsx': [[]],
      'mock.ts': [['contract.ts']],
      'contract.ts': [[]],
      // what the menus load when opened: not the first page's
      'menus.tsx': [['radio.tsx'], ['demo-panel.tsx']],
      'radio.tsx': [[]],
      'demo-panel.tsx': [['table.tsx']],
      'upgrade.tsx': [['wizard-steps.tsx', 'table.tsx', 'header.tsx', 'contract.ts', 'radio.tsx']],
      'renew.tsx': [['wizard-steps.tsx', 'term.tsx']],
      'wizard-steps.tsx': [['money.tsx']],
      'term.tsx': [[]],
      'orders.tsx': [['table.tsx', 'money.tsx']],
      'table.tsx': [['/p/node_modules/lib/table.mjs']],
      '/p/node_modules/lib/table.mjs': [[]],
      'money.tsx': [[]],
    });
    expect(assign(graph)).toEqual({
      'renew.tsx': 'wizard',
      'term.tsx': 'wizard',
      'upgrade.tsx': 'wizard',
      'wizard-steps.tsx': 'wizard',
      'orders.tsx': 'orders',
      // a library goes with the modules that import it
      '/p/node_modules/lib/table.mjs': 'orders_wizard',
      'money.tsx': 'orders_wizard',
      'table.tsx': 'orders_wizard',
      // not the entry's header, the mock's contract, the menus' radio: the first page loads
      // them before any page is opened, and must not load a page's chunk for them
    });
    // too small to be requested on their own: one chunk for every group's pages
    expect(assign(graph, { 'table.tsx': 10, 'money.tsx': 10 }, 100)['table.tsx']).toBe(
      SHARED_BY_PAGES,
    );
    expect(assign(graph, { 'table.tsx': 500, 'money.tsx': 10 }, 100)['table.tsx']).toBe(
      'orders_wizard',
    );
  });

  it('merge a chunk between two merged ones too, so that no two chunks import each other', () => {
    const pages = { a: ['src/a.tsx'], b: ['src/b.tsx'], c: ['src/c.tsx'] };
    const graph = graphOf({
      'main.tsx': [[], ['a.tsx', 'b.tsx', 'c.tsx']],
      'a.tsx': [['ab.ts', 'abc.ts']],
      'b.tsx': [['ab.ts', 'abc.ts', 'bc.ts']],
      'c.tsx': [['abc.ts', 'bc.ts']],
      // a module of a_b (small, merged) imports one of a_b_c, which imports nothing merged
      'ab.ts': [['abc.ts']],
      'abc.ts': [[]],
      'bc.ts': [[]],
    });
    const sizes = new Map(
      Object.entries({ 'ab.ts': 10, 'abc.ts': 500, 'bc.ts': 500 }).map(([name, size]) => [
        `/p/src/${name}`,
        size,
      ]),
    );
    const assigned = assignGroups(graph, { entry: 'src/main.tsx', pages, minSize: 100 }, sizes);
    expect(assigned.get('/p/src/ab.ts')).toBe(SHARED_BY_PAGES);
    // a_b_c is between nothing merged and nothing: left alone
    expect(assigned.get('/p/src/abc.ts')).toBe('a_b_c');

    // with a merged chunk of more groups above it, a_b_c would import `pages` and be imported
    // by it
    const withAbcd = graphOf({
      'main.tsx': [[], ['a.tsx', 'b.tsx', 'c.tsx', 'd.tsx']],
      'a.tsx': [['ab.ts', 'abc.ts', 'abcd.ts']],
      'b.tsx': [['ab.ts', 'abc.ts', 'abcd.ts']],
      'c.tsx': [['abc.ts', 'abcd.ts']],
      'd.tsx': [['abcd.ts']],
      'ab.ts': [['abc.ts']],
      'abc.ts': [['abcd.ts']],
      'abcd.ts': [[]],
    });
    const merged = assignGroups(
      withAbcd,
      { entry: 'src/main.tsx', pages: { ...pages, d: ['src/d.tsx'] }, minSize: 100 },
      new Map([
        ['/p/src/ab.ts', 10],
        ['/p/src/abc.ts', 500],
        ['/p/src/abcd.ts', 10],
      ]),
    );
    expect(merged.get('/p/src/ab.ts')).toBe(SHARED_BY_PAGES);
    expect(merged.get('/p/src/abcd.ts')).toBe(SHARED_BY_PAGES);
    expect(merged.get('/p/src/abc.ts')).toBe(SHARED_BY_PAGES);
  });

  it("cover every lazily loaded page of the router, once (vite.config.ts's PAGE_GROUPS)", () => {
    const grouped = Object.values(PAGE_GROUPS).flat();
    const routes = PRELOADED_ROUTES.flatMap((route) => (route.module ? [route.module] : []));
    expect(grouped.toSorted()).toEqual(routes.toSorted());
  });
});
