import type { Widen } from './nl';

/**
 * Dutch (default) strings for what only exists with a Samen Buurten server: approved proposals, the
 * live wall and the moderator view. Kept apart from nl.ts so that a static site (and the first map
 * view) never downloads them; this file is the source of truth for these keys.
 */
export const serverNl = {
  approvedBadge: 'Goedgekeurd voorstel',
  approvedHeading: 'Goedgekeurde voorstellen',
  approvedPinLabel: (name: string, place: string) => `Goedgekeurd voorstel: ${name}, ${place}`,
  approvedIntro: 'Voorgesteld door bewoners en goedgekeurd door het Samen Buurten-team.',
  approvedOn: 'Goedgekeurd op',
  legendApproved: 'Goedgekeurd voorstel',
  liveNew: (n: number) => (n === 1 ? '1 nieuw voorstel' : `${n} nieuwe voorstellen`),
  liveNewPinLabel: (label: string) => `Nieuw: ${label}`,

  beheerTitle: 'Beheer van voorstellen',
  beheerIntro:
    'Hier bekijk je de voorstellen die binnenkomen en beslis je of ze op de kaart komen.',
  tokenLabel: 'Beheercode',
  tokenHint: 'De code die je van de beheerder van de server hebt gekregen.',
  login: 'Inloggen',
  logout: 'Uitloggen',
  checking: 'Even geduld…',
  noServer:
    'Hier draait geen Samen Buurten-server. Beheer werkt alleen als de kaart op de server staat.',
  beheerOffline:
    'Er is nu geen internet. Beheer werkt alleen met een verbinding met de server. We proberen het opnieuw zodra er weer internet is.',
  moderationOff: 'Beheer staat uit op deze server: er is geen beheercode ingesteld.',
  wrongToken: 'Deze code klopt niet. Kijk de code na en probeer het opnieuw.',
  expiredToken:
    'Je code werkt niet meer. Log uit en log opnieuw in. Je wijzigingen staan nog in het formulier.',
  offline:
    'Geen verbinding met de server. Er is niets verloren gegaan. Controleer de verbinding en probeer het opnieuw.',
  serverError: (status: number) =>
    `Er ging iets mis op de server (${status}). Probeer het later opnieuw.`,
  rateLimited: 'Te veel verzoeken in korte tijd. Wacht een minuut en probeer het opnieuw.',
  notFound: 'Dit voorstel of deze bijeenkomst bestaat niet (meer). Vernieuw de lijst.',
  conflict: 'Iemand anders heeft dit voorstel net veranderd. Vernieuw de lijst.',
  retry: 'Opnieuw proberen',
  arrived: (n: number) =>
    n === 1
      ? 'Er is 1 nieuw voorstel binnengekomen.'
      : `Er zijn ${n} nieuwe voorstellen binnengekomen.`,
  refresh: 'Vernieuwen',
  tabsLabel: 'Voorstellen per status',
  statusTabs: {
    ingediend: (n: number | undefined) => (n === undefined ? 'Nieuw' : `Nieuw (${n})`),
    goedgekeurd: 'Goedgekeurd',
    afgewezen: 'Afgewezen',
  },
  meetingsTab: 'Bijeenkomsten',
  loadingList: 'Voorstellen laden…',
  emptyList: {
    ingediend: 'Er wachten geen nieuwe voorstellen.',
    goedgekeurd: 'Er zijn nog geen goedgekeurde voorstellen.',
    afgewezen: 'Er zijn geen afgewezen voorstellen.',
  },
  number: (n: number) => `Nummer ${n}`,
  place: 'Plaats',
  kind: 'Soort',
  contact: 'Contact',
  website: 'Website',
  meeting: 'Bijeenkomst',
  received: 'Ontvangen',
  decided: 'Besloten',
  reason: 'Reden',
  none: '—',
  approve: 'Goedkeuren',
  reject: 'Afwijzen',
  edit: 'Bewerken',
  save: 'Opslaan',
  cancel: 'Annuleren',
  saving: 'Bezig…',
  approveFor: (name: string) => `Goedkeuren: ${name}`,
  rejectFor: (name: string) => `Afwijzen: ${name}`,
  editFor: (name: string) => `Bewerken: ${name}`,
  rejectReason: 'Waarom wijs je dit voorstel af? *',
  rejectReasonHint: 'De reden komt in het verslag. Schrijf geen persoonsgegevens op.',
  reasonRequired: 'Vul een reden in.',
  approvedMessage: (name: string) => `“${name}” is goedgekeurd en staat nu op de kaart.`,
  rejectedMessage: (name: string) => `“${name}” is afgewezen.`,
  savedMessage: (name: string) => `De wijzigingen in “${name}” zijn opgeslagen.`,
  editHeading: (name: string) => `“${name}” bewerken`,
  fieldName: 'Naam *',
  fieldDescription: 'Beschrijving *',
  fieldKind: 'Soort *',
  fieldWebsite: 'Website',
  fieldContact: 'Contact',
  meetingsHeading: 'Bijeenkomsten',
  meetingsIntro:
    'Maak een bijeenkomst aan. Deelnemers vullen de code in bij hun voorstel; de presentatie toont hun goedgekeurde voorstellen direct.',
  meetingTitle: 'Naam van de bijeenkomst *',
  meetingTitleRequired: 'Vul een naam in.',
  createMeeting: 'Bijeenkomst maken',
  meetingCreated: (code: string) => `Bijeenkomst gemaakt. De code is ${code}.`,
  noMeetings: 'Nog geen bijeenkomsten.',
  meetingCode: 'Code',
  openPresentation: 'Open de presentatie',
  downloadReport: 'Download het verslag (CSV)',
  exportHeading: 'Alles downloaden',
  exportIntro:
    'Alle voorstellen met hun status, ook de afgewezen. Bevat contactgegevens: deel het bestand niet zomaar.',
  exportCsv: 'Download als CSV (Excel)',
  exportGeoJson: 'Download als bestand voor kaartprogramma’s (GeoJSON)',
  downloaded: (file: string) => `${file} is gedownload.`,
  backToMap: 'Naar de kaart',
  auditTab: 'Logboek',
  auditHeading: 'Logboek',
  auditIntro:
    'Wie wat heeft goedgekeurd, afgewezen of bewerkt, en wanneer. Zonder contactgegevens of redenen.',
  auditEmpty: 'Er staat nog niets in het logboek.',
  auditWhen: 'Wanneer',
  auditWho: 'Wie',
  auditWhat: 'Wat',
  auditDetail: 'Details',
  auditProposal: (n: number) => `voorstel ${n}`,
  auditActions: {
    approve: 'Goedgekeurd',
    reject: 'Afgewezen',
    edit: 'Bewerkt',
    erase: 'Gewist',
    meeting: 'Bijeenkomst gemaakt',
    'moderator-add': 'Beheerder toegevoegd',
    'moderator-revoke': 'Beheerder ingetrokken',
    withdraw: 'Ingetrokken door de indiener',
    'erase-contact': 'Contactgegevens verwijderd (bewaartermijn)',
  },
  auditDownload: 'Download het logboek (CSV)',
  erase: 'Helemaal wissen',
  eraseFor: (name: string) => `Helemaal wissen: ${name}`,
  eraseConfirm: (name: string) =>
    `Voorstel “${name}” helemaal wissen? Dit kan niet ongedaan worden gemaakt. Doe dit als de indiener erom vraagt, bijvoorbeeld per e-mail of telefoon.`,
  erasedMessage: (name: string) => `“${name}” is helemaal gewist.`,
  privacyHeading: 'Privacy en bewaartermijnen',
  retentionText: (contactDays: number, rejectedDays: number) =>
    `Contactgegevens worden ${contactDays} dagen na het besluit vanzelf verwijderd. Afgewezen voorstellen worden ${rejectedDays} dagen na het besluit helemaal verwijderd. De server stelt dit in met CONTACT_RETENTION_DAYS en REJECTED_RETENTION_DAYS.`,
  privacyContactText: (contact: string) => `Contact voor vragen over privacy: ${contact}`,
  privacyContactMissing:
    'Er is geen contact voor vragen over privacy ingesteld. Stel PRIVACY_CONTACT in op de server.',
  privacyPageLink: 'Privacypagina voor bewoners',
} as const;

export type ServerMessages = Widen<typeof serverNl>;
