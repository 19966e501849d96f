import { http } from 'msw';
import { catalogResponse, REGIONS } from '@/domain/catalog';
import { checkRegion } from '@/domain/demo';
import { isProtected } from '@/domain/lifecycle';
import { currentAssets, regionState } from '@/domain/world';
import { subscriptionView } from '@/domain/view';
import type { Asset } from '@/domain/contract';
import type { Store } from '../store-seam';
import { API, json, route, unwrap } from './http';
import { toIso } from '@/domain/time';

const OS = ['Alibaba Cloud Linux 3', 'Ubuntu 22.04', 'Windows Server 2022', 'CentOS Stream 9'];
const MAX_LISTED = 1000;

export function accountHandlers(store: Store) {
  return [
    http.get(
      `${API}/session`,
      route(store, ({ world, now }) => ({
        response: json({
          account: world.account,
          role: world.role,
          regions: REGIONS,
          now: toIso(now),
          mock: true,
        }),
      })),
    ),
    http.get(
      `${API}/catalog`,
      route(store, () => ({ response: json(catalogResponse()) })),
    ),
    http.get(
      `${API}/assets`,
      route(store, ({ request, world, now }) => {
        const region = unwrap(checkRegion(new URL(request.url).searchParams.get('region')));
        const state = regionState(world, region);
        const { ecs, external } = currentAssets(state);
        const view = subscriptionView(state, now);
        const guarded = isProtected(view.status) && view.effectiveEdition !== 'basic';
        const net = region.length * 7;
        const items: Asset[] = [];
        for (let i = 0; i < Math.min(ecs + external, MAX_LISTED); i++) {
          const kind = i < ecs ? 'ecs' : 'external';
          const n = kind === 'ecs' ? i + 1 : i - ecs + 1;
          items.push({
            id:
              kind === 'ecs'
                ? `i-${region.slice(0, 2)}${(net * 1000 + n).toString(36)}`
                : `ext-${region.slice(0, 2)}-${n}`,
            name:
              kind === 'ecs'
                ? `ecs-${String(n).padStart(3, '0')}`
                : `onprem-${String(n).padStart(2, '0')}`,
            kind,
            ip: `10.${net % 250}.${Math.floor(i / 250)}.${(i % 250) + 2}`,
            os: OS[i % OS.length] ?? 'Linux',
            protected: guarded,
          });
        }
        return { response: json({ items, ecs, external, total: ecs + external }) };
      }),
    ),
  ];
}
