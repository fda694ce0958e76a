// Words for the codes of the NOC search and of category-based selection (src/domain/noc.ts, src/domain/rules/categories.ts).
export const MESSAGES: Record<string, { en: string; fr: string }> = {
  'noc.match.code': { en: 'exact code', fr: 'code exact' },
  'noc.match.code_prefix': { en: 'code begins with {query}', fr: 'le code commence par {query}' },
  'noc.match.title_prefix': { en: 'title begins with {query}', fr: 'le titre commence par {query}' },
  'noc.match.title_words': { en: 'all words in the title', fr: 'tous les mots dans le titre' },
  'noc.match.example_title': { en: 'example job title: {example}', fr: 'exemple d’appellation d’emploi : {example}' },
  'category.kind.occupation': { en: 'occupations', fr: 'professions' },
  'category.kind.language': { en: 'language', fr: 'langue' },
  'category.requirement.canadian_work_experience': {
    en: 'the work experience in a listed occupation must be Canadian',
    fr: 'l’expérience de travail dans une profession de la liste doit être canadienne',
  },
  'category.requirement.canadian_armed_forces_job_offer': {
    en: 'recruited by the Canadian Armed Forces',
    fr: 'recrue des Forces armées canadiennes',
  },
  'category.experience': {
    en: '{months} months of full-time work (or the same part-time) in one listed occupation in the last {years} years',
    fr: '{months} mois de travail à temps plein (ou l’équivalent à temps partiel) dans une profession de la liste au cours des {years} dernières années',
  },
  'category.experience_continuous': {
    en: '{months} months of continuous full-time work (or the same part-time) in one listed occupation in the last {years} years',
    fr: '{months} mois continus de travail à temps plein (ou l’équivalent à temps partiel) dans une profession de la liste au cours des {years} dernières années',
  },
  'category.minimum_nclc': {
    en: 'NCLC {level} or higher in all four French abilities',
    fr: 'NCLC {level} ou plus dans les quatre compétences en français',
  },
};
