import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  AddCourseRequest,
  ChangeRequirementsRequest,
  CourseCatalogue,
  CourseParams,
  RequirementParams,
  UpdateCourseRequest,
} from '../../../../contracts/registry-training.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { REGISTRY_ROLES } from '../registry-roles.ts';
import { getCatalogue } from './catalogue.ts';
import { addCourse, changeCourse, changeRequirements } from './keep-catalogue.ts';

// The catalogue is read by every registry role and by case managers (prison staff take courses);
// who may change what is the catalogue policies' say (catalogue-policy.ts): 403 for a reader who
// may not, 404 for another tenant's course or facility.
const CATALOGUE_READERS = { access: { roles: [...REGISTRY_ROLES, 'case_manager'] } } as const;
const READ_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const WRITE_ERRORS = { ...READ_ERRORS, 409: Problem };
const TAGS = ['registry'];

/** The course catalogue and which courses each facility requires of each access tier. */
export async function courseCatalogueRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    '/api/v1/registry/courses',
    {
      config: CATALOGUE_READERS,
      schema: {
        tags: TAGS,
        summary: 'The course catalogue, with the requirements of every facility per access tier',
        response: { 200: CourseCatalogue, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const catalogue = await withAccess(db, request, (tx, access) => getCatalogue(tx, access));
      return reply.header('cache-control', 'no-store').send(catalogue);
    },
  );

  routes.post(
    '/api/v1/registry/courses',
    {
      config: CATALOGUE_READERS,
      schema: {
        tags: TAGS,
        summary: 'Add a course to the catalogue (administrator); audited',
        body: AddCourseRequest,
        response: { 201: CourseCatalogue, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const catalogue = await withAccess(db, request, (tx, access) => addCourse(tx, access, request.body));
      return reply.code(201).header('cache-control', 'no-store').send(catalogue);
    },
  );

  routes.patch(
    '/api/v1/registry/courses/:id',
    {
      config: CATALOGUE_READERS,
      schema: {
        tags: TAGS,
        summary: 'Rename a course or change its validity (administrator); audited',
        params: CourseParams,
        body: UpdateCourseRequest,
        response: { 200: CourseCatalogue, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const catalogue = await withAccess(db, request, (tx, access) =>
        changeCourse(tx, access, request.params.id, request.body),
      );
      return reply.header('cache-control', 'no-store').send(catalogue);
    },
  );

  routes.put(
    '/api/v1/registry/facilities/:facilityId/course-requirements/:accessTier',
    {
      config: CATALOGUE_READERS,
      schema: {
        tags: TAGS,
        summary:
          'Replace the courses a facility requires of an access tier (administrator, the facility’s director); audited',
        params: RequirementParams,
        body: ChangeRequirementsRequest,
        response: { 200: CourseCatalogue, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { facilityId, accessTier } = request.params;
      const catalogue = await withAccess(db, request, (tx, access) =>
        changeRequirements(tx, access, facilityId, accessTier, request.body),
      );
      return reply.header('cache-control', 'no-store').send(catalogue);
    },
  );
}
