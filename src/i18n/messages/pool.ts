// The synthetic pool and the replay of IRCC's rounds (`ee pool generate`, `ee round replay`; issue #4).
export const MESSAGES: Record<string, { en: string; fr: string }> = {
  'cli.pool.progress': { en: 'Generating the pool', fr: 'Génération du bassin' },
  'cli.pool.generated': {
    en: '{count, number} profiles generated in {seconds} s (seed {seed}, submitted from {from} to {until}; {attempts, number} drawn to keep them).',
    fr: '{count, number} profils générés en {seconds} s (graine {seed}, soumis du {from} au {until} ; {attempts, number} tirés pour les obtenir).',
  },
  'cli.pool.programs': {
    en: 'Eligible for: CEC {cec, number}, FSW {fsw, number}, FST {fst, number} (a profile may count under several).',
    fr: 'Admissibles : CEC {cec, number}, PTQF {fsw, number}, PTMSF {fst, number} (un profil peut compter pour plusieurs).',
  },
  'cli.pool.like_draw': {
    en: 'Like IRCC round {draw} ({name}, {date}): largest gap with its distribution {gap} percentage points.',
    fr: 'Comme la ronde {draw} d’IRCC ({name}, {date}) : plus grand écart avec sa répartition {gap} point(s) de pourcentage.',
  },
  'cli.pool.table_header': { en: 'CRS band     Pool   Share   IRCC   Gap (pp)', fr: 'Tranche SCG  Bassin Part    IRCC   Écart (pts)' },
  'cli.pool.table_header_plain': { en: 'CRS band     Pool   Share', fr: 'Tranche SCG  Bassin Part' },
  'cli.pool.failed': { en: 'Refused: {code} {detail}', fr: 'Refusé : {code} {detail}' },
  'cli.pool.error.conflict': {
    en: 'the pool of this seed is already in the database (choose another --seed)',
    fr: 'le bassin de cette graine est déjà dans la base (choisissez une autre --seed)',
  },
  'cli.pool.error.draw_not_found': { en: 'no round {draw} in IRCC’s feed', fr: 'aucune ronde {draw} dans le flux d’IRCC' },
  'cli.pool.error.draw_without_distribution': {
    en: 'IRCC published no pool distribution for round {draw}',
    fr: 'IRCC n’a publié aucune répartition du bassin pour la ronde {draw}',
  },
  'cli.pool.error.draw_not_replayable': {
    en: 'round {draw} has a name we do not recognise: its type cannot be replayed',
    fr: 'le nom de la ronde {draw} n’est pas reconnu : son type ne peut être rejoué',
  },
  'cli.pool.error.band_unreachable': {
    en: 'no generated profile reached the band {band}',
    fr: 'aucun profil généré n’a atteint la tranche {band}',
  },
  'cli.pool.size_required': {
    en: '--size is required (or --like-draw, whose pool size is the default)',
    fr: '--size est requis (ou --like-draw, dont la taille du bassin est la valeur par défaut)',
  },
  'cli.replay.header': { en: 'Replay of IRCC round {draw}: {name}, {instant}', fr: 'Reprise de la ronde {draw} d’IRCC : {name}, {instant}' },
  'cli.replay.pool': {
    en: 'Synthetic pool: {count, number} profiles (IRCC’s: {published, number}); round of {size, number} invitations (IRCC’s: {publishedSize, number}).',
    fr: 'Bassin synthétique : {count, number} profils (celui d’IRCC : {published, number}) ; ronde de {size, number} invitations (celle d’IRCC : {publishedSize, number}).',
  },
  'cli.replay.cutoff': { en: 'Cut-off: ours {ours}, IRCC’s {published}.', fr: 'Note limite : la nôtre {ours}, celle d’IRCC {published}.' },
  'cli.replay.tie_break': { en: 'Tie-break: ours {ours}, IRCC’s {published}.', fr: 'Départage : le nôtre {ours}, celui d’IRCC {published}.' },
  'cli.replay.invited': {
    en: '{invited, number} invited of {eligible, number} the round could invite; by program: PNP {pnp}, CEC {cec}, FSW {fsw}, FST {fst}.',
    fr: '{invited, number} invitations sur {eligible, number} candidats admissibles à la ronde ; par programme : PCP {pnp}, CEC {cec}, PTQF {fsw}, PTMSF {fst}.',
  },
  'cli.replay.not_executed': {
    en: 'Simulated only (round {number}): no invitation was issued.',
    fr: 'Simulation seulement (ronde {number}) : aucune invitation n’a été émise.',
  },
};
