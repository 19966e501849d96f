import { subscriptionIdOf } from '../scenarios';

/**
 * Order bodies for the contract tests, untyped on purpose (a test spreads hostile fields over
 * them): healthy's cn-hangzhou subscription at version 1, the Disclaimer accepted.
 */
const HZ = subscriptionIdOf('cn-hangzhou');

export const renewBody = (over: Record<string, unknown> = {}) => ({
  type: 'renew',
  subscriptionId: HZ,
  expectedVersion: 1,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
  ...over,
});

export const upgradeBody = (over: Record<string, unknown> = {}) => ({
  type: 'upgrade',
  subscriptionId: HZ,
  expectedVersion: 1,
  disclaimerAccepted: true,
  method: 'quota',
  quota: 13,
  ...over,
});
