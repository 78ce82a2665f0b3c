// Hash routing: the server serves only index.html at "/", so every page lives after "#".

export type Route =
  | { page: 'dashboard' }
  | { page: 'login' }
  | { page: 'plan' }
  | { page: 'task'; code: string; reportId: number | null }
  | { page: 'units' }
  | { page: 'unit'; key: string }
  | { page: 'inbox' }
  | { page: 'obstacles' }
  | { page: 'dossiers' }
  | { page: 'scores' }
  | { page: 'documents' }
  | { page: 'admin' }
  | { page: 'public'; ward: string | null }
  | { page: 'province' }
  | { page: 'not_found' };

const seg = encodeURIComponent;

export const links = {
  dashboard: '#/',
  login: '#/dang-nhap',
  plan: '#/ke-hoach',
  task: (code: string, reportId?: number | null) =>
    reportId ? `#/nhiem-vu/${seg(code)}/bao-cao/${reportId}` : `#/nhiem-vu/${seg(code)}`,
  units: '#/don-vi',
  unit: (key: string) => `#/don-vi/${seg(key)}`,
  inbox: '#/viec-cua-toi',
  obstacles: '#/vuong-mac',
  dossiers: '#/ho-so',
  scores: '#/diem',
  documents: '#/bao-cao',
  admin: '#/quan-tri',
  public: '#/cong-khai',
  /** The public page of one ward, in a deployment of many. */
  publicWard: (code: string) => `#/cong-khai/${seg(code)}`,
  province: '#/tinh',
};

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  const [first, second, third, fourth] = parts;
  if (parts.length === 0) return { page: 'dashboard' };
  if (parts.length === 1) {
    const pages: Record<string, Route> = {
      'dang-nhap': { page: 'login' },
      'ke-hoach': { page: 'plan' },
      'don-vi': { page: 'units' },
      'viec-cua-toi': { page: 'inbox' },
      'vuong-mac': { page: 'obstacles' },
      'ho-so': { page: 'dossiers' },
      diem: { page: 'scores' },
      'bao-cao': { page: 'documents' },
      'quan-tri': { page: 'admin' },
      'cong-khai': { page: 'public', ward: null },
      tinh: { page: 'province' },
    };
    return pages[first!] ?? { page: 'not_found' };
  }
  if (first === 'nhiem-vu' && second && parts.length === 2) return { page: 'task', code: second, reportId: null };
  if (first === 'nhiem-vu' && second && third === 'bao-cao' && fourth && parts.length === 4) {
    return { page: 'task', code: second, reportId: Number(fourth) || null };
  }
  if (first === 'don-vi' && second && parts.length === 2) return { page: 'unit', key: second };
  if (first === 'cong-khai' && second && parts.length === 2) return { page: 'public', ward: second };
  return { page: 'not_found' };
}

export function navigate(hash: string): void {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}
