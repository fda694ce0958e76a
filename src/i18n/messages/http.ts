// Words of the HTTP API (src/http): problem titles and details, field-level validation messages, API description.
export const MESSAGES: Record<string, { en: string; fr: string }> = {
  // Problems (application/problem+json): `http.problem.<code>.title` (short) and `.detail` (a sentence).
  'http.problem.validation_failed.title': { en: 'Invalid input', fr: 'Données non valides' },
  'http.problem.validation_failed.detail': {
    en: '{count, plural, one {One field is} other {# fields are}} not valid; nothing was computed or stored.',
    fr: '{count, plural, one {Un champ n’est pas valide} other {# champs ne sont pas valides}} ; rien n’a été calculé ni enregistré.',
  },
  'http.problem.malformed_json.title': { en: 'Malformed JSON', fr: 'JSON mal formé' },
  'http.problem.malformed_json.detail': {
    en: 'The request body is not valid JSON.',
    fr: 'Le corps de la requête n’est pas du JSON valide.',
  },
  'http.problem.payload_too_large.title': { en: 'Request body too large', fr: 'Corps de requête trop volumineux' },
  'http.problem.payload_too_large.detail': {
    en: 'The request body is larger than {limit} KiB.',
    fr: 'Le corps de la requête dépasse {limit} Kio.',
  },
  'http.problem.unsupported_media_type.title': { en: 'Unsupported media type', fr: 'Type de contenu non pris en charge' },
  'http.problem.unsupported_media_type.detail': {
    en: 'Send the body as JSON, with the header Content-Type: application/json.',
    fr: 'Envoyez le corps en JSON, avec l’en-tête Content-Type: application/json.',
  },
  'http.problem.unauthenticated.title': { en: 'Sign-in required', fr: 'Connexion requise' },
  'http.problem.unauthenticated.detail': {
    en: 'Sign in to use this part of the API (your session may have expired).',
    fr: 'Connectez-vous pour utiliser cette partie de l’API (votre session a peut-être expiré).',
  },
  'http.problem.forbidden.title': { en: 'Not allowed', fr: 'Accès refusé' },
  'http.problem.forbidden.detail': {
    en: 'Your role does not allow this request.',
    fr: 'Votre rôle ne permet pas cette requête.',
  },
  'http.problem.forbidden.on_behalf_of_required': {
    en: 'A representative names the candidate they act for in the X-On-Behalf-Of header.',
    fr: 'Un représentant indique le candidat pour lequel il agit dans l’en-tête X-On-Behalf-Of.',
  },
  'http.problem.forbidden.not_authorized_for_candidate': {
    en: 'You are not authorized to act for this candidate for this kind of request, or your authorization has ended.',
    fr: 'Vous n’êtes pas autorisé à agir pour ce candidat pour ce type de requête, ou votre autorisation a pris fin.',
  },
  'http.problem.forbidden.on_behalf_of_not_allowed': {
    en: 'Only a representative may act for a candidate (X-On-Behalf-Of), and only on candidate routes.',
    fr: 'Seul un représentant peut agir pour un candidat (X-On-Behalf-Of), et seulement sur les routes des candidats.',
  },
  'http.problem.mfa_required.title': { en: 'Second factor required', fr: 'Deuxième facteur requis' },
  'http.problem.mfa_required.detail': {
    en: 'Your role requires a verified second factor (TOTP code) for this session.',
    fr: 'Votre rôle exige un deuxième facteur vérifié (code TOTP) pour cette session.',
  },
  'http.problem.csrf_failed.title': { en: 'Missing or wrong CSRF token', fr: 'Jeton CSRF absent ou incorrect' },
  'http.problem.csrf_failed.detail': {
    en: 'A request that changes something must carry the X-CSRF-Token header of your session.',
    fr: 'Une requête qui modifie quelque chose doit porter l’en-tête X-CSRF-Token de votre session.',
  },
  'http.problem.not_found.title': { en: 'Not found', fr: 'Introuvable' },
  'http.problem.not_found.detail': {
    en: 'Nothing was found at this address.',
    fr: 'Rien n’a été trouvé à cette adresse.',
  },
  'http.problem.not_found.rule': {
    en: 'No rule parameter has the id “{id}”. GET /api/rules lists them all.',
    fr: 'Aucun paramètre de règle n’a l’identifiant « {id} ». GET /api/rules les énumère tous.',
  },
  'http.problem.method_not_allowed.title': { en: 'Method not allowed', fr: 'Méthode non permise' },
  'http.problem.method_not_allowed.detail': {
    en: 'This address does not answer this method; the Allow header lists the ones it answers.',
    fr: 'Cette adresse ne répond pas à cette méthode ; l’en-tête Allow énumère celles auxquelles elle répond.',
  },
  'http.problem.method_not_allowed.named': {
    en: 'This address does not answer {method}. It answers: {allow} (see the Allow header).',
    fr: 'Cette adresse ne répond pas à {method}. Elle répond à : {allow} (voir l’en-tête Allow).',
  },
  'http.problem.conflict.title': { en: 'Conflict', fr: 'Conflit' },
  'http.problem.conflict.detail': {
    en: 'The request conflicts with the current state of the resource (it may have changed meanwhile).',
    fr: 'La requête entre en conflit avec l’état actuel de la ressource (elle a peut-être changé entre-temps).',
  },
  'http.problem.conflict.active_profile_exists': {
    en: 'You already have an active profile (draft, in the pool, ineligible, invited or applied); withdraw it first, or keep working on it.',
    fr: 'Vous avez déjà un profil actif (brouillon, dans le bassin, non admissible, invité ou demande présentée) ; retirez-le d’abord, ou continuez de le modifier.',
  },
  'http.problem.conflict.stale_version': {
    en: 'This profile changed since you read it (version in If-Match); read it again, then retry.',
    fr: 'Ce profil a changé depuis votre lecture (version indiquée dans If-Match) ; relisez-le, puis réessayez.',
  },
  'http.problem.conflict.transition_not_allowed': {
    en: 'A profile with status “{status}” cannot be {action}.',
    fr: 'Un profil au statut « {status} » ne peut pas être {action}.',
  },
  // Profile statuses are worded by `profile.status.<status>` (src/i18n/messages/profiles.ts).
  'http.profile.action.create': { en: 'created', fr: 'créé' },
  'http.profile.action.save_draft': { en: 'saved as a draft', fr: 'enregistré comme brouillon' },
  'http.profile.action.submit': { en: 'submitted', fr: 'soumis' },
  'http.profile.action.update': { en: 'updated', fr: 'mis à jour' },
  'http.profile.action.rescore': { en: 're-scored', fr: 'recalculé' },
  'http.profile.action.withdraw': { en: 'withdrawn', fr: 'retiré' },
  'http.profile.action.expire': { en: 'expired', fr: 'expiré' },
  'http.profile.action.invite': { en: 'invited', fr: 'invité' },
  'http.profile.action.decline_ita': { en: 'returned to the pool', fr: 'remis dans le bassin' },
  'http.profile.action.apply': { en: 'marked as applied', fr: 'marqué comme demande présentée' },
  'http.profile.action.expire_ita': { en: 'marked as invitation expired', fr: 'marqué comme invitation expirée' },
  'http.profile.action.clone': { en: 'cloned', fr: 'cloné' },
  'http.field.if_match': {
    en: 'Expected the profile version as an entity tag, e.g. If-Match: "3".',
    fr: 'Attendu : la version du profil comme étiquette d’entité, p. ex. If-Match: "3".',
  },
  'http.problem.rate_limited.title': { en: 'Too many requests', fr: 'Trop de requêtes' },
  'http.problem.rate_limited.detail': {
    en: 'Too many attempts; try again in {seconds, plural, one {# second} other {# seconds}}.',
    fr: 'Trop de tentatives ; réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
  },
  'http.problem.internal.title': { en: 'Internal error', fr: 'Erreur interne' },
  'http.problem.internal.detail': {
    en: 'Something went wrong on our side. Nothing about it is shown here; quote request id {requestId} if you report it.',
    fr: 'Un problème est survenu de notre côté. Aucun détail n’est montré ici ; citez l’identifiant de requête {requestId} si vous le signalez.',
  },
  'http.problem.unavailable.title': { en: 'Service unavailable', fr: 'Service indisponible' },
  'http.problem.unavailable.detail': {
    en: 'The service cannot answer right now; try again later.',
    fr: 'Le service ne peut pas répondre pour le moment ; réessayez plus tard.',
  },
  'http.problem.bad_request.title': { en: 'Bad request', fr: 'Requête incorrecte' },
  'http.problem.bad_request.detail': { en: 'The request could not be read.', fr: 'La requête n’a pas pu être lue.' },

  // Field-level messages (`errors[].message`), from the `expected` code of each field error.
  'http.field.required': { en: 'This field is required ({type}).', fr: 'Ce champ est obligatoire ({type}).' },
  'http.field.type': { en: 'Expected {type}.', fr: 'Attendu : {type}.' },
  'http.field.unknown': {
    en: 'This field is not expected here (check its spelling).',
    fr: 'Ce champ n’est pas attendu ici (vérifiez son orthographe).',
  },
  'http.field.one_of': { en: 'Expected one of: {values}.', fr: 'Attendu, l’une des valeurs : {values}.' },
  'http.field.min': { en: 'Must be at least {min}.', fr: 'Doit être au moins {min}.' },
  'http.field.max': { en: 'Must be at most {max}.', fr: 'Doit être au plus {max}.' },
  'http.field.multiple_of': { en: 'Must be a multiple of {step}.', fr: 'Doit être un multiple de {step}.' },
  'http.field.date': {
    en: 'Expected a calendar date written YYYY-MM-DD (a day that exists).',
    fr: 'Attendu : une date du calendrier au format AAAA-MM-JJ (un jour qui existe).',
  },
  'http.field.date_from': {
    en: 'Expected a date (YYYY-MM-DD) on or after {min}: the rules of Express Entry start then.',
    fr: 'Attendu : une date (AAAA-MM-JJ) le {min} ou après : les règles d’Entrée express commencent à cette date.',
  },
  'http.field.date_not_after': {
    en: 'This date is in the future: expected on or before {max}.',
    fr: 'Cette date est dans le futur : attendu le {max} ou avant.',
  },
  'http.field.before_birth': {
    en: 'This date is before the birth date.',
    fr: 'Cette date est antérieure à la date de naissance.',
  },
  'http.field.end_before_start': {
    en: 'The end date is before the start date.',
    fr: 'La date de fin est antérieure à la date de début.',
  },
  'http.field.spouse_without_partner_status': {
    en: 'A spouse is given, but the marital status is neither married nor common-law.',
    fr: 'Un époux ou conjoint est indiqué, mais l’état matrimonial n’est ni marié ni conjoint de fait.',
  },
  'http.field.score_scale': {
    en: 'Score outside the test’s scale: expected {min} to {max}, in steps of {step}.',
    fr: 'Résultat hors de l’échelle du test : attendu de {min} à {max}, par pas de {step}.',
  },
  'http.field.noc': {
    en: 'Expected a NOC 2021 unit-group code of 5 digits (e.g. 21231).',
    fr: 'Attendu : un code de groupe de base de la CNP 2021 à 5 chiffres (p. ex. 21231).',
  },
  'http.field.country': {
    en: 'Expected a two-letter country code in capitals (ISO 3166-1, e.g. CA).',
    fr: 'Attendu : un code de pays de deux lettres majuscules (ISO 3166-1, p. ex. CA).',
  },
  'http.field.format': { en: 'This value does not have the expected form.', fr: 'Cette valeur n’a pas la forme attendue.' },
  'http.field.full_profile': {
    en: 'A full profile is needed here (CRS factors are not enough).',
    fr: 'Un profil complet est nécessaire ici (les facteurs du SCG ne suffisent pas).',
  },
  'http.field.uuid': { en: 'Expected an identifier (UUID).', fr: 'Attendu : un identifiant (UUID).' },
  'http.field.other': { en: 'Expected: {expected}.', fr: 'Attendu : {expected}.' },
  'http.type.number': { en: 'a number', fr: 'un nombre' },
  'http.type.int': { en: 'a whole number', fr: 'un nombre entier' },
  'http.type.string': { en: 'a text string', fr: 'une chaîne de caractères' },
  'http.type.boolean': { en: 'true or false', fr: 'true ou false' },
  'http.type.object': { en: 'an object', fr: 'un objet' },
  'http.type.array': { en: 'a list', fr: 'une liste' },
  'http.type.null': { en: 'null', fr: 'null' },

  // The API description (OpenAPI info).
  'http.api.title': { en: 'Express Entry API', fr: 'API Entrée express' },
};
