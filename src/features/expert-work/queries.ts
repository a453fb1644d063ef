import { queryOptions } from '@tanstack/react-query';
import { fetchMyStages } from './api';

export const expertWorkKeys = {
  all: ['expert-work'] as const,
  stages: () => [...expertWorkKeys.all, 'stages'] as const,
};

export function myStagesQueryOptions() {
  return queryOptions({ queryKey: expertWorkKeys.stages(), queryFn: ({ signal }) => fetchMyStages(signal) });
}
