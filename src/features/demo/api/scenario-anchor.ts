import { z } from '@/domain/zod';

/**
 * When (on the demo clock) the current scenario was loaded. A scenario's dates are relative
 * to that instant, so a shared link that loads it at the same instant on another machine
 * gets the very same expiry dates — and then moves the clock to where the presenter was.
 * Kept beside the mock's state in this browser's localStorage (tabs share it).
 */
export const SCENARIO_ANCHOR_KEY = 'sc-demo:scenario-start';

const AnchorSchema = z.object({ scenario: z.string(), at: z.iso.datetime({ offset: true }) });
export type ScenarioAnchor = z.infer<typeof AnchorSchema>;

export function rememberScenarioStart(scenario: string, at: string): void {
  try {
    window.localStorage.setItem(SCENARIO_ANCHOR_KEY, JSON.stringify({ scenario, at }));
  } catch {
    // storage unavailable: links fall back to real time as the scenario's start
  }
}

export function scenarioStart(scenario: string): string | undefined {
  try {
    const raw = window.localStorage.getItem(SCENARIO_ANCHOR_KEY);
    const parsed = AnchorSchema.safeParse(raw === null ? undefined : JSON.parse(raw));
    return parsed.success && parsed.data.scenario === scenario ? parsed.data.at : undefined;
  } catch {
    return undefined;
  }
}
