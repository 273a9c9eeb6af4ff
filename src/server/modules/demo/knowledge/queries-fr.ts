import type { SearchQualityQuery } from './demo-entry.ts';

/** Requêtes françaises du test de qualité de la recherche : ce qu’un praticien francophone taperait. */
export const SEARCH_QUERIES_FR: SearchQualityQuery[] = [
  {
    query: 'médiation avec les familles de détenus',
    language: 'fr',
    expected: ['fr-mediation-familiale-parloirs'],
    note: 'Médiatrices familiales auprès des proches de détenus.',
  },
  {
    query: 'théâtre forum adolescents',
    language: 'fr',
    expected: ['fr-theatre-forum-mineurs'],
    note: 'Ateliers de théâtre-forum avec des adolescents en centre pour mineurs.',
  },
  {
    query: 'programme femmes incarcérées terrorisme',
    language: 'fr',
    expected: ['fr-groupes-parole-femmes-detenues'],
    note: 'Programme pour femmes incarcérées pour des faits liés au terrorisme.',
  },
  {
    query: 'emploi rénovation bâtiments libération',
    language: 'fr',
    expected: ['fr-chantiers-insertion-sortie'],
    note: 'Chantier d’insertion en rénovation de bâtiments, poursuivi après la libération.',
  },
  {
    query: 'habilitation des intervenants associatifs',
    language: 'fr',
    expected: ['fr-convention-associations-acces'],
    note: 'La convention-cadre réduit les délais d’habilitation des intervenants.',
  },
  {
    query: 'indicateurs fausse conformité',
    language: 'fr',
    expected: ['fr-grille-indicateurs-desengagement'],
    note: 'La grille d’indicateurs aide à éviter la « fausse conformité ».',
  },
  {
    query: 'repérage signes religieux discriminatoire',
    language: 'fr',
    expected: ['fr-questionnaire-reperage-abandonne'],
    note: 'Questionnaire de repérage fondé sur des signes religieux, abandonné car discriminatoire.',
  },
  {
    query: 'infirmier psychiatrie désengagement',
    language: 'fr',
    expected: ['fr-referent-sante-mentale-desengagement'],
    note: 'Un infirmier en psychiatrie dans l’équipe d’un programme de désengagement.',
  },
  {
    query: 'logement meublé dès la sortie',
    language: 'fr',
    expected: ['en-housing-on-release-day'],
    note: 'Interlangue : entrée anglaise trouvée par sa traduction française (logement meublé, jour de la sortie).',
  },
  {
    query: 'justice restaurative victimes attentats',
    language: 'fr',
    expected: ['en-victim-perspectives-restorative'],
    note: 'Interlangue : entrée anglaise trouvée par sa traduction française (victimes d’attentats, justice restaurative).',
  },
  {
    query: 'liens familiaus des mineurs',
    language: 'fr',
    expected: ['fr-mineurs-liens-familiaux-sortie'],
    note: 'Faute de frappe : « familiaus » pour « familiaux » (dans le titre).',
  },
  {
    query: 'surveilants sécurité dynamique',
    language: 'fr',
    expected: ['fr-formation-surveillants-securite-dynamique'],
    note: 'Faute de frappe : « surveilants » pour « surveillants » (dans le titre).',
  },
];
