import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  PUBLIC_REGISTER_PATHS,
  type PublicRegister,
  type PublicRegisterSetting,
  type PublicRegisterSettingRequest,
} from '../../../contracts/public-register';
import { createApiClient } from '../../app/api/api-client';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';

const ROOT = ['public-register'] as const;

export const publicRegisterQueryKeys = {
  register: (tenantSlug: string) => [...ROOT, 'register', tenantSlug] as const,
  setting: [...ROOT, 'setting'] as const,
};

/**
 * GET /api/v1/public/registry/{slug}, without a session. The server lets anyone keep a copy but only
 * after asking it again (`Cache-Control: public, no-cache`, with an ETag); this page asks so too
 * (`cache: 'no-cache'`), so that a director who has just withdrawn the register sees it withdrawn.
 */
export function usePublicRegister(tenantSlug: string) {
  const client = useMemo(
    () =>
      createApiClient({
        csrfToken: () => undefined,
        fetch: (input, init) => globalThis.fetch(input, { ...init, cache: 'no-cache' }),
      }),
    [],
  );
  return useQuery({
    queryKey: publicRegisterQueryKeys.register(tenantSlug),
    queryFn: ({ signal }) =>
      client.get<PublicRegister>(PUBLIC_REGISTER_PATHS.register(tenantSlug), { signal }),
    // "Not published" is an answer, not a failure to retry.
    retry: false,
  });
}

/** GET /api/v1/registry/public-register/setting: administrator and director only (`enabled` says so). */
export function usePublicationSetting(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: publicRegisterQueryKeys.setting,
    queryFn: ({ signal }) => client.get<PublicRegisterSetting>(PUBLIC_REGISTER_PATHS.setting, { signal }),
    enabled,
  });
}

/** PUT /api/v1/registry/public-register/setting: publish or withdraw; the answer replaces the setting. */
export function useChangePublication() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: PublicRegisterSettingRequest) =>
      withCurrentCsrfToken(queryClient, client, () =>
        client.request<PublicRegisterSetting>('PUT', PUBLIC_REGISTER_PATHS.setting, { body }),
      ),
    onSuccess: (setting) => {
      queryClient.setQueryData(publicRegisterQueryKeys.setting, setting);
      void queryClient.invalidateQueries({ queryKey: publicRegisterQueryKeys.register(setting.tenantSlug) });
    },
  });
}
