import { req } from '@/domain/test-utils/fixtures';
import { subscriptionIdOf } from '../scenarios';

/**
 * Order bodies for the contract tests, untyped on purpose (a test spreads hostile fields over
 * them): the domain's fixtures (version 1, the Disclaimer accepted) for the healthy scenario's
 * cn-hangzhou subscription, the upgrade to a quota of 13.
 */
const HZ = subscriptionIdOf('cn-hangzhou');

export const renewBody = (over: Record<string, unknown> = {}) => ({
  ...req.renew({ subscriptionId: HZ }),
  ...over,
});

export const upgradeBody = (over: Record<string, unknown> = {}) => ({
  ...req.upgrade({ subscriptionId: HZ, quota: 13 }),
  ...over,
});
