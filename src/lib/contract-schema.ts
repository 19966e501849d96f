import type * as Contract from '@/domain/contract';

type ContractModule = typeof Contract;

/** The names of the contract's schemas (`OverviewResponseSchema`, …). */
export type SchemaName = {
  [K in keyof ContractModule]: K extends `${string}Schema` ? K : never;
}[keyof ContractModule];

/**
 * One of the contract's schemas, loaded with the contract when an answer first needs it: the
 * first page's requests name their schema this way (`schema: contractSchema('…')`), so the
 * contract and zod are not in the first page's script, and load while the page is painted
 * (docs/architecture.md, "Build and first page"; `scripts/bundle.test.ts` checks it).
 */
export function contractSchema<N extends SchemaName>(name: N): () => Promise<ContractModule[N]> {
  return () => import('@/domain/contract').then((contract) => contract[name]);
}
