import { useQuery } from '@tanstack/react-query';
import {
  type AddReviewEventRequest,
  type ArchiveEntryRequest,
  type EntryList,
  type EntryVersion,
  KNOWLEDGE_PATHS,
  type PublishEntryRequest,
  type RecordPeerReviewRequest,
  type RestoreEntryRequest,
  type ReviewEvent,
  type ReviewTranslationRequest,
} from '../../../contracts/knowledge';
import { AUDIENCES_PATH, type KnowledgeAudiences } from '../../../contracts/knowledge-audiences';
import {
  type ImportReport,
  type ImportRequest,
  PUBLIC_KNOWLEDGE_PATHS,
} from '../../../contracts/knowledge-public';
import { SEARCH_PATHS, type SearchStatistics } from '../../../contracts/knowledge-search';
import type { KnowledgeLanguage } from '../../../contracts/knowledge-taxonomy';
import { useApiClient } from '../../app/session/use-api-client';
import { knowledgeWorkKeys, useEntryWrite } from '../knowledge-contribute/knowledge-api';

// The editors' API: the queue, an entry's conversation and history, the review writes, the
// statistics and the import. Writes answer what the server says; the screens ask again for what changed.

/**
 * The contract names no list wrapper for review events and versions: read either a bare array or an
 * object holding it under its one list property, so the screens do not depend on that choice.
 */
function listOf<T>(answer: unknown, property: string): T[] {
  if (Array.isArray(answer)) return answer as T[];
  if (typeof answer === 'object' && answer !== null) {
    const held = (answer as Record<string, unknown>)[property];
    if (Array.isArray(held)) return held as T[];
  }
  return [];
}

export function useKnowledgeReviewQueue(language: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...knowledgeWorkKeys.queue, language],
    queryFn: () =>
      client.get<EntryList>(`${KNOWLEDGE_PATHS.reviewQueue}?language=${encodeURIComponent(language)}`),
    retry: false,
  });
}

export function useReviewEvents(id: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: knowledgeWorkKeys.events(id),
    queryFn: async () =>
      listOf<ReviewEvent>(await client.get<unknown>(KNOWLEDGE_PATHS.reviewEvents(id)), 'events'),
    enabled,
    retry: false,
  });
}

export function useVersions(id: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: knowledgeWorkKeys.versions(id),
    queryFn: async () =>
      listOf<EntryVersion>(await client.get<unknown>(KNOWLEDGE_PATHS.versions(id)), 'versions'),
    enabled,
    retry: false,
  });
}

export function useStatistics(days: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...knowledgeWorkKeys.root, 'statistics', days],
    queryFn: () => client.get<SearchStatistics>(`${SEARCH_PATHS.statistics}?days=${days}`),
    retry: false,
  });
}

/** Who a restricted entry may be shared with (editors); asked for only once the editor restricts one. */
export function useKnowledgeAudiences(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...knowledgeWorkKeys.root, 'audiences'],
    queryFn: () => client.get<KnowledgeAudiences>(AUDIENCES_PATH),
    enabled,
    retry: false,
  });
}

export const useAddReviewEvent = (id: string) =>
  useEntryWrite((client, body: AddReviewEventRequest) =>
    client.post<unknown>(KNOWLEDGE_PATHS.reviewEvents(id), { body }),
  );

export const useRecordPeerReview = (id: string) =>
  useEntryWrite((client, body: RecordPeerReviewRequest) =>
    client.post<unknown>(KNOWLEDGE_PATHS.peerReviews(id), { body }),
  );

export const usePublish = (id: string) =>
  useEntryWrite((client, body: PublishEntryRequest) =>
    client.post<unknown>(KNOWLEDGE_PATHS.publication(id), { body }),
  );

export const useArchive = (id: string) =>
  useEntryWrite((client, body: ArchiveEntryRequest) =>
    client.post<unknown>(KNOWLEDGE_PATHS.archive(id), { body }),
  );

export const useRestore = (id: string) =>
  useEntryWrite((client, body: RestoreEntryRequest) =>
    client.post<unknown>(KNOWLEDGE_PATHS.restore(id), { body }),
  );

/** Marks one language's text reviewed, on the entry's version as shown (409 if it changed since). */
export const useMarkTranslationReviewed = (id: string) =>
  useEntryWrite((client, { language, version }: { language: KnowledgeLanguage } & ReviewTranslationRequest) =>
    client.post<unknown>(KNOWLEDGE_PATHS.translationReview(id, language), {
      body: { version } satisfies ReviewTranslationRequest,
    }),
  );

export const useImport = () =>
  useEntryWrite((client, body: ImportRequest) =>
    client.post<ImportReport>(PUBLIC_KNOWLEDGE_PATHS.import, { body }),
  );
