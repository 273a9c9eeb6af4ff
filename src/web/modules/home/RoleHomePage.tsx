import { List, Stack, Title } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SignedIn } from '../../../contracts/identity';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { bidiIsolate } from '../../i18n/bidi';
import classes from './home.module.css';
import { RoleList } from './RoleList';
import { familyHomesFor, type PlannedCapability } from './role-families';

/**
 * The signed-in user's home: who they are, where they work, the roles they hold and, per role
 * family, what they will be able to do here. The modules arrive in later versions; until then the
 * page lists plans in words and shows no figures, so nothing on it can be mistaken for real data.
 */
export function RoleHomePage({ session }: { session: SignedIn }) {
  const { t } = useTranslation();
  usePageTitle(t('roleHome.pageTitle'));
  const rolesHeadingId = useId();
  const homes = familyHomesFor(session.roles.map((held) => held.role));

  return (
    <Stack
      gap="xl"
      data-testid="role-home"
      data-families={homes.map((home) => home.family.id).join(' ')}
      className={pageClasses.page}
    >
      <Stack gap="xs">
        <Title order={1}>{t('roleHome.welcome', { name: bidiIsolate(session.user.displayName) })}</Title>
        <dl className={classes.facts}>
          <dt>{t('roleHome.organisation')}</dt>
          {/* <bdi>: names in any script, isolated, while the line keeps the page's alignment. */}
          <dd data-testid="role-home-organisation">
            <bdi>{session.organisation.name}</bdi>
          </dd>
          <dt>{t('roleHome.service')}</dt>
          <dd data-testid="role-home-tenant">
            <bdi>{session.tenant.name}</bdi>
          </dd>
          <dt>{t('roleHome.username')}</dt>
          <dd>
            <bdi>{session.user.username}</bdi>
          </dd>
        </dl>
      </Stack>

      <section aria-labelledby={rolesHeadingId}>
        <Title order={2} id={rolesHeadingId} size="h3" mb="sm">
          {t('roleHome.rolesHeading')}
        </Title>
        <RoleList session={session} />
      </section>

      {homes.map(({ family, capabilities }) => (
        <section
          key={family.id}
          aria-labelledby={`family-${family.id}`}
          data-testid={`role-home-${family.id}`}
          className={classes.family}
        >
          <Title order={2} id={`family-${family.id}`} size="h3" mb="xs">
            {t(family.headingKey)}
          </Title>
          <p className={classes.intro}>{t(family.introKey)}</p>
          <CapabilityList
            headingKey="roleHome.availableHeading"
            capabilities={capabilities.filter((capability) => capability.to !== undefined)}
          />
          <CapabilityList
            headingKey="roleHome.plannedHeading"
            capabilities={capabilities.filter((capability) => capability.to === undefined)}
          />
        </section>
      ))}

      <p className={pageClasses.note}>{t('roleHome.modulesArriving')}</p>
    </Stack>
  );
}

/** The screens a family can open now (linked), or the plans still to come; nothing when empty. */
function CapabilityList({
  headingKey,
  capabilities,
}: {
  headingKey: ParseKeys;
  capabilities: readonly PlannedCapability[];
}) {
  const { t } = useTranslation();
  if (capabilities.length === 0) return null;
  return (
    <>
      <Title order={3} size="h5" mb="xs">
        {t(headingKey)}
      </Title>
      <List spacing="xs" className={pageClasses.plannedList} mb="sm">
        {capabilities.map((capability) => (
          <List.Item key={capability.labelKey}>
            {capability.to ? (
              <Link to={capability.to}>{t(capability.labelKey)}</Link>
            ) : (
              t(capability.labelKey)
            )}
          </List.Item>
        ))}
      </List>
    </>
  );
}
