import { Anchor, Button, Group } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PUBLIC_REGISTER_PATHS } from '../../../contracts/public-register';
import { describeRequestError } from '../../app/api/error-message';
import { useSession } from '../../app/session/session-query';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { formatInstant } from '../registry/registry-format';
import classes from './public-register.module.css';
import { useChangePublication, usePublicationSetting } from './public-register-api';

/** The prison service decides whether its register is public: as the server's route marking says. */
const PUBLISHERS: ReadonlySet<string> = new Set(['administrator', 'director']);

/**
 * On the directory page, for the administrator and directors: whether the register of accredited
 * organisations is public, its public address, and publishing or withdrawing it after a
 * confirmation. Renders nothing for anyone else, and asks the server nothing.
 */
export function PublicRegisterSetting() {
  const { data: session } = useSession();
  const mayPublish = session?.roles.some((held) => PUBLISHERS.has(held.role)) ?? false;
  if (!mayPublish) return null;
  return <PublicationPanel />;
}

function PublicationPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const setting = usePublicationSetting(true);
  const change = useChangePublication();
  const [confirming, setConfirming] = useState(false);

  let body: ReactNode;
  if (setting.data) {
    const { public: isPublic, tenantSlug, changedAt } = setting.data;
    const path = PUBLIC_REGISTER_PATHS.page(tenantSlug);
    const confirm = () => change.mutate({ public: !isPublic }, { onSuccess: () => setConfirming(false) });
    body = (
      <>
        <p data-testid="public-register-setting-state" data-public={isPublic}>
          {isPublic ? t('publicRegister.setting.isPublic') : t('publicRegister.setting.isPrivate')}
        </p>
        {isPublic && (
          <p>
            <Anchor component={Link} to={path} underline="always" data-testid="public-register-setting-link">
              <bdi dir="ltr">{`${window.location.origin}${path}`}</bdi>
            </Anchor>
          </p>
        )}
        <p className={classes.hint}>{t('publicRegister.setting.shows')}</p>
        {changedAt && (
          <p className={classes.hint} data-testid="public-register-setting-changed">
            {t('publicRegister.setting.lastChanged', { when: formatInstant(changedAt, language) })}
          </p>
        )}
        {confirming ? (
          <div className={classes.confirm} data-testid="public-register-setting-confirm">
            <p>
              {isPublic
                ? t('publicRegister.setting.confirmWithdraw')
                : t('publicRegister.setting.confirmPublish')}
            </p>
            <Group gap="sm">
              <Button
                size="md"
                onClick={confirm}
                loading={change.isPending}
                data-testid="public-register-setting-yes"
              >
                {isPublic
                  ? t('publicRegister.setting.confirmWithdrawButton')
                  : t('publicRegister.setting.confirmPublishButton')}
              </Button>
              <Button
                size="md"
                variant="outline"
                onClick={() => {
                  setConfirming(false);
                  change.reset();
                }}
                data-testid="public-register-setting-cancel"
              >
                {t('publicRegister.setting.cancel')}
              </Button>
            </Group>
          </div>
        ) : (
          <div>
            <Button
              size="md"
              variant="outline"
              onClick={() => setConfirming(true)}
              data-testid="public-register-setting-toggle"
            >
              {isPublic ? t('publicRegister.setting.withdraw') : t('publicRegister.setting.publish')}
            </Button>
          </div>
        )}
        {change.isError && (
          <Notice
            tone="error"
            title={t('publicRegister.setting.changeFailed')}
            data-testid="public-register-setting-error"
          >
            <p>{describeRequestError(change.error, t, language)}</p>
          </Notice>
        )}
      </>
    );
  } else if (setting.isError) {
    body = (
      <LoadFailed
        title={t('publicRegister.setting.loadFailedTitle')}
        error={setting.error}
        onRetry={() => setting.refetch()}
        testId="public-register-setting-load-failed"
      />
    );
  } else {
    body = <Pending label={t('publicRegister.setting.loading')} testId="public-register-setting-pending" />;
  }

  return (
    <section
      aria-labelledby="public-register-setting-heading"
      className={classes.panel}
      data-testid="public-register-setting"
    >
      <h2 id="public-register-setting-heading">{t('publicRegister.setting.heading')}</h2>
      {body}
    </section>
  );
}
