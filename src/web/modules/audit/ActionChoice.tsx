import { Checkbox } from '@mantine/core';
import { type Ref, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './audit.module.css';
import { ACTION_GROUPS, ACTION_LABELS, actionsInGroup } from './audit-labels';
import { AUDIT_ACTIONS, type AuditAction, MAX_ACTIONS_PER_SEARCH } from './audit-types';

export interface ActionChoiceProps {
  chosen: readonly AuditAction[];
  onChange: (actions: AuditAction[]) => void;
  error: string | undefined;
  /** The disclosure's summary, which gets focus when the choice is at fault. */
  ref?: Ref<HTMLElement>;
}

/**
 * The kinds of entry to search for, as ticks grouped like the trail's vocabulary, folded away until
 * wanted (none ticked: every kind). At most ten: the other boxes are disabled once ten are ticked.
 */
export function ActionChoice({ chosen, onChange, error, ref }: ActionChoiceProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const full = chosen.length >= MAX_ACTIONS_PER_SEARCH;
  // Open when the search already names kinds of entry, or when the choice is at fault; otherwise the
  // reader opens and closes it (unticking the last box must not fold the list away under them).
  const [open, setOpen] = useState(chosen.length > 0);
  useEffect(() => {
    if (error) setOpen(true);
  }, [error]);

  function toggle(action: AuditAction, on: boolean) {
    const next = on ? [...chosen, action] : chosen.filter((item) => item !== action);
    onChange(AUDIT_ACTIONS.filter((item) => next.includes(item)));
  }

  return (
    <details
      className={classes.actionChoice}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary
        ref={ref}
        className={classes.actionSummary}
        aria-describedby={error ? errorId : undefined}
        data-testid="audit-filter-action"
      >
        {t('audit.filters.actionsSummary', { count: chosen.length })}
      </summary>
      <p className={classes.hint}>{t('audit.filters.actionsHint', { max: MAX_ACTIONS_PER_SEARCH })}</p>
      {error && (
        <p id={errorId} className={classes.fieldError}>
          {error}
        </p>
      )}
      <div className={classes.actionGroups}>
        {ACTION_GROUPS.map((group) => (
          <fieldset key={group.id} className={classes.actionGroup}>
            <legend>{t(group.labelKey)}</legend>
            {actionsInGroup(group.prefixes, AUDIT_ACTIONS).map((action) => {
              const checked = chosen.includes(action);
              return (
                <Checkbox
                  key={action}
                  label={t(ACTION_LABELS[action].labelKey)}
                  checked={checked}
                  disabled={full && !checked}
                  onChange={(event) => toggle(action, event.currentTarget.checked)}
                  value={action}
                  data-testid="audit-action-option"
                  className={classes.actionOption}
                />
              );
            })}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
