/** A journal in this process's memory: for tests, and for code that wants the journal's bookkeeping only. */
import type { Journal, JournalEntry } from "./journal.js";

/** A journal in memory: it dies with the process, so it protects nothing against a crash. */
export function memoryJournal(): Journal {
  const entries = new Map<string, JournalEntry>();
  let claimed = false;
  return {
    async put(entry) {
      entries.set(entry.id, structuredClone(entry));
    },
    async close(id) {
      entries.delete(id);
    },
    async pending() {
      return [...entries.values()].map((entry) => structuredClone(entry));
    },
    async claim() {
      if (claimed) return null;
      claimed = true;
      return async () => {
        claimed = false;
      };
    },
  };
}
