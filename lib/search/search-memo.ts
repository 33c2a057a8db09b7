import "server-only";
import { LRUCache } from "lru-cache";

/** When a kept answer still holds: the stamp it was computed at, and an interval of the clock. */
export interface MemoValidity {
  stamp: string;
  /** Database instants (ms) between which the answer holds; `from` is when it was computed. */
  from: number;
  until: number;
}

interface Kept extends MemoValidity {
  value: Promise<unknown>;
}

const memos = new Set<SearchMemo>();

/** Forgets every kept answer: for a benchmark that measures searches as first asked. */
export function forgetSearchMemos(): void {
  for (const memo of memos) memo.forget();
}

/**
 * Answers of searches kept per process while the change stamp they were computed at stays the
 * same and the clock is within their interval; concurrent askers share one computation, a
 * failed one is not kept. The minute's bound covers the one change a count-and-latest stamp can
 * miss: a write committed after a later one (its timestamp is not the greatest).
 */
export class SearchMemo {
  private readonly kept = new LRUCache<string, Kept>({ max: 1000, ttl: 60_000 });

  constructor() {
    memos.add(this);
  }

  remember<T>(key: string, validity: MemoValidity, compute: () => Promise<T>): Promise<T> {
    const hit = this.kept.get(key);
    if (
      hit &&
      hit.stamp === validity.stamp &&
      hit.from <= validity.from &&
      validity.from < hit.until
    ) {
      return hit.value as Promise<T>;
    }
    const value = compute();
    const entry = { ...validity, value };
    this.kept.set(key, entry);
    value.catch(() => {
      if (this.kept.peek(key) === entry) this.kept.delete(key);
    });
    return value;
  }

  forget(): void {
    this.kept.clear();
  }
}
