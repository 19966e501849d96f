import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preload, type PreloadTable } from './route-preload.ts';

const TABLE: PreloadTable = {
  base: '/console/',
  always: ['assets/mock.js'],
  shell: { en: [], zh: ['assets/common-zh.js'] },
  routes: [
    ['/overview', [], { en: [], zh: ['assets/overview-zh.js'] }],
    [
      '/upgrade/:subscriptionId',
      ['assets/upgrade.js', 'assets/upgrade.css', 'assets/mock.js'],
      { en: ['assets/upgrade-en.js'], zh: ['assets/upgrade-zh.js', 'assets/upgrade-en.js'] },
    ],
    ['/orders', ['assets/orders.js'], { en: [], zh: [] }],
    ['/orders/:orderId', ['assets/receipt.js'], { en: [], zh: [] }],
  ],
};

/** The links `preload` adds for a visit to `pathname` in `lang`. */
function linksFor(pathname: string, lang = 'en', served = false) {
  const links: { rel?: string; as?: string; href?: string; crossOrigin?: string }[] = [];
  vi.stubGlobal('location', { pathname });
  vi.stubGlobal('document', {
    documentElement: { lang },
    createElement: () => ({}),
    // server/app.ts's meta, in a page served by the reference backend
    querySelector: (selector: string) =>
      served && selector === 'meta[name="sc-backend"][content="server"]' ? {} : null,
    head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
  });
  preload(TABLE);
  return links;
}
const hrefs = (pathname: string, lang?: string, served?: boolean) =>
  linksFor(pathname, lang, served).map((link) => link.href);

afterEach(() => vi.unstubAllGlobals());

describe("index.html's route preload (scripts/route-preload.ts)", () => {
  it('matches a route as React Router does: any case, a trailing slash, one segment per parameter', () => {
    const upgrade = ['/console/assets/mock.js', '/console/assets/upgrade.js'];
    for (const path of ['/console/upgrade/sas-1', '/console/Upgrade/sas-1/'])
      expect(hrefs(path).filter((href) => href?.endsWith('.js'))).toEqual([
        ...upgrade,
        '/console/assets/upgrade-en.js',
      ]);
    for (const path of ['/console/upgrade', '/console/upgrade/a/b', '/console/x/upgrade/a'])
      expect(hrefs(path), path).toEqual(['/console/assets/mock.js']);
    expect(hrefs('/console/orders')).toContain('/console/assets/orders.js');
    expect(hrefs('/console/orders/ord-1')).not.toContain('/console/assets/orders.js');
    expect(hrefs('/console/orders/ord-1')).toContain('/console/assets/receipt.js');
  });

  it("adds each file once, scripts as module preloads and CSS as a style preload, in the page's language", () => {
    const links = linksFor('/console/upgrade/sas-1', 'zh');
    expect(links.map((link) => link.href)).toEqual([
      '/console/assets/mock.js',
      '/console/assets/common-zh.js',
      '/console/assets/upgrade.js',
      '/console/assets/upgrade.css',
      '/console/assets/upgrade-zh.js',
      '/console/assets/upgrade-en.js',
    ]);
    for (const link of links) {
      expect(link.crossOrigin).toBe('');
      if (link.href!.endsWith('.css')) expect(link).toMatchObject({ rel: 'preload', as: 'style' });
      else expect(link.rel).toBe('modulepreload');
    }
  });

  it('leaves the mock out in a page served by the reference backend, not what the page imports', () => {
    expect(hrefs('/console/orders', 'en', true)).toEqual(['/console/assets/orders.js']);
    // the wizard's own import of the shared chunk stays
    expect(hrefs('/console/upgrade/sas-1', 'en', true)).toEqual([
      '/console/assets/upgrade.js',
      '/console/assets/upgrade.css',
      '/console/assets/mock.js',
      '/console/assets/upgrade-en.js',
    ]);
  });

  it('runs as the boot script runs it: its own source, with the table as JSON', () => {
    const links: unknown[] = [];
    const document = {
      documentElement: { lang: 'zh' },
      createElement: () => ({}),
      querySelector: () => null,
      head: { appendChild: (link: unknown) => links.push(link) },
    };
    runInNewContext(`(${preload.toString()})(${JSON.stringify(TABLE)});`, {
      location: { pathname: '/console/overview' },
      document,
    });
    expect(links).toHaveLength(3);
  });
});
