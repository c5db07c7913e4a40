/**
 * Bulk URL Operations Hooks
 */

'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { urlKeys } from '@/hooks/use-url';
import type {
  BulkCreateUrlDto,
  BulkCreateResultDto,
  BulkUpdateUrlDto,
  BulkUpdateResultDto,
  BulkDeleteUrlDto,
  BulkDeleteResultDto,
  CreateUrlDto,
  BulkUpdateOperation,
  BulkUpdateOperationType,
} from '@/lib/api/schemas';

// Re-export types for consumers of this hook
export type {
  BulkCreateUrlDto,
  BulkCreateResultDto,
  BulkUpdateUrlDto,
  BulkUpdateResultDto,
  BulkDeleteUrlDto,
  BulkDeleteResultDto,
  CreateUrlDto,
  BulkUpdateOperation,
  BulkUpdateOperationType,
};

// ==================== API Functions ====================

async function bulkCreateUrls(
  data: BulkCreateUrlDto,
): Promise<BulkCreateResultDto> {
  return apiClient.post<BulkCreateResultDto>(
    '/api/urls/bulk',
    data,
  );
}

async function bulkUpdateUrls(
  data: BulkUpdateUrlDto,
): Promise<BulkUpdateResultDto> {
  return apiClient.patch<BulkUpdateResultDto>(
    '/api/urls/bulk',
    data,
  );
}

async function bulkDeleteUrls(
  data: BulkDeleteUrlDto,
): Promise<BulkDeleteResultDto> {
  return apiClient.delete<BulkDeleteResultDto>('/api/urls/bulk', {
    data: data,
  });
}

// ==================== Hooks ====================

/**
 * Bulk create URLs
 */
export function useBulkCreateUrls() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (urls: CreateUrlDto[]) => bulkCreateUrls({ urls }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: urlKeys.lists() });
    },
  });
}

/**
 * Bulk update URLs
 */
export function useBulkUpdateUrls() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: ({
      urlIds,
      operation,
    }: {
      urlIds: string[];
      operation: BulkUpdateOperation;
    }) => bulkUpdateUrls({ urlIds, operation }),
    onSuccess: (_, variables) => {
      queryClient.invalidateQueries({ queryKey: urlKeys.lists() });
      // Invalidate individual URL details
      for (const id of variables.urlIds) {
        queryClient.invalidateQueries({ queryKey: urlKeys.detail(id) });
      }
    },
  });
}

/**
 * Bulk delete URLs
 */
export function useBulkDeleteUrls() {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (urlIds: string[]) => bulkDeleteUrls({ urlIds }),
    onSuccess: (_, urlIds) => {
      queryClient.invalidateQueries({ queryKey: urlKeys.lists() });
      for (const id of urlIds) {
        queryClient.removeQueries({ queryKey: urlKeys.detail(id) });
      }
    },
  });
}
