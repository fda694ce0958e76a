// Words of the accounts area (issue #3): field errors of registration, passwords, second factor and representatives
// (`http.field.<expected code>`, as the HTTP problem renderer looks them up), problem details (`accounts.problem.*`),
// next steps of a session and audit actions.
export const MESSAGES: Record<string, { en: string; fr: string }> = {
  // Field errors (FieldError.expected codes of src/app/accounts.ts and src/domain/accounts.ts).
  'http.field.email': { en: 'Expected an e-mail address.', fr: 'Attendu : une adresse courriel.' },
  'http.field.password_too_short': {
    en: 'The password must have at least 12 characters. A few unrelated words make a long password that is easy to remember.',
    fr: 'Le mot de passe doit compter au moins 12 caractères. Quelques mots sans lien entre eux font un long mot de passe facile à retenir.',
  },
  'http.field.password_too_long': {
    en: 'The password must have at most 256 characters.',
    fr: 'Le mot de passe doit compter au plus 256 caractères.',
  },
  'http.field.password_is_email': {
    en: 'The password must not be your e-mail address.',
    fr: 'Le mot de passe ne doit pas être votre adresse courriel.',
  },
  'http.field.password_too_common': {
    en: 'This password is too common: it is among the first ones an attacker tries. Choose another.',
    fr: 'Ce mot de passe est trop courant : il fait partie des premiers qu’un attaquant essaie. Choisissez-en un autre.',
  },
  'http.field.password_unchanged': {
    en: 'The new password must differ from the current one.',
    fr: 'Le nouveau mot de passe doit être différent de l’actuel.',
  },
  'http.field.current_password_wrong': {
    en: 'This is not your current password.',
    fr: 'Ce n’est pas votre mot de passe actuel.',
  },
  'http.field.totp_code_wrong': {
    en: 'This code is not the one your authenticator app shows now. Check the time of your device and try the new code.',
    fr: 'Ce code n’est pas celui qu’affiche maintenant votre application d’authentification. Vérifiez l’heure de votre appareil et essayez le nouveau code.',
  },
  'http.field.totp_code_used': {
    en: 'This code has already been used. Wait for your authenticator app to show the next one, then enter it.',
    fr: 'Ce code a déjà été utilisé. Attendez que votre application d’authentification affiche le suivant, puis saisissez-le.',
  },
  'http.field.representative_account': {
    en: 'No representative account has this e-mail address. Your representative must first have an account as a representative.',
    fr: 'Aucun compte de représentant n’a cette adresse courriel. Votre représentant doit d’abord avoir un compte de représentant.',
  },
  'http.field.province_role_only': {
    en: 'Only a province or territory account is bound to a province.',
    fr: 'Seul un compte de province ou de territoire est rattaché à une province.',
  },
  'http.field.date_today_or_later': {
    en: 'Expected a date (YYYY-MM-DD), today or later.',
    fr: 'Attendu : une date (AAAA-MM-JJ), aujourd’hui ou plus tard.',
  },

  // Problem details.
  'accounts.problem.bad_credentials': {
    en: 'The e-mail address or the password is not right.',
    fr: 'L’adresse courriel ou le mot de passe n’est pas le bon.',
  },
  'accounts.problem.email_taken': {
    en: 'An account already uses this e-mail address. Sign in, or use another address.',
    fr: 'Un compte utilise déjà cette adresse courriel. Connectez-vous, ou utilisez une autre adresse.',
  },
  'accounts.problem.totp_already_enabled': {
    en: 'The second factor is already turned on for this account.',
    fr: 'Le deuxième facteur est déjà activé pour ce compte.',
  },
  'accounts.problem.totp_not_enrolled': {
    en: 'No authenticator app is enrolled for this account yet: start the enrolment first.',
    fr: 'Aucune application d’authentification n’est encore inscrite pour ce compte : commencez d’abord l’inscription.',
  },
  'accounts.problem.authorization_not_found': {
    en: 'You have no authorization in force with this identifier.',
    fr: 'Vous n’avez aucune autorisation en vigueur portant cet identifiant.',
  },
  'accounts.problem.account_not_found': {
    en: 'This account no longer exists.',
    fr: 'Ce compte n’existe plus.',
  },

  // What a session still needs (SessionView.next).
  'accounts.next.none': { en: 'Signed in.', fr: 'Connecté.' },
  'accounts.next.totp_verify': {
    en: 'Enter the code shown by your authenticator app.',
    fr: 'Entrez le code affiché par votre application d’authentification.',
  },
  'accounts.next.totp_enroll': {
    en: 'Your role requires a second factor: enrol an authenticator app to continue.',
    fr: 'Votre rôle exige un deuxième facteur : inscrivez une application d’authentification pour continuer.',
  },

  // Audit actions of the accounts area.
  'audit.action.account.registered': { en: 'Account registered', fr: 'Compte créé par son titulaire' },
  'audit.action.account.created': { en: 'Account created by an administrator', fr: 'Compte créé par un administrateur' },
  'audit.action.account.signed_in': { en: 'Signed in', fr: 'Connexion' },
  'audit.action.account.signed_out': { en: 'Signed out', fr: 'Déconnexion' },
  'audit.action.account.password_changed': { en: 'Password changed', fr: 'Mot de passe changé' },
  'audit.action.account.totp_enrollment_started': {
    en: 'Second factor enrolment started',
    fr: 'Inscription du deuxième facteur commencée',
  },
  'audit.action.account.totp_enabled': { en: 'Second factor turned on', fr: 'Deuxième facteur activé' },
  'audit.action.account.mfa_verified': { en: 'Second factor verified', fr: 'Deuxième facteur vérifié' },
  'audit.action.representative.authorized': { en: 'Representative authorized', fr: 'Représentant autorisé' },
  'audit.action.representative.revoked': { en: 'Representative authorization revoked', fr: 'Autorisation du représentant révoquée' },
};
