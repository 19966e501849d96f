/**
 * The catalog: every number of SPEC §1 lives here, so it can change in one place
 * (e.g. a vendor keeping data 7 days instead of 3 changes `retentionDays` only).
 */
export const REGIONS = [
  { id: 'cn-hangzhou', name: 'China (Hangzhou)' },
  { id: 'ap-southeast-1', name: 'Singapore' },
  { id: 'eu-central-1', name: 'Frankfurt' },
  { id: 'us-east-1', name: 'Virginia' },
] as const;

export type RegionId = (typeof REGIONS)[number]['id'];
export const REGION_IDS = REGIONS.map((r) => r.id) as [RegionId, ...RegionId[]];

export const EDITION_IDS = ['basic', 'standard', 'professional'] as const;
export type EditionId = (typeof EDITION_IDS)[number];

export const BILLING_MODES = ['free', 'subscription', 'pay-per-use'] as const;
export type BillingMode = (typeof BILLING_MODES)[number];

export type EditionSpec = {
  id: EditionId;
  name: string;
  rank: number;
  billingModes: BillingMode[];
  /** cents per asset per month (subscription billing) */
  monthlyPrice: number;
  /** cents per asset per hour (pay-per-use), null where not offered */
  hourlyPrice: number | null;
  /** keys of the "Edition differences" table */
  features: string[];
};

/** R17: Basic (free), Standard (yearly/monthly), Professional (yearly/monthly or pay-per-use). */
export const EDITIONS: Record<EditionId, EditionSpec> = {
  basic: {
    id: 'basic',
    name: 'Basic',
    rank: 0,
    billingModes: ['free'],
    monthlyPrice: 0,
    hourlyPrice: null,
    features: ['securityScore', 'assetInventory', 'basicAlerts'],
  },
  standard: {
    id: 'standard',
    name: 'Standard',
    rank: 1,
    billingModes: ['subscription'],
    monthlyPrice: 800,
    hourlyPrice: null,
    features: [
      'securityScore',
      'assetInventory',
      'basicAlerts',
      'vulnerabilityScan',
      'baselineCheck',
      'compliance',
      'largeScreen',
      'intelligentAnalysis',
      'orchestration',
    ],
  },
  professional: {
    id: 'professional',
    name: 'Professional',
    rank: 2,
    billingModes: ['subscription', 'pay-per-use'],
    monthlyPrice: 1500,
    hourlyPrice: 3,
    features: [
      'securityScore',
      'assetInventory',
      'basicAlerts',
      'vulnerabilityScan',
      'baselineCheck',
      'compliance',
      'largeScreen',
      'intelligentAnalysis',
      'orchestration',
      'operationRisk',
      'regulationCompliance',
      'antiRansomware',
      'webTamper',
    ],
  },
};

/** Every feature row of the "Edition differences" table, in display order. */
export const EDITION_FEATURES = EDITIONS.professional.features;

export const PACK_IDS = [
  'log-storage-100gb',
  'anti-ransomware-100gb',
  'web-tamper-protection',
] as const;
export type PackId = (typeof PACK_IDS)[number];
export type PackSpec = { id: PackId; name: string; unit: '100GB' | 'server'; monthlyPrice: number };
export const PACKS: Record<PackId, PackSpec> = {
  'log-storage-100gb': {
    id: 'log-storage-100gb',
    name: 'Log storage, 100 GB',
    unit: '100GB',
    monthlyPrice: 2000,
  },
  'anti-ransomware-100gb': {
    id: 'anti-ransomware-100gb',
    name: 'Anti-ransomware backup, 100 GB',
    unit: '100GB',
    monthlyPrice: 1200,
  },
  'web-tamper-protection': {
    id: 'web-tamper-protection',
    name: 'Web tamper protection, per server',
    unit: 'server',
    monthlyPrice: 2500,
  },
};

export const LIMITS = {
  maxQuota: 10_000,
  minPackQuantity: 1,
  maxPackQuantity: 100,
  maxTags: 20,
  tagKeyMax: 36,
  tagValueMax: 43,
  maxAssetsPerKind: 100_000,
  maxLatencyMs: 10_000,
} as const;

export const VALIDITY = {
  /** 1–9 months */
  months: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  /** 1, 2, 3 years */
  years: [1, 2, 3],
  /** a year is billed as 10 months (R5) */
  billedMonthsPerYear: 10,
} as const;

export const LIFECYCLE = {
  /** R1: the renewal reminder and the "expiring" status start this many days before expiry */
  reminderDays: 7,
  /** R3: configurations and data are kept this many days after expiry (the seed document's number) */
  retentionDays: 3,
  /** R7: upgrade required at 120 % of quota, as the fraction num/den (integer arithmetic) */
  upgradeThreshold: { num: 6, den: 5 },
  /** R18: an order paid within this many days has consumed nothing (a full refund of it) */
  fullRefundDays: 5,
  /** days of asset history on the Overview */
  assetHistoryDays: 30,
} as const;

/** Issue 24: purchase requests. */
export const PURCHASE_REQUESTS = {
  /** an open request older than this many days expires: its price and the state it was asked on are stale */
  maxAgeDays: 30,
  /** the newest kept, so no sequence of requests grows the stored world without end */
  maxKept: 200,
} as const;

/** The demo clock's range around real time (SPEC §2): auto-renewal and messages stay bounded. */
/** Issue 24: a quote document is valid 7 days; the world keeps the newest 200. */
export const QUOTE_DOCUMENTS = { validDays: 7, kept: 200 } as const;

export const DEMO_CLOCK = { yearsBefore: 1, yearsAfter: 10 } as const;

export const DAY_MS = 86_400_000;
export const CURRENCY = 'USD' as const;

/** GET /catalog */
export function catalogResponse() {
  return {
    currency: CURRENCY,
    editions: Object.values(EDITIONS).map((e) => ({
      ...e,
      billingModes: [...e.billingModes],
      features: [...e.features],
    })),
    features: [...EDITION_FEATURES],
    validity: {
      months: [...VALIDITY.months],
      years: [...VALIDITY.years],
      billedMonthsPerYear: VALIDITY.billedMonthsPerYear,
    },
    packs: Object.values(PACKS),
    limits: {
      maxQuota: LIMITS.maxQuota,
      minPackQuantity: LIMITS.minPackQuantity,
      maxPackQuantity: LIMITS.maxPackQuantity,
      maxTags: LIMITS.maxTags,
      tagKeyMax: LIMITS.tagKeyMax,
      tagValueMax: LIMITS.tagValueMax,
    },
    lifecycle: {
      reminderDays: LIFECYCLE.reminderDays,
      retentionDays: LIFECYCLE.retentionDays,
      upgradeThresholdPercent:
        (LIFECYCLE.upgradeThreshold.num * 100) / LIFECYCLE.upgradeThreshold.den,
      fullRefundDays: LIFECYCLE.fullRefundDays,
    },
  };
}
