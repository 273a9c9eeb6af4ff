import { createHash } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  PUBLIC_REGISTER_PATHS,
  PublicRegister,
  PublicRegisterParams,
  PublicRegisterSetting,
  PublicRegisterSettingRequest,
} from '../../../../contracts/public-register.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { changePublicationSetting, getPublicationSetting } from './publication-setting.ts';
import { readPublicRegister } from './read-public-register.ts';

// The prison service decides whether its register is public: administrator and directors (others
// 403 from the marking, audited). The register itself is public: anyone, no session, no CSRF (it
// only reads). The app-wide per-address rate limit (platform/http/rate-limit.ts) covers it as
// every /api route.
const PUBLISHERS = { access: { roles: ['administrator', 'director'] } } as const;
const ANYONE = { access: 'public' } as const;

const SETTING_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

// Anyone (browsers, proxies) may keep a copy of the register, but must ask the server again before
// each use (`no-cache`), so that a withdrawal or a revocation shows at once everywhere. The ETag lets
// a copy still current be confirmed with a 304 and no body. A 404, as every problem, is `no-store`.
const REGISTER_CACHE_CONTROL = 'public, no-cache';

/** A weak validator of the register's content: the same register, the same tag. */
const entityTag = (register: PublicRegister) =>
  `W/"${createHash('sha256').update(JSON.stringify(register)).digest('base64url')}"`;

/** Whether If-None-Match names this tag (weak comparison, as RFC 9110 §13.1.2 has it), or is `*`. */
function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (candidate: string) => candidate.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((given) => opaque(given) === opaque(tag));
}

/** The public register of accredited organisations, and its setting. */
export async function publicRegisterRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    PUBLIC_REGISTER_PATHS.setting,
    {
      config: PUBLISHERS,
      schema: {
        tags: ['registry'],
        summary: 'Whether the prison service’s register of accredited organisations is public',
        response: { 200: PublicRegisterSetting, ...SETTING_ERRORS },
      },
    },
    async (request, reply) => {
      const setting = await withAccess(db, request, (tx, access) => getPublicationSetting(tx, access));
      return reply.header('cache-control', 'no-store').send(setting);
    },
  );

  routes.put(
    PUBLIC_REGISTER_PATHS.setting,
    {
      config: PUBLISHERS,
      schema: {
        tags: ['registry'],
        summary:
          'Publish (public: true) or withdraw (false) the register of accredited organisations; audited',
        body: PublicRegisterSettingRequest,
        response: { 200: PublicRegisterSetting, ...SETTING_ERRORS },
      },
    },
    async (request, reply) => {
      const setting = await withAccess(db, request, (tx, access) =>
        changePublicationSetting(tx, access, request.body),
      );
      return reply.header('cache-control', 'no-store').send(setting);
    },
  );

  routes.get(
    '/api/v1/public/registry/:tenantSlug',
    {
      config: ANYONE,
      schema: {
        tags: ['registry'],
        summary:
          'A prison service’s published register: accredited (and suspended) organisations with their areas and validity; 404 when not published',
        params: PublicRegisterParams,
        response: {
          200: PublicRegister,
          304: Type.Null({ description: 'The copy named by If-None-Match is still the register' }),
          400: Problem,
          404: Problem,
        },
      },
    },
    async (request, reply) => {
      const register = await readPublicRegister(db, request.params.tenantSlug);
      const tag = entityTag(register);
      reply.header('cache-control', REGISTER_CACHE_CONTROL).header('etag', tag);
      if (matchesTag(request.headers['if-none-match'], tag)) return reply.code(304).send(null);
      return reply.send(register);
    },
  );
}
