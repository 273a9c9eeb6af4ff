import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { PlatformInfo } from '../../../contracts/platform.ts';
import type { Environment } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { readInstallation } from './repository.ts';

export const UI_LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

/** What this installation is: public, so the sign-in page can warn that its data is a demonstration. */
export async function installationRoutes(
  app: FastifyInstance,
  options: { db: Database; version: string; environment: Environment },
) {
  const { db, version, environment } = options;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/platform',
    {
      config: { access: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Name, version and languages of this installation, and whether it holds demonstration data',
        response: { 200: PlatformInfo },
      },
    },
    async () => {
      const state = await db.withoutTenant(readInstallation);
      return {
        name: 'Pathways',
        version,
        environment,
        demoData: state.demoDataLoadedAt !== null,
        languages: UI_LANGUAGES,
      };
    },
  );
}
