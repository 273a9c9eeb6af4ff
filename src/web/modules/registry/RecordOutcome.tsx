import type { TFunction } from 'i18next';
import { type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './registry-record.module.css';

/** A sentence about a change, said in whatever language the page is in when it is read. */
export type Sentence = (t: TFunction) => string;

/**
 * What the last change did, said once in a live region at the top of the record and focused, so a
 * keyboard or screen-reader user hears it even when the form that made it has gone (an accreditation
 * decided leaves no decision to take).
 */
export function useRecordOutcome() {
  const { t } = useTranslation();
  const [sentence, setSentence] = useState<Sentence | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  function say(next: Sentence) {
    setSentence(() => next);
    requestAnimationFrame(() => ref.current?.focus());
  }
  return { outcome: sentence ? sentence(t) : '', ref, say };
}

export function RecordOutcome({
  outcome,
  outcomeRef,
}: {
  outcome: string;
  outcomeRef: RefObject<HTMLParagraphElement | null>;
}) {
  return (
    <p
      ref={outcomeRef}
      role="status"
      tabIndex={-1}
      className={classes.outcome}
      data-testid="registry-outcome"
    >
      {outcome}
    </p>
  );
}
