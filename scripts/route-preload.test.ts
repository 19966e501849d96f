import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRELOADED_ROUTES, TRANSLATIONS } from '../vite.config.ts';
import { paths } from '../src/config/paths.ts';
import { pathPattern, type PreloadedRoute } from './route-preload.ts';

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

  it('cover every page of the router, with its path, lazy module and namespaces', () => {
    const router = readFileSync(new URL('../src/app/router.tsx', import.meta.url), 'utf8');
    const quoted = (list: string) => [...list.matchAll(/'([\w-]+)'/g)].map((match) => match[1]!);
    const pages = [
      ...router.matchAll(
        /page\(\s*paths\.(\w+)\.path,\s*\(\) => (?:import\('\.\/routes\/([\w-]+)'\)|Promise\.resolve\(\w+\)),\s*\[([^\]]*)\]/g,
      ),
    ].map((match): PreloadedRoute => ({
      path: paths[match[1] as keyof typeof paths].path,
      ...(match[2] ? { module: `src/app/routes/${match[2]}.tsx` } : {}),
      namespaces: quoted(match[3]!),
    }));
    expect(pages.length).toBeGreaterThan(5);
    // every page in the router is one of these, every lazy import one of their modules
    expect(router.match(/\bpage\(/g)).toHaveLength(pages.length);
    expect(router.match(/import\('\.\/routes\//g)).toHaveLength(
      pages.filter((page) => page.module).length,
    );
    const byPath = (a: PreloadedRoute, b: PreloadedRoute) => a.path.localeCompare(b.path);
    expect(PRELOADED_ROUTES.toSorted(byPath)).toEqual(pages.toSorted(byPath));
  });

  it("know the console's languages, the shell's namespaces and where the choice is kept", () => {
    const i18n = readFileSync(new URL('../src/lib/i18n.ts', import.meta.url), 'utf8');
    const list = (name: string) => {
      const found = new RegExp(`export const ${name} = \\[([^\\]]*)\\]`).exec(i18n);
      expect(found, name).not.toBeNull();
      return [...found![1]!.matchAll(/'([\w-]+)'/g)].map((match) => match[1]!);
    };
    expect(TRANSLATIONS.languages).toEqual(list('LANGUAGES'));
    expect(TRANSLATIONS.languages[0]).toBe(/fallbackLng: '(\w+)'/.exec(i18n)?.[1]);
    expect(TRANSLATIONS.shell).toEqual(list('SHELL_NAMESPACES'));
    expect(i18n).toContain(`LANGUAGE_STORAGE_KEY = '${TRANSLATIONS.storageKey}'`);
  });
});
