import {
  PRACTITIONER_LIST_ACTIONS,
  PRACTITIONER_LIST_LIMIT,
  type PractitionerListQuery,
  type PractitionerPage,
} from '../../../../contracts/registry-practitioners.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { allowedActions } from '../../access/policy.ts';
import { visibleClasses } from '../../access/sensitivity.ts';
import { withinAuthorizedRecord } from '../../access/visible-rows.ts';
import { practitioners, vettingChecks } from '../schema.ts';
import { practitionerPolicy } from './policy.ts';
import { detailsOf, presentSummary, recordOf } from './presenter.ts';
import { findCivilSociety, latestVettingOf, pageOfPractitioners } from './repository.ts';
import { practitionerSensitivity } from './sensitivity.ts';

/**
 * One page of an organisation's practitioners, oldest first, each with their latest vetting
 * outcome and the actions the reader may take. The organisation's practitioners as a whole are
 * what the access core judges, so another organisation's coordinator gets 404, as for an
 * organisation that does not exist. The look is recorded: it shows people's vetting status.
 */
export async function listPractitioners(
  tx: Tx,
  access: AccessContext,
  organisationId: string,
  query: PractitionerListQuery,
): Promise<PractitionerPage> {
  const { actor } = access;
  const organisation = await findCivilSociety(tx, actor.tenantId, organisationId);
  if (!organisation) throw notFound();
  const collection = {
    tenantId: organisation.tenantId,
    id: null,
    organisationId,
    userId: null,
    facilityId: null,
  };
  const granted = authorize(access, practitionerPolicy, 'read', collection);

  const limit = query.limit ?? PRACTITIONER_LIST_LIMIT.default;
  const rows = await pageOfPractitioners(
    tx,
    withinAuthorizedRecord(granted, actor, practitioners.tenantId),
    organisationId,
    { accessTier: query.accessTier, suspended: query.suspended },
    { after: query.cursor, limit: limit + 1 },
  );
  const page = rows.slice(0, limit);
  const latest = await latestVettingOf(
    tx,
    withinAuthorizedRecord(granted, actor, vettingChecks.tenantId),
    page.map((row) => row.id),
  );
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'organisation', id: organisationId },
    personId: null,
    details: { view: 'practitioners', count: page.length },
  });
  return {
    items: page.map((row) =>
      presentSummary(
        row,
        latest.get(row.id),
        visibleClasses(practitionerPolicy, practitionerSensitivity, actor, detailsOf(row), {
          breakGlass: false,
        }),
        allowedActions(practitionerPolicy, actor, recordOf(row)),
      ),
    ),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
    actions: PRACTITIONER_LIST_ACTIONS.filter((action) => granted.actions.includes(action)),
  };
}
