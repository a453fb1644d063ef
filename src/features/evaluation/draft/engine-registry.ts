import type { QueryClient } from '@tanstack/react-query';
import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import { DraftEngine, type DraftTimings, type EngineLifecycle } from './draft-engine';
import { findLocalDraft, type FoundLocalDraft } from './local-lookup';
import { localDraftKey } from './local-store';

/**
 * One engine per sheet and app instance (QueryClient): every component showing a sheet shares it,
 * and coming back to a sheet whose last save is still in flight finds that save, not a stale copy.
 */
const registries = new WeakMap<QueryClient, Map<string, DraftEngine>>();
/** Engines listening to the browser (mounted, or finishing their last save). */
const live = new Set<DraftEngine>();
/** Local writes of stopped engines, which a successor's look-up waits for. */
const lastWrites = new Map<string, Promise<void>>();
/** Copies looked up by a route loader ahead of the first render. */
const preloaded = new Map<string, FoundLocalDraft | null>();

function registryOf(queryClient: QueryClient): Map<string, DraftEngine> {
  let registry = registries.get(queryClient);
  if (registry === undefined) {
    registry = new Map();
    registries.set(queryClient, registry);
  }
  return registry;
}

const lifecycle: EngineLifecycle = {
  started: (engine) => {
    live.add(engine);
    const registry = registryOf(engine.queryClient);
    if (!registry.has(engine.key)) registry.set(engine.key, engine);
  },
  stopped: (engine) => {
    live.delete(engine);
    const registry = registryOf(engine.queryClient);
    if (registry.get(engine.key) === engine) registry.delete(engine.key);
    const writes = engine.pendingWrites();
    lastWrites.set(engine.key, writes);
    void writes.then(() => {
      if (lastWrites.get(engine.key) === writes) lastWrites.delete(engine.key);
    });
  },
};

export function draftKeyOf(userId: string, context: EvaluationContext): string {
  return localDraftKey(userId, context.assignment.id, context.criteriaSet.version);
}

/** Idempotent, so calling it during render is safe: the same key always gets the same engine. */
export function obtainDraftEngine(
  queryClient: QueryClient,
  userId: string,
  context: EvaluationContext,
  timings: DraftTimings,
): DraftEngine {
  const key = draftKeyOf(userId, context);
  const registry = registryOf(queryClient);
  const existing = registry.get(key);
  if (existing !== undefined) return existing;
  const found = preloaded.get(key);
  preloaded.delete(key);
  const engine = new DraftEngine(
    {
      key,
      userId,
      context,
      queryClient,
      timings,
      ...(found === undefined ? {} : { preloaded: found }),
      ...(lastWrites.has(key) ? { before: lastWrites.get(key) } : {}),
    },
    lifecycle,
  );
  registry.set(key, engine);
  return engine;
}

/**
 * For the evaluation route's loader: looks for a copy on this device before the first render, so
 * a restored draft appears at once instead of replacing the server copy a moment later.
 */
export async function preloadSheetDraft(userId: string, context: EvaluationContext): Promise<void> {
  const key = draftKeyOf(userId, context);
  if ([...live].some((engine) => engine.key === key)) return;
  try {
    await lastWrites.get(key);
    preloaded.set(key, await findLocalDraft(key, userId, context));
  } catch (error) {
    // The engine looks again when it mounts.
    console.warn('Could not read the local copy of the sheet', error);
  }
}

/** Resolves when no draft has a save, a local write or a shutdown under way. */
export async function settleDraftEngines(): Promise<void> {
  await Promise.all([...live].map((engine) => engine.whenSettled()));
  await Promise.all([...lastWrites.values()]);
}

/** How long logout waits for the last saves: long enough for a normal request, never a hang. */
const LOGOUT_FLUSH_MS = 2000;

/**
 * Logout: unsent edits get one bounded chance to reach the server, then every engine of the user
 * stops, so none writes a copy after the copies are deleted.
 */
export async function closeDraftEnginesOf(userId: string): Promise<void> {
  const engines = [...live].filter((engine) => engine.userId === userId);
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.all(engines.map((engine) => engine.flush())),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, LOGOUT_FLUSH_MS);
    }),
  ]);
  clearTimeout(timer);
  for (const engine of engines) engine.close();
  for (const key of [...preloaded.keys()]) if (key.startsWith(`${userId}:`)) preloaded.delete(key);
  await Promise.all(engines.map((engine) => engine.pendingWrites()));
}
