/** Small values (ids, session, recent orders) in localStorage, or in memory when it is missing or consent is pending. */
export interface Local {
  _get(key: string): string | undefined;
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
  return {
    _get(key) {
      if (key in memory) return memory[key];
      try {
        return localStorage.getItem(prefix + key) ?? undefined;
      } catch {
        return undefined;
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
