import { useSyncExternalStore } from 'react';

/** One shared clock for "time left" displays; it ticks every 30 s, which is finer than anything shown. */
const TICK_MS = 30_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((l) => l());
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

function snapshot(): number {
  return now;
}

/** The current time in ms, re-rendering subscribers as it moves. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
