import type { SearchQualityQuery } from './demo-entry.ts';

/**
 * Arabic queries of the search-quality set. The search stems Arabic (PostgreSQL's `arabic`
 * configuration), so a query may use another form of a word than the entry does, where the stems
 * meet; every word of a query must be found.
 */
export const SEARCH_QUERIES_AR: SearchQualityQuery[] = [
  {
    query: 'حوار ديني علماء مستقلون',
    language: 'ar',
    expected: ['ar-hiwar-dini-ulama-mustaqillun'],
    note: 'Dialogue circles led by independent religious scholars in a men’s prison.',
  },
  {
    query: 'تدريب مهني سجن النساء',
    language: 'ar',
    expected: ['ar-sijn-nisa-taahil-mihani-umuma'],
    note: 'Vocational training and support for mothers in a women’s prison.',
  },
  {
    query: 'وساطة أسرية الأحداث',
    language: 'ar',
    expected: ['ar-ahdath-taalim-badil-wasata'],
    note: 'Family mediation and alternative education in a juvenile centre.',
  },
  {
    query: 'حكم مهني منظم',
    language: 'ar',
    expected: ['ar-dalil-taqyim-makhatir-ihtiyajat'],
    note: 'The guide to risk and needs assessment by structured professional judgement.',
  },
  {
    query: 'اتفاقية دخول الجمعيات',
    language: 'ar',
    expected: ['ar-ittifaqiya-dukhul-jamiyat'],
    note: 'The model agreement on civil society organisations’ access to prisons.',
  },
  {
    query: 'رقابة مستقلة دون إشعار',
    language: 'ar',
    expected: ['ar-raqaba-mustaqilla-ziyarat'],
    note: 'Independent oversight visits without notice and public reports.',
  },
  {
    query: 'شهادات الناجين',
    language: 'ar',
    expected: ['ar-aswat-dahaya-fak-irtibat'],
    note: 'Survivors’ testimonies heard by people convicted of violent extremist offences.',
  },
  {
    query: 'امتثال زائف',
    language: 'ar',
    expected: ['ar-taqyim-fak-irtibat-thalath-sujun'],
    note: 'False compliance: the mixed-methods evaluation found attendance was no sign of change.',
  },
  {
    query: 'إرشاد أسر النزلاء قبل الزيارة',
    language: 'ar',
    expected: ['zh-jiating-tanshi-fudao'],
    note: 'Cross-language: the Chinese entry on family counselling groups around visits, via its Arabic translation.',
  },
  {
    query: 'تصاريح دخول المتطوعين',
    language: 'ar',
    expected: ['zh-minjian-zuzhi-zhunru-liucheng'],
    note: 'Cross-language: the Chinese access procedure for volunteers (permits, vetting, induction), via its Arabic translation.',
  },
  {
    query: 'مرشد متطرف سابق',
    language: 'ar',
    expected: ['ar-murshidun-mutatarrifun-sabiqun'],
    note: 'Another word form: singular “mentor, former extremist” for the plural “مرشدون من المتطرفين السابقين”.',
  },
  {
    query: 'زيارة الأطفال',
    language: 'ar',
    expected: ['ar-ziyarat-usariya-atfal'],
    note: 'Shorter phrase with the singular “زيارة” (the title has the plural “زيارات”): child-friendly family visits.',
  },
];
