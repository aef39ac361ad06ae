/** Small values (ids, session, recent orders) in localStorage, or in memory when it is missing or consent is pending. */
export interface Local {
  _get(key: string): string | undefined;
  /** The JSON value stored under `key`: `undefined` when missing or corrupt. */
  _json<T>(key: string): T | undefined;
  _set(key: string, value: string): void;
  /** Consent granted: write what was kept in memory and persist from now on. */
  _persist(): void;
}

export const createLocal = (prefix: string, persist: boolean): Local => {
  const memory: Record<string, string> = {};
  const write = (key: string, value: string) => {
    try {
      localStorage.setItem(prefix + key, value);
    } catch {
      // missing, disabled or full: memory keeps it for this page
    }
  };
  const get = (key: string) => {
    if (key in memory) return memory[key];
    try {
      return localStorage.getItem(prefix + key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    _get: get,
    _json(key) {
      try {
        return JSON.parse(get(key)!);
      } catch {
        return undefined; // missing (JSON.parse(undefined) throws) or corrupt
      }
    },
    _set(key, value) {
      memory[key] = value;
      if (persist) write(key, value);
    },
    _persist() {
      persist = true;
      for (const key in memory) write(key, memory[key]!);
    },
  };
};
