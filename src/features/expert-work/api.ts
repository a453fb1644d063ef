import { apiJson } from '@/api/http-client';
import type { MyStage } from '@/api/schemas/expert-cabinet';

export function fetchMyStages(signal?: AbortSignal): Promise<{ items: MyStage[] }> {
  return apiJson<{ items: MyStage[] }>('/me/stages', { signal });
}
