import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAZY_ROUTES } from '../vite.config.ts';
import { paths } from '../src/config/paths.ts';
import { pathPattern, type LazyRoute } from './route-preload.ts';

describe('the route preloads (scripts/route-preload.ts)', () => {
  it("match a route's pattern the way React Router does", () => {
    const upgrade = new RegExp(pathPattern('/upgrade/:subscriptionId'), 'i');
    expect(upgrade.test('/upgrade/sas-hz-0001')).toBe(true);
    expect(upgrade.test('/upgrade/sas-hz-0001/')).toBe(true);
    expect(upgrade.test('/UPGRADE/sas-hz-0001')).toBe(true);
    expect(upgrade.test('/upgrade')).toBe(false);
    expect(upgrade.test('/upgrade/a/b')).toBe(false);
    expect(upgrade.test('/x/upgrade/a')).toBe(false);
    const help = new RegExp(pathPattern('/help/permissions'), 'i');
    expect(help.test('/help/permissions')).toBe(true);
    expect(help.test('/help/permissionsX')).toBe(false);
    // a pattern's own characters are matched literally
    expect(new RegExp(pathPattern('/a.b')).test('/axb')).toBe(false);
  });

  it('cover every route the router loads lazily, with its path', () => {
    const router = readFileSync(new URL('../src/app/router.tsx', import.meta.url), 'utf8');
    const lazy = [
      ...router.matchAll(
        /page\(\s*paths\.(\w+)\.path,\s*\(\) => import\('\.\/routes\/([\w-]+)'\)/g,
      ),
    ].map((match) => ({
      path: paths[match[1] as keyof typeof paths].path,
      module: `src/app/routes/${match[2]!}.tsx`,
    }));
    expect(lazy.length).toBeGreaterThan(5);
    // every lazy import in the router is one of these pages
    expect(router.match(/import\('\.\/routes\//g)).toHaveLength(lazy.length);
    const byModule = (a: LazyRoute, b: LazyRoute) => a.module.localeCompare(b.module);
    expect(LAZY_ROUTES.toSorted(byModule)).toEqual(lazy.toSorted(byModule));
  });
});
