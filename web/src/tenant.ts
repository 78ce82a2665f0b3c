// Which ward the application is about: the deployment's wards (GET /api/wards), the account's
// own ward or the province, and the ward a province account is reading (read-only) for now.

import { api, setWardHeader } from './api';
import { forgetPlan } from './data';
import type { Role, Session, WardList, WardRef } from './types';

/** The tenant of a province session (GET /api/session, POST /api/login "ward"). */
export const PROVINCE = 'province';

const provinceRoles: Role[] = ['province_admin', 'province_officer'];

export function isProvinceRole(role: Role): boolean {
  return provinceRoles.includes(role);
}

/** A province account: it reads the wards and writes nothing in them. */
export function isProvinceSession(session: Session): boolean {
  return session.tenant === PROVINCE || isProvinceRole(session.user.role);
}

let wardsPromise: Promise<WardList> | null = null;

/** The deployment's wards, asked once; a server that cannot say counts as one ward. */
export function loadWards(): Promise<WardList> {
  wardsPromise ??= api.wards().catch((error: unknown) => {
    wardsPromise = null;
    console.warn(error);
    return { wards: [], province: false };
  });
  return wardsPromise;
}

/** Whether people choose a ward when they log in: several wards, or a province above them. */
export function hasManyWards(list: WardList): boolean {
  return list.wards.length > 1 || list.province;
}

// The login page remembers the last ward chosen (this browser, across sessions).
const lastWardKey = 'parindex.ward';

export function rememberedWard(): string {
  try {
    return localStorage.getItem(lastWardKey) ?? '';
  } catch {
    return '';
  }
}

export function rememberWard(code: string): void {
  try {
    localStorage.setItem(lastWardKey, code);
  } catch {
    // A browser that keeps nothing asks again next time.
  }
}

// The ward a province account is reading, kept for the tab (a reload stays on it).
const viewingKey = 'parindex.viewing-ward';
let viewing: WardRef | null = null;

export function viewingWard(): WardRef | null {
  return viewing;
}

/** Every request from now on reads this ward's data (null: the province's own pages). */
export function setViewingWard(ward: WardRef | null): void {
  if (viewing?.code === ward?.code) return;
  viewing = ward;
  setWardHeader(ward?.code ?? '');
  forgetPlan();
  try {
    if (ward) sessionStorage.setItem(viewingKey, JSON.stringify(ward));
    else sessionStorage.removeItem(viewingKey);
  } catch {
    // Kept in memory only.
  }
}

/** After a reload: the ward the tab was reading, when the session is a province one. */
export function restoreViewingWard(session: Session | null): void {
  if (!session || !isProvinceSession(session)) {
    setViewingWard(null);
    return;
  }
  try {
    const stored = JSON.parse(sessionStorage.getItem(viewingKey) ?? 'null') as WardRef | null;
    if (stored && typeof stored.code === 'string' && typeof stored.name === 'string') setViewingWard(stored);
  } catch {
    setViewingWard(null);
  }
}
