// Data many pages share, loaded once and kept until it may have changed.

import { api } from './api';
import type { Plan } from './types';

let planPromise: Promise<Plan> | null = null;
let unitNamesPromise: Promise<Map<string, string>> | null = null;

export function loadPlan(): Promise<Plan> {
  planPromise ??= api.plan().catch((error: unknown) => {
    planPromise = null;
    throw error;
  });
  return planPromise;
}

/** Unit and unit group names by key: groups from the plan, units from /api/units. */
export function loadUnitNames(): Promise<Map<string, string>> {
  unitNamesPromise ??= Promise.all([loadPlan(), api.units()])
    .then(([plan, { units }]) => {
      const names = new Map<string, string>();
      for (const unit of plan.units) names.set(unit.key, unit.name);
      for (const unit of units) names.set(unit.key, unit.name);
      return names;
    })
    .catch((error: unknown) => {
      unitNamesPromise = null;
      throw error;
    });
  return unitNamesPromise;
}

/** After a plan import changed the plan: every page loads it again. */
export function forgetPlan(): void {
  planPromise = null;
  unitNamesPromise = null;
}

/** After units are added or renamed. */
export function forgetUnitNames(): void {
  unitNamesPromise = null;
}

export function unitName(names: Map<string, string>, key: string): string {
  return names.get(key) ?? key;
}
