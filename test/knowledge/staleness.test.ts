import { describe, expect, it } from 'vitest';
import { type EntryList, KNOWLEDGE_PATHS as PATHS } from '../../src/contracts/knowledge.ts';
import { runStalenessRound } from '../../src/server/modules/knowledge/staleness/run-staleness-round.ts';
import { loadConfig } from '../../src/server/platform/config/config.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, insertEntry, setUpKnowledge, storedEntry, versionCount } from './knowledge-world.ts';

// The staleness round at a fixed `now`: published entries not updated for the configured days are
// flagged (once, however many rounds run), those flagged long enough are archived and leave the
// search; drafts and fresh entries are left alone; an editor's change clears the flag.

const NOW = new Date('2030-06-01T03:00:00Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe(`the staleness round on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpKnowledge(database);
  const config = loadConfig({
    PATHWAYS_KNOWLEDGE_STALE_AFTER_DAYS: '365',
    PATHWAYS_KNOWLEDGE_ARCHIVE_AFTER_DAYS: '90',
  });

  it('reads its settings with defaults of two years and six months', () => {
    expect(loadConfig({}).knowledge).toEqual({
      staleAfterDays: 730,
      archiveAfterDays: 180,
      searchLogDays: 400,
    });
    expect(() => loadConfig({ PATHWAYS_KNOWLEDGE_SEARCH_LOG_DAYS: '30' })).toThrow(
      /PATHWAYS_KNOWLEDGE_SEARCH_LOG_DAYS/,
    );
    expect(() => loadConfig({ PATHWAYS_KNOWLEDGE_STALE_AFTER_DAYS: 'never' })).toThrow(
      /PATHWAYS_KNOWLEDGE_STALE_AFTER_DAYS must be a whole number/,
    );
  });

  it('flags old entries once, archives long-stale ones, and leaves the rest', async () => {
    const { tenant, members, clients } = setUp.world();
    const entry = (options: Partial<Parameters<typeof insertEntry>[1]>) =>
      insertEntry(database(), { tenantId: tenant.id, proposedBy: members.contributor.id, ...options });
    const old = await entry({ updatedAt: daysBefore(400) });
    const fresh = await entry({ updatedAt: daysBefore(100) });
    const oldDraft = await entry({ status: 'draft', updatedAt: daysBefore(900) });
    const longStale = await entry({ updatedAt: daysBefore(900) });
    await database().superuser('update knowledge_entries set stale_since = $2 where id = $1', [
      longStale,
      daysBefore(120),
    ]);

    const first = await runStalenessRound(database().db, config, NOW);
    expect(first.failures).toEqual([]);
    const second = await runStalenessRound(database().db, config, NOW);
    expect(second).toMatchObject({ flagged: 0, archived: 0 });

    expect(await storedEntry(database(), old)).toMatchObject({
      status: 'inspiring',
      stale_since: new Date(NOW),
      version: 2,
    });
    expect(await versionCount(database(), old)).toBe(2);
    expect(await storedEntry(database(), fresh)).toMatchObject({ stale_since: null, version: 1 });
    expect(await storedEntry(database(), oldDraft)).toMatchObject({
      status: 'draft',
      stale_since: null,
      version: 1,
    });
    expect(await storedEntry(database(), longStale)).toMatchObject({
      status: 'archived',
      archived_at: new Date(NOW),
    });
    expect(
      await database().superuser('select 1 from knowledge_search where entry_id = $1', [longStale]),
    ).toHaveLength(0);
    const events = await database().superuser<{ kind: string }>(
      'select kind from knowledge_review_events where entry_id = any($1) order by kind',
      [[old, longStale]],
    );
    expect(events.map((row) => row.kind)).toEqual(['archived', 'flagged_stale']);

    const queue = (await call(setUp.app(), clients.editor, 'GET', PATHS.reviewQueue)).json<EntryList>();
    expect(queue.entries.find((row) => row.id === old)?.waitingSince).toBe(NOW.toISOString());

    const changed = await call(setUp.app(), clients.editor, 'PATCH', PATHS.entry(old), {
      version: 2,
      country: 'MA',
    });
    expect(changed.json()).toMatchObject({ staleSince: null, version: 3 });
  });

  it('forgets the searches older than the search log keeps them, public and of every tenant', async () => {
    const { tenant, otherTenant } = setUp.world();
    const log = (tenantId: string | null, query: string, daysAgo: number) =>
      database().superuser(
        `insert into knowledge_search_log (tenant_id, query, language, result_count, searched_at)
         values ($1, $2, 'en', 0, $3)`,
        [tenantId, query, daysBefore(daysAgo)],
      );
    await log(null, 'forget: public, old', 401);
    await log(tenant.id, 'forget: tenant, old', 450);
    await log(otherTenant.id, 'forget: other tenant, old', 800);
    await log(null, 'forget: public, recent', 399);
    await log(tenant.id, 'forget: tenant, recent', 10);
    await log(otherTenant.id, 'forget: other tenant, recent', 1);

    const round = await runStalenessRound(database().db, config, NOW);
    expect(round.failures).toEqual([]);
    expect(round.searchesForgotten).toBeGreaterThanOrEqual(3);
    const kept = await database().superuser<{ query: string }>(
      `select query from knowledge_search_log where query like 'forget:%' order by query`,
    );
    expect(kept.map((row) => row.query)).toEqual([
      'forget: other tenant, recent',
      'forget: public, recent',
      'forget: tenant, recent',
    ]);
  });
});
