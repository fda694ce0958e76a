// French and English for the profile lifecycle: statuses, inbox and e-mail messages (`message.<kind>.subject|body`,
// params as stored with the message), and the words of the `ee db|profiles|rules apply|audit` commands.

const WHO_EN = '{who, select, spouse {your spouse’s or partner’s} other {your}}';
const WHO_FR = '{who, select, spouse { de votre époux ou conjoint} other {}}';

export const MESSAGES: Record<string, { en: string; fr: string }> = {
  'profile.status.draft': { en: 'draft', fr: 'brouillon' },
  'profile.status.submitted': { en: 'in the pool', fr: 'dans le bassin' },
  'profile.status.ineligible': { en: 'not eligible', fr: 'non admissible' },
  'profile.status.invited': { en: 'invited to apply', fr: 'invité à présenter une demande' },
  'profile.status.applied': { en: 'application submitted', fr: 'demande présentée' },
  'profile.status.ita_expired': { en: 'invitation expired', fr: 'invitation expirée' },
  'profile.status.withdrawn': { en: 'withdrawn', fr: 'retiré' },
  'profile.status.expired': { en: 'expired', fr: 'expiré' },

  'message.profile_submitted.subject': {
    en: 'Your profile {number} is in the Express Entry pool',
    fr: 'Votre profil {number} est dans le bassin d’Entrée express',
  },
  'message.profile_submitted.body': {
    en: 'Your profile {number} meets the minimum criteria of at least one program and entered the pool with a CRS score of {score}. It stays in the pool until {expiresOn} unless you are invited or withdraw it. Keep it up to date.',
    fr: 'Votre profil {number} répond aux critères minimaux d’au moins un programme et est entré dans le bassin avec une note SCG de {score}. Il y reste jusqu’au {expiresOn}, à moins que vous ne soyez invité ou que vous le retiriez. Tenez-le à jour.',
  },
  'message.profile_ineligible.subject': {
    en: 'Your profile {number} does not meet the minimum criteria',
    fr: 'Votre profil {number} ne répond pas aux critères minimaux',
  },
  'message.profile_ineligible.body': {
    en: 'Your profile {number} meets the minimum criteria of no Express Entry program, so it is not in the pool. Your profile page lists the reasons, program by program. You can correct or complete your profile and submit it again.',
    fr: 'Votre profil {number} ne répond aux critères minimaux d’aucun programme d’Entrée express : il n’est donc pas dans le bassin. La page de votre profil en donne les raisons, programme par programme. Vous pouvez corriger ou compléter votre profil et le soumettre de nouveau.',
  },
  'message.profile_left_pool.subject': {
    en: 'Your profile {number} has left the pool',
    fr: 'Votre profil {number} a quitté le bassin',
  },
  'message.profile_left_pool.body': {
    en: 'Your profile {number} no longer meets the minimum criteria of any program, so it has left the pool. Your profile page lists the reasons. Your submission date and time are kept if it comes back into the pool.',
    fr: 'Votre profil {number} ne répond plus aux critères minimaux d’aucun programme : il a quitté le bassin. La page de votre profil en donne les raisons. Votre date et heure de soumission sont conservées s’il revient dans le bassin.',
  },
  'message.profile_withdrawn.subject': { en: 'Your profile {number} was withdrawn', fr: 'Votre profil {number} a été retiré' },
  'message.profile_withdrawn.body': {
    en: 'Your profile {number} was withdrawn from Express Entry. You can still read it, and start a new profile from it.',
    fr: 'Votre profil {number} a été retiré d’Entrée express. Vous pouvez toujours le consulter et créer un nouveau profil à partir de celui-ci.',
  },
  'message.profile_expired.subject': { en: 'Your profile {number} has expired', fr: 'Votre profil {number} a expiré' },
  'message.profile_expired.body': {
    en: 'Your profile {number} expired on {expiredOn}, 12 months after it was submitted. You can start a new profile from it; it will get a new number and a new submission date.',
    fr: 'Votre profil {number} a expiré le {expiredOn}, 12 mois après sa soumission. Vous pouvez créer un nouveau profil à partir de celui-ci ; il aura un nouveau numéro et une nouvelle date de soumission.',
  },
  'message.profile_expiry_reminder.subject': {
    en: 'Your profile {number} expires in {days, plural, one {# day} other {# days}}',
    fr: 'Votre profil {number} expire dans {days, plural, one {# jour} other {# jours}}',
  },
  'message.profile_expiry_reminder.body': {
    en: 'Your profile {number} will expire on {expiresOn} and leave the pool. After that, you can start a new profile from it.',
    fr: 'Votre profil {number} expirera le {expiresOn} et quittera le bassin. Vous pourrez ensuite créer un nouveau profil à partir de celui-ci.',
  },
  'message.language_test_expiring.subject': {
    en: 'A language test result in your profile {number} expires soon',
    fr: 'Un résultat de test de langue de votre profil {number} expire bientôt',
  },
  'message.language_test_expiring.body': {
    en: `The result of ${WHO_EN} language test of {testDate} counts until {validUntil} only (results are valid 2 years). After that it earns no points and may stop your profile from meeting a program’s criteria: take a new test and update your profile.`,
    fr: `Le résultat du test de langue${WHO_FR} du {testDate} ne compte que jusqu’au {validUntil} (les résultats sont valides 2 ans). Ensuite, il ne rapporte plus de points et votre profil pourrait ne plus répondre aux critères d’un programme : passez un nouveau test et mettez votre profil à jour.`,
  },
  'message.eca_expiring.subject': {
    en: 'An educational credential assessment in your profile {number} expires soon',
    fr: 'Une évaluation des diplômes d’études de votre profil {number} expire bientôt',
  },
  'message.eca_expiring.body': {
    en: `The educational credential assessment (ECA) of ${WHO_EN} credential, issued on {ecaDate}, counts until {validUntil} only (ECAs are valid 5 years). Ask for a new assessment and update your profile.`,
    fr: `L’évaluation des diplômes d’études (EDE)${WHO_FR}, délivrée le {ecaDate}, ne compte que jusqu’au {validUntil} (les EDE sont valides 5 ans). Demandez une nouvelle évaluation et mettez votre profil à jour.`,
  },
  'message.score_changed.subject': {
    en: 'The CRS score of your profile {number} changed',
    fr: 'La note SCG de votre profil {number} a changé',
  },
  'message.score_changed.body': {
    en: 'The rules in force since {rulesVersion} changed the CRS score of your profile {number} from {before} to {after}. Your profile page explains the new score line by line.',
    fr: 'Les règles en vigueur depuis le {rulesVersion} ont changé la note SCG de votre profil {number} de {before} à {after}. La page de votre profil explique la nouvelle note ligne par ligne.',
  },

  'cli.db.migrated': {
    en: '{count, plural, =0 {The database is up to date.} one {# migration applied: {names}} other {# migrations applied: {names}}}',
    fr: '{count, plural, =0 {La base de données est à jour.} one {# migration appliquée : {names}} other {# migrations appliquées : {names}}}',
  },
  'cli.profiles.expired': {
    en: '{count, plural, =0 {No profile expired.} one {# profile expired.} other {# profiles expired.}}',
    fr: '{count, plural, =0 {Aucun profil n’a expiré.} one {# profil a expiré.} other {# profils ont expiré.}}',
  },
  'cli.profiles.reminders': {
    en: 'Reminders sent: {expiry} profile expiry, {documents} language test or ECA.',
    fr: 'Rappels envoyés : {expiry} d’expiration de profil, {documents} de test de langue ou d’EDE.',
  },
  'cli.rules.applied': {
    en: 'Rules in force on {asOf} (version {rulesVersion}) applied to {profiles} pool profiles: {changed} changed ({up} up, {down} down, {leftPool} left the pool; largest change {maxChange}). Report {reportId}.',
    fr: 'Règles en vigueur le {asOf} (version du {rulesVersion}) appliquées à {profiles} profils du bassin : {changed} changés ({up} en hausse, {down} en baisse, {leftPool} sortis du bassin ; plus grand écart {maxChange}). Rapport {reportId}.',
  },
  'cli.rules.progress': { en: 'Re-scoring the pool', fr: 'Nouveau calcul des notes du bassin' },
  'cli.audit.ok': {
    en: 'Audit trail intact: {checked, plural, one {# event} other {# events}} checked, every hash chained up to the anchor; {unchained, plural, =0 {none waiting} one {# event committed meanwhile waits} other {# events committed meanwhile wait}} for the chainer.',
    fr: 'Piste d’audit intacte : {checked, plural, one {# événement vérifié} other {# événements vérifiés}}, chaque empreinte chaînée jusqu’à l’ancre ; {unchained, plural, =0 {aucun en attente} one {# événement validé entre-temps attend} other {# événements validés entre-temps attendent}} le chaînage.',
  },
  'cli.audit.truncated': {
    en: 'Audit trail BROKEN: the chain stops after {checked} events but its anchor records {expected}: its last events were deleted.',
    fr: 'Piste d’audit ROMPUE : la chaîne s’arrête après {checked} événements alors que son ancre en compte {expected} : ses derniers événements ont été supprimés.',
  },
  'cli.audit.anchor': {
    en: 'Audit trail BROKEN: the chain’s anchor is missing or does not match its last event (after {checked} intact events).',
    fr: 'Piste d’audit ROMPUE : l’ancre de la chaîne manque ou ne correspond pas à son dernier événement (après {checked} événements intacts).',
  },
  'cli.audit.broken': {
    en: 'Audit trail BROKEN at event {seq} (after {checked} intact events): it was changed after it was written.',
    fr: 'Piste d’audit ROMPUE à l’événement {seq} (après {checked} événements intacts) : elle a été modifiée après son écriture.',
  },
  'cli.error.instant': {
    en: '{option} expects a day YYYY-MM-DD or an instant YYYY-MM-DDTHH:MM[:SS]Z, got {value}',
    fr: '{option} attend un jour AAAA-MM-JJ ou un instant AAAA-MM-JJTHH:MM[:SS]Z, reçu {value}',
  },
  'cli.error.no_database': {
    en: 'This command needs the database (not wired here).',
    fr: 'Cette commande a besoin de la base de données (non branchée ici).',
  },
};
