import { useState, type ReactNode } from 'react';
import { env } from '@/config/env';
import { getBranding, logoUrl } from '@/lib/branding';

/**
 * The product's logo from the branding file (`public/branding.json`, field `logo`), 32 px
 * high; `fallback` when the file names none or the image cannot be loaded. Decorative: the
 * product name stands beside it.
 */
export function BrandLogo({ fallback }: { fallback: ReactNode }) {
  const src = logoUrl(getBranding(), env.basePath);
  const [failed, setFailed] = useState(false);
  if (!src || failed) return <>{fallback}</>;
  return (
    <img
      src={src}
      alt=""
      height={32}
      onError={() => setFailed(true)}
      style={{
        display: 'block',
        flex: 'none',
        height: 32,
        width: 'auto',
        maxWidth: 160,
        objectFit: 'contain',
      }}
    />
  );
}
