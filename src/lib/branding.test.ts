import { readFileSync } from 'node:fs';
import { luminance, type MantineThemeOverride } from '@mantine/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyBranding,
  brandedName,
  brandPalette,
  getBranding,
  loadBranding,
  logoUrl,
  withBranding,
} from './branding';
import { contrastRatio, parseBranding } from './branding-file';
import { i18n, loadNamespace } from './i18n';

const base: MantineThemeOverride = {
  primaryColor: 'brand',
  primaryShade: { light: 7, dark: 6 },
  colors: {
    brand: [
      '#eef3ff',
      '#dce4f5',
      '#b5c7e8',
      '#8ba8dc',
      '#678dd1',
      '#517ccb',
      '#4573c9',
      '#3662b2',
      '#2d57a0',
      '#1f4a8e',
    ],
  },
};

function answer(body: string, status = 200) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status }));
}

afterEach(() => {
  // back to the built-in name for the other tests
  applyBranding({ productName: { en: 'Security Center', zh: '云安全中心' } }, '/');
  applyBranding({}, '/');
});

describe('the branding file', () => {
  it('reads the product name, logo and primary colour', () => {
    expect(
      parseBranding({ productName: 'Acme Shield', logo: 'acme.svg', primaryColor: '#C2185B' }),
    ).toEqual({
      branding: { productName: 'Acme Shield', logo: 'acme.svg', primaryColor: '#C2185B' },
      problems: [],
    });
  });

  it('keeps the valid fields and names each one it leaves out', () => {
    const { branding, problems } = parseBranding({
      productName: { en: 'Acme Shield' },
      primaryColor: 'pink',
      logo: 'javascript:alert(1)',
      colour: '#fff',
    });
    expect(branding).toEqual({ productName: { en: 'Acme Shield' } });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/primaryColor/);
    expect(problems.join('\n')).toMatch(/logo/);
    expect(problems.join('\n')).toMatch(/"colour" is not a branding field/);
  });

  it('checks each field as the README documents it: trimmed, bounded, and saying why not', () => {
    expect(
      parseBranding({
        productName: '  Acme  ',
        logo: ' data:image/png;base64,AAAA ',
        primaryColor: ' #c15 ',
      }).branding,
    ).toEqual({ productName: 'Acme', logo: 'data:image/png;base64,AAAA', primaryColor: '#c15' });
    expect(parseBranding({ logo: 'https://cdn.example.com/l.svg' }).problems).toEqual([]);
    const refused = (field: string, value: unknown) =>
      parseBranding({ [field]: value }).problems.join('\n');
    expect(refused('productName', 'x'.repeat(61))).toMatch(/"productName": .*1 to 60 characters/);
    expect(refused('productName', { fr: 'Acme' })).toMatch(/"fr" is not a language \(en, zh\)/);
    expect(refused('productName', { en: 'Acme', zh: '' })).toMatch(/zh: .*1 to 60/);
    expect(refused('logo', 'ftp://example.com/l.svg')).toMatch(/"logo": .*http\(s\) URL/);
    expect(refused('primaryColor', '#12345')).toMatch(/"primaryColor": .*hex colour/);
  });

  it('falls back to the default for anything that is not an object, or an empty name', () => {
    expect(parseBranding(['Acme']).branding).toEqual({});
    expect(parseBranding('Acme').branding).toEqual({});
    expect(parseBranding({ productName: '  ' }).branding).toEqual({});
    expect(parseBranding({ productName: {} }).branding).toEqual({});
  });

  it('the shipped public/branding.json is valid', () => {
    const file: unknown = JSON.parse(readFileSync('public/branding.json', 'utf8'));
    const { branding, problems } = parseBranding(file);
    expect(problems).toEqual([]);
    expect(branding.logo).toBe('logo.svg');
    expect(readFileSync(`public/${branding.logo}`, 'utf8')).toContain('<svg');
  });
});

describe('keys named like Object.prototype members', () => {
  // JSON.parse makes each of them an own property (even "__proto__"), unlike an object literal
  const HOSTILE = ['toString', '__proto__', 'hasOwnProperty', 'constructor', 'valueOf'];
  const file = (key: string) =>
    `{"productName": "Acme Shield", ${JSON.stringify(key)}: {"x": 1}, "primaryColor": "#c2185b"}`;

  it.each(HOSTILE)('ignores "%s" as an unknown key and keeps the other fields', (key) => {
    const raw: unknown = JSON.parse(file(key));
    const { branding, problems } = parseBranding(raw);
    expect(branding).toEqual({ productName: 'Acme Shield', primaryColor: '#c2185b' });
    expect(Object.getPrototypeOf(branding)).toBe(Object.prototype);
    expect(Object.keys(branding).sort()).toEqual(['primaryColor', 'productName']);
    expect(problems).toEqual([
      `"${key}" is not a branding field (productName, logo, primaryColor).`,
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('the loader keeps the other fields and warns about the hostile keys', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    answer(
      '{"toString": "x", "__proto__": {"primaryColor": "#ffffff"}, "hasOwnProperty": 1,' +
        ' "productName": "Acme Shield", "logo": "acme.svg", "primaryColor": "#c2185b"}',
    );
    expect(await loadBranding('/')).toEqual({
      productName: 'Acme Shield',
      logo: 'acme.svg',
      primaryColor: '#c2185b',
    });
    expect(i18n.t('app.name', { lng: 'en' })).toBe('Acme Shield');
    const warned = warn.mock.calls.map((call) => String(call[0])).join('\n');
    for (const key of ['toString', '__proto__', 'hasOwnProperty'])
      expect(warned).toContain(`"${key}" is not a branding field`);
  });

  it('refuses the same keys inside productName without throwing', () => {
    const { branding, problems } = parseBranding(
      JSON.parse('{"productName": {"en": "Acme", "__proto__": "x"}, "logo": "acme.svg"}'),
    );
    expect(branding).toEqual({ logo: 'acme.svg' });
    expect(problems.join('\n')).toMatch(/"__proto__" is not a language/);
  });
});

describe('names and logos', () => {
  it('names the product per language, falling back to English', () => {
    expect(brandedName({ productName: 'Acme' }, 'zh')).toBe('Acme');
    expect(brandedName({ productName: { en: 'Acme', zh: '极客' } }, 'zh')).toBe('极客');
    expect(brandedName({ productName: { en: 'Acme' } }, 'zh')).toBe('Acme');
    expect(brandedName({}, 'en')).toBeUndefined();
  });

  it('resolves a relative logo against the base path, and keeps URLs as they are', () => {
    expect(logoUrl({ logo: 'logo.svg' }, '/console/')).toBe('/console/logo.svg');
    expect(logoUrl({ logo: './img/logo.png' }, '/')).toBe('/img/logo.png');
    expect(logoUrl({ logo: 'https://cdn.example.com/l.svg' }, '/x/')).toBe(
      'https://cdn.example.com/l.svg',
    );
    expect(logoUrl({}, '/')).toBeUndefined();
  });
});

describe('the primary colour', () => {
  it('computes the WCAG contrast ratio (relative luminance)', () => {
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#fff', '#FFFFFF')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // the built-in blue and the colour of the examples
    expect(contrastRatio('#3662b2', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#c2185b', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('refuses a colour below 4.5:1 against white, saying why', () => {
    expect(parseBranding({ primaryColor: '#767676' })).toEqual({
      branding: { primaryColor: '#767676' },
      problems: [],
    });
    for (const color of ['#ffffff', '#fff', '#777777', '#ffeb3b']) {
      const { branding, problems } = parseBranding({ productName: 'Acme', primaryColor: color });
      expect(branding).toEqual({ productName: 'Acme' });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^"primaryColor": .*contrast .*:1 .*white.*4\.5:1/);
    }
    expect(parseBranding({ primaryColor: '#ffffff' }).problems[0]).toContain('1.00:1');
  });

  it('the loader warns with the reason and keeps the default colour', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    answer(JSON.stringify({ productName: 'Acme Shield', primaryColor: '#ffffff' }));
    expect(await loadBranding('/')).toEqual({ productName: 'Acme Shield' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /primaryColor.*#ffffff.*contrast of 1\.00:1.*4\.5:1.*\(default used\)/,
    );
    expect(withBranding(base)).toBe(base);
  });

  it('builds ten shades with the colour at the primary shade, light to dark', () => {
    const palette = brandPalette('#c2185b', 7);
    expect(palette).toHaveLength(10);
    expect(palette[7]).toBe('#c2185b');
    const levels = palette.map((shade) => luminance(shade));
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThan(levels[i - 1]!);
  });

  it('replaces the primary palette, and keeps the hand-tuned one for its own colour', () => {
    const branded = withBranding(base, { primaryColor: '#C2185B' });
    expect(branded.colors?.brand?.[7]).toBe('#c2185b');
    expect(branded.primaryColor).toBe('brand');
    expect(withBranding(base, { primaryColor: '#3662B2' })).toBe(base);
    expect(withBranding(base, {})).toBe(base);
  });
});

describe('loading at start-up', () => {
  it('applies the file: the product name replaces the translated one in every language', async () => {
    answer(JSON.stringify({ productName: 'Acme Shield', primaryColor: '#c2185b' }));
    await loadBranding('/');
    expect(getBranding()).toEqual({ productName: 'Acme Shield', primaryColor: '#c2185b' });
    expect(i18n.t('app.name', { lng: 'en' })).toBe('Acme Shield');
    expect(i18n.t('app.name', { lng: 'zh' })).toBe('Acme Shield');
  });

  it('names a language loaded later, and leaves the rest of its translations alone', async () => {
    answer(JSON.stringify({ productName: { en: 'Acme Shield', zh: '极盾' } }));
    i18n.removeResourceBundle('zh', 'common');
    await loadBranding('/');
    // not loaded yet: nothing is created in its place
    expect(i18n.hasResourceBundle('zh', 'common')).toBe(false);
    i18n.addResourceBundle('zh', 'common', await loadNamespace('zh', 'common'));
    expect(i18n.t('app.name', { lng: 'zh' })).toBe('极盾');
    expect(i18n.t('nav.purchasedResources', { lng: 'zh' })).toBe('已购资源');
  });

  it('keeps the default when the file is missing, not JSON, or invalid', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    answer('Not found', 404);
    expect(await loadBranding('/')).toEqual({});
    // a static host's SPA fallback: index.html for a missing file
    answer('<!doctype html><html></html>');
    expect(await loadBranding('/')).toEqual({});
    answer(JSON.stringify({ primaryColor: 'not a colour' }));
    expect(await loadBranding('/')).toEqual({});
    expect(warn).toHaveBeenCalledTimes(2);
    expect(i18n.t('app.name', { lng: 'en' })).toBe('Security Center');
  });

  it('reads the request index.html started, without a second one, and gives up on it in time', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const early = Promise.resolve(new Response(JSON.stringify({ productName: 'Acme Shield' })));
    expect(await loadBranding('/', 3_000, early)).toEqual({ productName: 'Acme Shield' });
    expect(fetchSpy).not.toHaveBeenCalled();
    // index.html's request cannot be aborted; an answer that never comes is waited for 50 ms
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadBranding('/', 50, new Promise<Response>(() => undefined))).toEqual({});
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('takes the request index.html started once; a later call fetches afresh', async () => {
    window.brandingRequest = Promise.resolve(
      new Response(JSON.stringify({ productName: 'Early' })),
    );
    const fetchSpy = answer(JSON.stringify({ productName: 'Later' }));
    expect(await loadBranding('/')).toEqual({ productName: 'Early' });
    expect(window.brandingRequest).toBeUndefined();
    expect(await loadBranding('/')).toEqual({ productName: 'Later' });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('keeps the default when the request fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    expect(await loadBranding('/')).toEqual({});
  });
});
