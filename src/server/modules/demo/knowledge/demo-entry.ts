import type { TranslationText } from '../../../../contracts/knowledge.ts';
import type {
  EntryKind,
  EvidenceLevel,
  FacilityType,
  KnowledgeActor,
  KnowledgeLanguage,
  PreventionLevel,
  Region,
  TargetGroup,
  Theme,
  TranslationOrigin,
} from '../../../../contracts/knowledge-taxonomy.ts';

/**
 * One demonstration entry of the knowledge hub, as the demo data writes it: invented for Pathways
 * (no text copied from anywhere, no real person, no real organisation's internal data) and shown
 * everywhere as demonstration content. `key` is stable: the entry's id is derived from it, so seeding
 * twice adds nothing and the search-quality test can name the entries it expects.
 */
export interface DemoKnowledgeEntry {
  /** Lower case letters, digits and hyphens, unique across all demo entries, e.g. "fr-family-visits-mentoring". */
  key: string;
  kind: EntryKind;
  /** Published entries are most; a few wait for review so the editor's queue has work. */
  status: 'inspiring' | 'peer_reviewed' | 'in_review' | 'draft' | 'changes_requested';
  /** Restricted entries are read only by signed-in users of the demo tenant. Most are public. */
  visibility: 'public' | 'restricted';
  /** The language it was written in: its `original` translation. */
  language: KnowledgeLanguage;
  text: TranslationText;
  /** Further languages, each marked professional or machine-assisted. */
  translations?: {
    language: KnowledgeLanguage;
    origin: Exclude<TranslationOrigin, 'original'>;
    text: TranslationText;
  }[];
  /** ISO 3166-1 alpha-2, or null for a multi-country entry. */
  country: string | null;
  region: Region;
  facilityTypes: FacilityType[];
  themes: Theme[];
  targetGroups: TargetGroup[];
  preventionLevels: PreventionLevel[];
  actors: KnowledgeActor[];
  evidenceLevel: EvidenceLevel;
  startedOn: string | null;
  endedOn: string | null;
  /** An invented organisation's name, e.g. "Association Passerelles (fictional)". */
  contributorName: string;
  /** Days before the demo's load that it was last updated (so "recent" and staleness have something to show). */
  updatedDaysAgo: number;
  featured?: boolean;
  /** Required for peer_reviewed entries. */
  peerReview?: { reviewerName: string; reviewerAffiliation: string; reviewedOn: string; conclusion: string };
}

/** One query of the search-quality set: what a user types, in which language, and which entries should come back. */
export interface SearchQualityQuery {
  query: string;
  /** The language the user searches in (the UI language). */
  language: KnowledgeLanguage;
  /** Keys of the entries that answer it; recall@5 counts how many of these are in the first five results. */
  expected: string[];
  /** Why these are the answers, for the next reader of the test. */
  note?: string;
}
