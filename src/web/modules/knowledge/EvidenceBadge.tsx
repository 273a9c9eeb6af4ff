import { useTranslation } from 'react-i18next';
import { EVIDENCE_LEVEL_NAMES, type EvidenceLevel } from '../../../contracts/knowledge-taxonomy';
import classes from './knowledge.module.css';
import { useTaxonomyName } from './taxonomy-names';

// What each level means, in the reader's words: no entry may read as "best" without its evidence.
const EXPLANATIONS = {
  none: { explanationKey: 'knowledge.evidence.explanation.none' },
  descriptive: { explanationKey: 'knowledge.evidence.explanation.descriptive' },
  evaluated_process: { explanationKey: 'knowledge.evidence.explanation.evaluatedProcess' },
  evaluated_outcome: { explanationKey: 'knowledge.evidence.explanation.evaluatedOutcome' },
  peer_reviewed: { explanationKey: 'knowledge.evidence.explanation.peerReviewed' },
} as const satisfies Record<EvidenceLevel, unknown>;

/**
 * How strong an entry's evidence is, in words (the level's name, never a colour alone); with
 * `explain`, what that level means.
 */
export function EvidenceBadge({ level, explain = false }: { level: EvidenceLevel; explain?: boolean }) {
  const { t } = useTranslation();
  const name = useTaxonomyName();
  const badge = (
    <span className={classes.badge} data-level={level} data-testid="evidence-badge">
      {t('knowledge.evidence.badge', { level: name(EVIDENCE_LEVEL_NAMES, level) })}
    </span>
  );
  if (!explain) return badge;
  return (
    <div className={classes.evidence} data-testid="evidence">
      {badge}
      <p data-testid="evidence-explanation">{t(EXPLANATIONS[level].explanationKey)}</p>
    </div>
  );
}
