import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type Entry,
  type EntryList,
  KNOWLEDGE_PATHS,
  type ProposeEntryRequest,
  type SaveTranslationRequest,
  type SubmitEntryRequest,
  type UpdateEntryRequest,
} from '../../../contracts/knowledge';
import type { KnowledgeLanguage } from '../../../contracts/knowledge-taxonomy';
import type { ApiClient } from '../../app/api/api-client';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';

// The signed-in API of one entry as contributors and editors use it. Every write answers nothing the
// screens rely on: what changed (the entry, the lists that summarise it) is asked again, so a page
// always shows the entry as the server holds it after the write.

export const knowledgeWorkKeys = {
  root: ['knowledge-work'] as const,
  entry: (id: string) => ['knowledge-work', 'entry', id] as const,
  mine: ['knowledge-work', 'mine'] as const,
  queue: ['knowledge-work', 'review-queue'] as const,
  events: (id: string) => ['knowledge-work', 'entry', id, 'events'] as const,
  versions: (id: string) => ['knowledge-work', 'entry', id, 'versions'] as const,
};

export function useWorkEntry(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: knowledgeWorkKeys.entry(id),
    queryFn: () => client.get<Entry>(KNOWLEDGE_PATHS.entry(id)),
    retry: false,
  });
}

export function useMyEntries(language: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...knowledgeWorkKeys.mine, language],
    queryFn: () => client.get<EntryList>(`${KNOWLEDGE_PATHS.mine}?language=${encodeURIComponent(language)}`),
    retry: false,
  });
}

/** After any write to an entry: the entry, its conversation, history and the lists showing it. */
export function entryChanged(queryClient: QueryClient, id: string) {
  void queryClient.invalidateQueries({ queryKey: knowledgeWorkKeys.root });
  void queryClient.invalidateQueries({ queryKey: ['knowledge'] });
  return queryClient.invalidateQueries({ queryKey: knowledgeWorkKeys.entry(id) });
}

/** A write with the session's CSRF token, refreshed once if it changed under this tab. */
export function useEntryWrite<Body, Answer>(send: (client: ApiClient, body: Body) => Promise<Answer>) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: Body) => withCurrentCsrfToken(queryClient, client, () => send(client, body)),
  });
}

/** POST entries: a new draft in the language it is written in. */
export function useProposeEntry() {
  const queryClient = useQueryClient();
  const write = useEntryWrite((client, body: ProposeEntryRequest) =>
    client.post<Entry>(KNOWLEDGE_PATHS.entries, { body }),
  );
  return {
    ...write,
    propose: async (body: ProposeEntryRequest) => {
      const entry = await write.mutateAsync(body);
      queryClient.setQueryData(knowledgeWorkKeys.entry(entry.id), entry);
      void queryClient.invalidateQueries({ queryKey: knowledgeWorkKeys.mine });
      return entry;
    },
  };
}

/** PATCH entry: its language-independent fields, on the version it was read at. */
export function updateEntry(client: ApiClient, id: string, body: UpdateEntryRequest) {
  return client.request<Entry>('PATCH', KNOWLEDGE_PATHS.entry(id), { body });
}

/** PUT translation: the text in one language, on the version it was read at. */
export function saveTranslation(
  client: ApiClient,
  id: string,
  language: KnowledgeLanguage,
  body: SaveTranslationRequest,
) {
  return client.request<Entry>('PUT', KNOWLEDGE_PATHS.translation(id, language), { body });
}

export function submitEntry(client: ApiClient, id: string, body: SubmitEntryRequest) {
  return client.post<unknown>(KNOWLEDGE_PATHS.submit(id), { body });
}
