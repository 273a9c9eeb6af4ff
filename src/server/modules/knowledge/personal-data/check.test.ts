import { describe, expect, it } from 'vitest';
import { checkPersonalData, excerptOf, findPersonalData } from './check.ts';

// The personal-data check as a table: text that looks like case data, in the six languages, is
// flagged with its kind; ordinary prose about a practice (years, counts, percentages, ranges) is not.

const kindsIn = (text: string) => [...new Set(findPersonalData(text).map((finding) => finding.kind))];

describe('the personal-data check', () => {
  it.each([
    ['The prisoner No. 4471-22 joined the group.', 'identity_number'],
    ['Le détenu n° 12345 a participé.', 'identity_number'],
    ['Заключённый № 5532-1 участвовал.', 'identity_number'],
    ['Registered as A1234567 at intake.', 'identity_number'],
    ['His number was 4471-22345.', 'identity_number'],
    ['He was born 12/03/1990 in the capital.', 'date_of_birth'],
    ['Il est né le 3 mars 1988.', 'date_of_birth'],
    ['Nacido el 5 de mayo de 1992.', 'date_of_birth'],
    ['Он родился в 1991 году.', 'date_of_birth'],
    ['该男子出生于1990年。', 'date_of_birth'],
    ['من مواليد 1989 في المدينة', 'date_of_birth'],
    ['Mr Haddad attended every session.', 'person_name'],
    ['Mme Benali a animé le groupe.', 'person_name'],
    ['M. Dupont a refusé.', 'person_name'],
    ['La Sra. Gómez coordinó el taller.', 'person_name'],
    ['г-н Иванов принял участие.', 'person_name'],
    ['王先生参加了培训。', 'person_name'],
    ['حضر السيد أحمد الجلسات', 'person_name'],
    ['See case 2023/114 for details.', 'case_reference'],
    ['Dossier n° 12-554 transmis.', 'case_reference'],
    ['Write to karim.haddad@example.org for the file.', 'email_or_phone'],
    ['Call +216 71 234 567 for the family.', 'email_or_phone'],
    ['Appeler le 06 12 34 56 78.', 'email_or_phone'],
  ])('flags %s', (text, kind) => {
    expect(kindsIn(text)).toContain(kind);
  });

  it.each([
    'In 2019, 45 men took part; 80% completed the programme.',
    'The programme ran from 2019-2021 and again in 2023/24.',
    'Over 12 000 sessions were held across 1 250 000 hours of contact.',
    'Staff met on 2022-03-15 to review the approach.',
    'Cases were reviewed every 6 months by a panel of 3.',
    'Le programme a réuni 1 500 participants entre 2018 et 2020.',
    'В 2020 году в программе участвовали 320 человек.',
    '2021年共有350名参与者，完成率为85%。',
    'شارك 120 شخصا في البرنامج عام 2022.',
    'ISO standards and the Mandela Rules guided the work.',
    'Participants described feeling born again after the course.',
  ])('does not flag "%s"', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('says where it found what, with a short excerpt', () => {
    const warnings = checkPersonalData([
      {
        language: 'fr',
        title: 'Ateliers',
        approach: `${'Une longue introduction sans rien de personnel. '.repeat(3)}Le détenu n° 12345 a participé aux ateliers pendant un an.`,
      },
      { language: 'en', title: 'Workshops', results: 'Nothing personal here.' },
    ]);
    expect(warnings).toEqual([
      {
        kind: 'identity_number',
        language: 'fr',
        field: 'approach',
        excerpt: expect.stringContaining('n° 12345'),
      },
    ]);
    expect(warnings[0]?.excerpt.length).toBeLessThanOrEqual(60);
  });

  it('reads a field at its longest in linear time, whatever its letters', () => {
    // Each load and save of a draft runs the check on every field: a pattern that backtracks would
    // let one long field of letters hold the server (the address pattern once took 0.5 s here).
    for (const unit of ['a', 'a1', 'a-', 'a.']) {
      const field = unit.repeat(Math.ceil(20_000 / unit.length));
      const started = performance.now();
      expect(findPersonalData(field)).toEqual([]);
      expect(performance.now() - started).toBeLessThan(200);
    }
    expect(findPersonalData('write to programmes@example.org').map((found) => found.kind)).toEqual([
      'email_or_phone',
    ]);
  });

  it('keeps excerpts to 60 characters on one line', () => {
    const text = `${'a'.repeat(100)}\nMr Haddad\n${'b'.repeat(100)}`;
    const excerpt = excerptOf(text, 101, 110);
    expect(excerpt.length).toBeLessThanOrEqual(60);
    expect(excerpt).toContain('Mr Haddad');
    expect(excerpt).not.toContain('\n');
  });
});
