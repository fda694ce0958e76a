// French and English for rounds of invitations: round types and programs, round-specification errors
// (`round.error.<code>`), "why wasn't I invited?" reasons (`round.why.<code>`) and notes on IRCC's feed
// (`ircc.note.<code>`). ICU MessageFormat; placeholders are the params of the domain's codes (rounds.ts, ircc-feed.ts).

const CATEGORY_EN =
  '{category, select, french {French-language proficiency} healthcare {healthcare and social services occupations} stem {STEM occupations} trades {trade occupations} transport {transport occupations} agriculture {agriculture and agri-food occupations} education {education occupations} physicians {physicians with Canadian work experience} senior_managers {senior managers with Canadian work experience} researchers {researchers with Canadian work experience} military {skilled military recruits} other {{category}}}';
const CATEGORY_FR =
  '{category, select, french {compétence linguistique en français} healthcare {professions de la santé et des services sociaux} stem {professions des STIM} trades {métiers} transport {métiers des transports} agriculture {métiers de l’agriculture et de l’agroalimentaire} education {professions de l’éducation} physicians {médecins ayant de l’expérience de travail au Canada} senior_managers {cadres supérieurs ayant de l’expérience de travail au Canada} researchers {chercheurs ayant de l’expérience de travail au Canada} military {recrues militaires qualifiées} other {{category}}}';

const TYPE_EN = '{type, select, general {general} program {program-specific} category {category-based} other {{type}}}';
const TYPE_FR = '{type, select, general {générales} program {propres à un programme} category {par catégorie} other {{type}}}';

export const MESSAGES: Record<string, { en: string; fr: string }> = {
  // ── Round types and programs ────────────────────────────────────────────────────────────────────────────────
  'round.type.general': { en: 'General round (all programs)', fr: 'Ronde générale (tous les programmes)' },
  'round.type.program': { en: 'Program-specific round', fr: 'Ronde propre à un programme' },
  'round.type.category': { en: 'Category-based round', fr: 'Ronde par catégorie' },
  'round.program.pnp': { en: 'Provincial Nominee Program (PNP)', fr: 'Programme des candidats des provinces (PCP)' },
  'round.program.cec': { en: 'Canadian Experience Class (CEC)', fr: 'Catégorie de l’expérience canadienne (CEC)' },
  'round.program.fsw': { en: 'Federal Skilled Worker Program (FSWP)', fr: 'Programme des travailleurs qualifiés (fédéral) (PTQF)' },
  'round.program.fst': { en: 'Federal Skilled Trades Program (FSTP)', fr: 'Programme des travailleurs de métiers spécialisés (fédéral) (PTMSF)' },
  'round.band.total': { en: 'Total', fr: 'Total' },
  /** A category by its code (`{category}`), as the round-specification errors word it. */
  'round.category': { en: CATEGORY_EN, fr: CATEGORY_FR },

  // ── Round specification errors ──────────────────────────────────────────────────────────────────────────────
  'round.error.instant_invalid': {
    en: 'The round’s instant must be a UTC date and time such as 2026-08-19T12:35:37Z.',
    fr: 'L’instant de la ronde doit être une date et une heure UTC, par exemple 2026-08-19T12:35:37Z.',
  },
  'round.error.instant_before_epoch': {
    en: 'Express Entry started on {epoch}: a round cannot be earlier.',
    fr: 'Entrée express a commencé le {epoch} : une ronde ne peut pas être antérieure.',
  },
  'round.error.type_invalid': { en: 'The round type must be general, program or category.', fr: 'Le type de ronde doit être general, program ou category.' },
  'round.error.type_not_in_force': {
    en: `There were no ${TYPE_EN} rounds on {date}.`,
    fr: `Il n’y avait pas de rondes ${TYPE_FR} le {date}.`,
  },
  'round.error.program_required': { en: 'A program round needs a program: pnp, cec, fsw or fst.', fr: 'Une ronde propre à un programme exige un programme : pnp, cec, fsw ou fst.' },
  'round.error.program_invalid': { en: 'The program must be pnp, cec, fsw or fst.', fr: 'Le programme doit être pnp, cec, fsw ou fst.' },
  'round.error.program_not_allowed': { en: 'Only a program round names a program.', fr: 'Seule une ronde propre à un programme précise un programme.' },
  'round.error.category_required': { en: 'A category round needs a category.', fr: 'Une ronde par catégorie exige une catégorie.' },
  'round.error.category_not_allowed': { en: 'Only a category round names a category.', fr: 'Seule une ronde par catégorie précise une catégorie.' },
  'round.error.category_not_in_force': {
    en: `The category “${CATEGORY_EN}” was not in force on {date}.`,
    fr: `La catégorie « ${CATEGORY_FR} » n’était pas en vigueur le {date}.`,
  },
  'round.error.size_or_minimum_required': {
    en: 'Give the number of invitations, a minimum CRS score, or both.',
    fr: 'Indiquez le nombre d’invitations, une note SCG minimale, ou les deux.',
  },
  'round.error.size_invalid': { en: 'The number of invitations must be a whole number of at least 1.', fr: 'Le nombre d’invitations doit être un nombre entier d’au moins 1.' },
  'round.error.minimum_crs_invalid': {
    en: 'The minimum CRS score must be a whole number from 0 to {max}.',
    fr: 'La note SCG minimale doit être un nombre entier de 0 à {max}.',
  },

  // ── Why wasn't I invited? ───────────────────────────────────────────────────────────────────────────────────
  'round.why.not_in_pool': {
    en: 'Your profile was not in the pool at the time of the round ({instant}): it was submitted on {submittedAt} and is valid until {expiresAt}.',
    fr: 'Votre profil n’était pas dans le bassin au moment de la ronde ({instant}) : il a été soumis le {submittedAt} et est valide jusqu’au {expiresAt}.',
  },
  'round.why.not_eligible_for_program': {
    en: '{program, select, any {At the time of the round your profile was not eligible for any Express Entry program (FSW, CEC or FST).} pnp {This round invited Provincial Nominee Program candidates: your profile held no provincial nomination, or was not eligible for a federal program as well.} cec {This round invited Canadian Experience Class candidates, and your profile was not eligible for that program.} fsw {This round invited Federal Skilled Worker Program candidates, and your profile was not eligible for that program.} fst {This round invited Federal Skilled Trades Program candidates, and your profile was not eligible for that program.} other {Your profile was not eligible for the program of this round ({program}).}}',
    fr: '{program, select, any {Au moment de la ronde, votre profil n’était admissible à aucun programme d’Entrée express (PTQF, CEC ou PTMSF).} pnp {Cette ronde invitait des candidats du Programme des candidats des provinces : votre profil n’avait pas de désignation provinciale, ou n’était pas aussi admissible à un programme fédéral.} cec {Cette ronde invitait des candidats de la Catégorie de l’expérience canadienne, et votre profil n’était pas admissible à ce programme.} fsw {Cette ronde invitait des candidats du Programme des travailleurs qualifiés (fédéral), et votre profil n’était pas admissible à ce programme.} fst {Cette ronde invitait des candidats du Programme des travailleurs de métiers spécialisés (fédéral), et votre profil n’était pas admissible à ce programme.} other {Votre profil n’était pas admissible au programme de cette ronde ({program}).}}',
  },
  'round.why.not_in_category': {
    en: `This round was for the category “${CATEGORY_EN}”, and your profile did not meet its criteria.`,
    fr: `Cette ronde visait la catégorie « ${CATEGORY_FR} », et votre profil n’en remplissait pas les critères.`,
  },
  'round.why.below_cutoff': {
    en: 'Your score ({score}) was below the lowest score invited ({cutoff}).',
    fr: 'Votre note ({score}) était inférieure à la note la plus basse invitée ({cutoff}).',
  },
  'round.why.below_minimum_crs': {
    en: 'Your score ({score}) was below the round’s minimum ({minimumCrs}).',
    fr: 'Votre note ({score}) était inférieure au minimum de la ronde ({minimumCrs}).',
  },
  'round.why.tie_break_later': {
    en: 'Your score equalled the cut-off, but your profile was submitted on {submittedAt}, after the tie-break time ({tieBreak}).',
    fr: 'Votre note était égale à la note de coupure, mais votre profil a été soumis le {submittedAt}, après l’heure de départage ({tieBreak}).',
  },
  'round.why.tie_break_same_instant': {
    en: 'Your score equalled the cut-off and your profile was submitted at the tie-break time itself ({submittedAt}); the last place went to a profile submitted at the same instant.',
    fr: 'Votre note était égale à la note de coupure et votre profil a été soumis à l’heure même du départage ({submittedAt}) ; la dernière place est allée à un profil soumis au même instant.',
  },
  'round.why.round_data_mismatch': {
    en: 'Your profile as given does not match the data the round ran on; ask for the profile as it stood at the round.',
    fr: 'Votre profil tel que fourni ne correspond pas aux données utilisées par la ronde ; demandez le profil tel qu’il était au moment de la ronde.',
  },

  // ── Notes on IRCC's feed ────────────────────────────────────────────────────────────────────────────────────
  'ircc.note.name_unrecognized': { en: 'IRCC’s round name is not one we know.', fr: 'Le nom de ronde d’IRCC nous est inconnu.' },
  'ircc.note.date_time_no_zone': { en: 'IRCC gave the round time without a time zone; read as UTC.', fr: 'IRCC a donné l’heure de la ronde sans fuseau horaire ; lue comme UTC.' },
  'ircc.note.date_time_day_differs': {
    en: 'IRCC’s round time is on another day than the round’s date.',
    fr: 'L’heure de la ronde publiée par IRCC tombe un autre jour que la date de la ronde.',
  },
  'ircc.note.tie_break_no_zone': { en: 'IRCC gave the tie-break time without a time zone; read as UTC.', fr: 'IRCC a donné l’heure de départage sans fuseau horaire ; lue comme UTC.' },
  'ircc.note.tie_break_year_assumed': {
    en: 'IRCC gave the tie-break time without a year; the latest year before the round was assumed.',
    fr: 'IRCC a donné l’heure de départage sans année ; l’année la plus récente avant la ronde a été retenue.',
  },
  'ircc.note.no_distribution': { en: 'IRCC published no score distribution for this round.', fr: 'IRCC n’a publié aucune répartition des notes pour cette ronde.' },
  'ircc.note.sub_bands_mismatch': {
    en: 'In IRCC’s distribution, the 10-point ranges do not add up to their range.',
    fr: 'Dans la répartition d’IRCC, les tranches de 10 points ne totalisent pas leur tranche.',
  },
  'ircc.note.distribution_after_round': {
    en: 'IRCC’s distribution is dated after the round.',
    fr: 'La répartition d’IRCC est datée d’après la ronde.',
  },
  // Inbox and e-mail messages of invitations (`message.<kind>.subject|body`; {program} is a code: pnp, cec, fsw, fst, named by a select).
  'message.ita_issued.subject': { en: 'You are invited to apply (round {round})', fr: 'Vous êtes invité à présenter une demande (ronde {round})' },
  'message.ita_issued.body': {
    en: 'Round {round} invited you to apply for permanent residence, with a CRS score of {score}. Program: {program, select, pnp {Provincial Nominee Program} cec {Canadian Experience Class} fsw {Federal Skilled Worker Program} fst {Federal Skilled Trades Program} other {{program}}}. Accept or decline the invitation by {deadline}; after that day it expires and your profile leaves the pool.',
    fr: 'La ronde {round} vous invite à présenter une demande de résidence permanente, avec une note SCG de {score}. Programme : {program, select, pnp {Programme des candidats des provinces} cec {Catégorie de l’expérience canadienne} fsw {Programme des travailleurs qualifiés (fédéral)} fst {Programme des travailleurs de métiers spécialisés (fédéral)} other {{program}}}. Acceptez ou refusez l’invitation au plus tard le {deadline} ; passé ce jour, elle expire et votre profil quitte le bassin.',
  },
  'message.ita_accepted.subject': { en: 'Invitation accepted (profile {number})', fr: 'Invitation acceptée (profil {number})' },
  'message.ita_accepted.body': {
    en: 'You accepted the invitation to apply (program: {program, select, pnp {Provincial Nominee Program} cec {Canadian Experience Class} fsw {Federal Skilled Worker Program} fst {Federal Skilled Trades Program} other {{program}}}). Your profile {number} now awaits your application.',
    fr: 'Vous avez accepté l’invitation à présenter une demande (programme : {program, select, pnp {Programme des candidats des provinces} cec {Catégorie de l’expérience canadienne} fsw {Programme des travailleurs qualifiés (fédéral)} fst {Programme des travailleurs de métiers spécialisés (fédéral)} other {{program}}}). Votre profil {number} attend maintenant votre demande.',
  },
  'message.ita_declined.subject': { en: 'Invitation declined (profile {number})', fr: 'Invitation refusée (profil {number})' },
  'message.ita_declined.body': {
    en: 'You declined the invitation (program: {program, select, pnp {Provincial Nominee Program} cec {Canadian Experience Class} fsw {Federal Skilled Worker Program} fst {Federal Skilled Trades Program} other {{program}}}). Your profile {number} is back in the pool with the same submission date and the same expiry.',
    fr: 'Vous avez refusé l’invitation (programme : {program, select, pnp {Programme des candidats des provinces} cec {Catégorie de l’expérience canadienne} fsw {Programme des travailleurs qualifiés (fédéral)} fst {Programme des travailleurs de métiers spécialisés (fédéral)} other {{program}}}). Votre profil {number} revient dans le bassin avec la même date de soumission et la même date d’expiration.',
  },
  'message.ita_expired.subject': { en: 'Your invitation expired (profile {number})', fr: 'Votre invitation a expiré (profil {number})' },
  'message.ita_expired.body': {
    en: 'You did not answer the invitation by {deadline}: it has expired and your profile {number} has left the pool.',
    fr: 'Vous n’avez pas répondu à l’invitation au plus tard le {deadline} : elle a expiré et votre profil {number} a quitté le bassin.',
  },
  // The `ee round` commands.
  'cli.round.summary': {
    en: 'Round {number} ({type}, {status}) at {instant}: cut-off {cutoff}, {invited} invited of a pool of {pool}',
    fr: 'Ronde {number} ({type}, {status}) le {instant} : note limite {cutoff}, {invited} invitations sur un bassin de {pool}',
  },
  'cli.round.simulated': {
    en: 'Tie-break {tieBreak}; {eligible} eligible; by program: PNP {pnp}, CEC {cec}, FSW {fsw}, FST {fst}',
    fr: 'Départage {tieBreak} ; {eligible} admissibles ; par programme : PCP {pnp}, CEC {cec}, PTQF {fsw}, PTMSF {fst}',
  },
  'cli.round.executed': { en: '{itas} invitations issued.', fr: '{itas} invitations émises.' },
  'cli.round.already_executed': { en: 'Already executed: {itas} invitations, nothing done again.', fr: 'Déjà exécutée : {itas} invitations, rien n’a été refait.' },
  'cli.round.none': { en: 'No round.', fr: 'Aucune ronde.' },
  'cli.round.imported': { en: '{imported} IRCC rounds imported ({errors} records unreadable).', fr: '{imported} rondes d’IRCC importées ({errors} enregistrements illisibles).' },
  'cli.round.no_account': { en: 'No account with the e-mail {email}.', fr: 'Aucun compte avec l’adresse {email}.' },
  'cli.round.failed': { en: 'Refused: {code} {detail}', fr: 'Refusé : {code} {detail}' },
  'cli.itas.expired': {
    en: '{count, plural, =0 {No invitation expired.} one {One invitation expired.} other {# invitations expired.}}',
    fr: '{count, plural, =0 {Aucune invitation n’a expiré.} one {Une invitation a expiré.} other {# invitations ont expiré.}}',
  },

  // ── Statuses, as the HTTP API and the web show them ───────────────────────────────────────────────────────────
  'round.status.draft': { en: 'draft', fr: 'ébauche' },
  'round.status.simulated': { en: 'simulated', fr: 'simulée' },
  'round.status.approved': { en: 'approved', fr: 'approuvée' },
  'round.status.executed': { en: 'executed', fr: 'exécutée' },
  'round.status.published': { en: 'published', fr: 'publiée' },
  'ita.status.issued': { en: 'awaiting an answer', fr: 'en attente de réponse' },
  'ita.status.accepted': { en: 'accepted', fr: 'acceptée' },
  'ita.status.declined': { en: 'declined', fr: 'refusée' },
  'ita.status.expired': { en: 'expired', fr: 'expirée' },
  'application.status.in_progress': { en: 'in progress', fr: 'en préparation' },
  'application.status.submitted': { en: 'submitted', fr: 'présentée' },
  'application.status.approved': { en: 'approved', fr: 'approuvée' },
  'application.status.refused': { en: 'refused', fr: 'refusée' },
  'application.status.withdrawn': { en: 'withdrawn', fr: 'retirée' },

  // ── Problems of the rounds area (HTTP, application/problem+json) ─────────────────────────────────────────────
  'http.round.action.simulate': { en: 'simulated', fr: 'simulée' },
  'http.round.action.approve': { en: 'approved', fr: 'approuvée' },
  'http.round.action.execute': { en: 'executed', fr: 'exécutée' },
  'http.round.action.publish': { en: 'published', fr: 'publiée' },
  'http.problem.round_status_not_allowed.title': { en: 'Not possible in this round’s status', fr: 'Impossible au statut actuel de la ronde' },
  'http.problem.round_status_not_allowed.detail': {
    en: 'The round is not in a status that allows this step (draft → simulated → approved → executed → published).',
    fr: 'La ronde n’est pas à un statut qui permet cette étape (ébauche → simulée → approuvée → exécutée → publiée).',
  },
  'http.problem.round_status_not_allowed.status': {
    en: 'A round with status “{status}” cannot be {action} (draft → simulated → approved → executed → published).',
    fr: 'Une ronde au statut « {status} » ne peut pas être {action} (ébauche → simulée → approuvée → exécutée → publiée).',
  },
  'http.problem.ita_already_answered.title': { en: 'Invitation already answered', fr: 'Invitation déjà traitée' },
  'http.problem.ita_already_answered.detail': {
    en: 'This invitation was already answered, or it has expired.',
    fr: 'Cette invitation a déjà reçu une réponse, ou elle a expiré.',
  },
  'http.problem.ita_already_answered.status': {
    en: 'This invitation can no longer be answered: it is {status}.',
    fr: 'Cette invitation ne peut plus recevoir de réponse : elle est {status}.',
  },
  'http.problem.ita_deadline_passed.title': { en: 'Deadline passed', fr: 'Délai dépassé' },
  'http.problem.ita_deadline_passed.detail': {
    en: 'The deadline to answer this invitation has passed.',
    fr: 'Le délai pour répondre à cette invitation est dépassé.',
  },
  'http.problem.ita_deadline_passed.deadline': {
    en: 'The last day to answer this invitation was {deadline}.',
    fr: 'Le dernier jour pour répondre à cette invitation était le {deadline}.',
  },
  'http.problem.transition_not_allowed.title': { en: 'Not possible in the profile’s status', fr: 'Impossible au statut actuel du profil' },
  'http.problem.transition_not_allowed.detail': {
    en: 'The status of the profile does not allow this change.',
    fr: 'Le statut du profil ne permet pas ce changement.',
  },
  'http.problem.forbidden.separation_of_duties': {
    en: 'Separation of duties: the officer who drafted a round cannot approve or execute it; another round approver must.',
    fr: 'Séparation des tâches : l’agent qui a préparé une ronde ne peut ni l’approuver ni l’exécuter ; un autre approbateur de rondes doit le faire.',
  },
  'http.problem.conflict.round_number_taken': {
    en: 'Another round was drafted at the same moment and took this number; draft it again.',
    fr: 'Une autre ronde a été préparée au même moment et a pris ce numéro ; préparez-la de nouveau.',
  },
  'http.problem.conflict.application_exists': {
    en: 'An application already exists for this invitation.',
    fr: 'Une demande existe déjà pour cette invitation.',
  },
  'http.problem.conflict.concurrent_change': {
    en: 'A record changed at the same moment (a profile of the pool, for instance); nothing was done: try again.',
    fr: 'Un enregistrement a changé au même moment (un profil du bassin, par exemple) ; rien n’a été fait : réessayez.',
  },
  'http.field.pool_cursor': {
    en: 'Expected the cursor given as `next` by the previous page.',
    fr: 'Attendu : le curseur donné comme `next` par la page précédente.',
  },
};
