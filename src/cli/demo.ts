// `ee demo`: a guided tour on the example profiles, running the real commands and showing how to run them.
import path from 'node:path';
import { t, type Lang } from '../i18n/index.ts';

export interface DemoStep {
  title: { en: string; fr: string };
  args: string[];
}

export function demoSteps(examplesDir: string, lang: Lang): DemoStep[] {
  const ex = (f: string) => path.join(examplesDir, f);
  return [
    {
      title: { en: 'A CRS score explained point by point (a profile working in Canada, with a spouse)', fr: 'Une note SCG expliquée point par point (profil travaillant au Canada, avec conjoint)' },
      args: ['crs', 'explain', ex('profile-cec.json'), '--lang', lang],
    },
    {
      title: { en: 'Eligibility per program, with reasons', fr: 'Admissibilité par programme, avec les motifs' },
      args: ['eligibility', ex('profile-cec.json'), '--lang', lang],
    },
    {
      title: { en: 'Honest advice: what the rules in force would reward', fr: 'Des conseils honnêtes : ce que les règles en vigueur récompenseraient' },
      args: ['advise', ex('profile-cec.json'), '--lang', lang],
    },
    {
      title: { en: 'A candidate bound for Québec leaves Express Entry for Québec’s own selection', fr: 'Une candidate qui veut s’établir au Québec relève de la sélection du Québec' },
      args: ['eligibility', ex('profile-fsw-quebec.json'), '--lang', lang],
    },
    {
      title: {
        en: 'Bulk scoring, JSON lines in and out: the same candidate on 2016-11-18, 2016-11-19 (job-offer points 600 → 50) and 2025-03-25 (no more job-offer points)',
        fr: 'Notation en lot, JSON lines en entrée et en sortie : le même candidat le 2016-11-18, le 2016-11-19 (offre d’emploi 600 → 50) et le 2025-03-25 (plus de points pour l’offre)',
      },
      args: ['crs', 'score', '--no-lines', ex('factors.jsonl')],
    },
    {
      title: { en: 'The NOC 2021 finder, accents and case ignored', fr: 'La recherche dans la CNP 2021, sans égard aux accents ni à la casse' },
      args: ['noc', 'search', 'infirmiere', '--limit', '3', '--lang', lang],
    },
    {
      title: { en: 'A rule, with its dated values and references', fr: 'Une règle, avec ses valeurs datées et ses références' },
      args: ['rules', 'show', 'crs.additional.french', '--lang', lang],
    },
  ];
}

/** Runs every step through `run` (the CLI itself), printing the command a user would type. */
export async function runDemo(
  examplesDir: string,
  lang: Lang,
  run: (args: string[]) => Promise<number>,
  print: (text: string) => void,
): Promise<number> {
  print(
    lang === 'fr'
      ? 'Entrée express — démonstration. Chaque étape montre la commande, puis son résultat.\n'
      : 'Express Entry — demo. Each step shows the command, then what it prints.\n',
  );
  for (const step of demoSteps(examplesDir, lang)) {
    const shown = step.args.map((a) => (a.startsWith(examplesDir) ? path.relative(process.cwd(), a) || a : a)).join(' ');
    print(`\n== ${step.title[lang]}\n$ npx ee ${shown}\n`);
    // A step that fails (the NOC files missing, say) has printed why; the tour goes on.
    await run(step.args);
  }
  print(`\n${t(lang, 'demo.next')}\n`);
  return 0;
}
