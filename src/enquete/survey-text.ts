/** The phone survey's words: plain (B1) Dutch first, English complete. */
export const surveyNl = {
  title: 'Vragen over deze bijeenkomst',
  intro:
    'Wat staat bij u in de buurt samenwerken in de weg? Kies bij elk punt of u het hier herkent. U hoeft niets in te vullen over uzelf.',
  anonymous: 'Anoniem: we vragen geen naam en geen contactgegevens.',
  loading: 'Even laden…',
  notFound: 'Bij deze code hoort geen vragenlijst. Kijk of de code goed is.',
  offlineNoSurvey: 'Er is geen verbinding. Open deze pagina opnieuw als u weer internet hebt.',
  step: (n: number, of: number) => `Stap ${n} van ${of}`,
  question: 'Herkent u dit hier?',
  ja: 'Ja',
  nee: 'Nee',
  weetNiet: 'Weet ik niet',
  previous: 'Vorige',
  next: 'Volgende',
  lastStep: 'Tot slot',
  wijk: 'In welke wijk woont of werkt u? (niet verplicht)',
  noWijk: 'Zeg ik liever niet',
  open: 'Wat staat bij u in de weg? (niet verplicht)',
  openHint: (max: number) =>
    `Hoogstens ${max} tekens. Noem geen namen. Iemand van de organisatie leest het eerst; daarna kan het op het grote scherm komen.`,
  send: 'Versturen',
  sendAgain: 'Wijziging versturen',
  sent: 'Dank u wel! Uw antwoorden zijn ontvangen. U kunt ze nog veranderen zolang de bijeenkomst loopt.',
  waiting:
    'Er is nu geen verbinding. Uw antwoorden staan op dit apparaat en gaan vanzelf weg zodra er weer verbinding is.',
  closed: 'De bijeenkomst is gesloten. Er kunnen geen antwoorden meer bij.',
  refused: 'De server nam de antwoorden niet aan:',
  allFlevoland: 'heel Flevoland',
  about: (place: string) => `Deze vragen gaan over ${place}.`,
  sourceNote:
    'De punten komen uit de vragenlijst die Samen Buurten hield onder deelnemers van het Verbindingsfestival.',
};

export type SurveyText = typeof surveyNl;

export const surveyEn: SurveyText = {
  title: 'Questions about this meeting',
  intro:
    'What stands in the way of working together in your neighbourhood? For each point, choose whether you recognise it here. You do not have to say anything about yourself.',
  anonymous: 'Anonymous: we ask for no name and no contact details.',
  loading: 'Loading…',
  notFound: 'There is no questionnaire for this code. Check that the code is right.',
  offlineNoSurvey: 'There is no connection. Open this page again when you are back online.',
  step: (n, of) => `Step ${n} of ${of}`,
  question: 'Do you recognise this here?',
  ja: 'Yes',
  nee: 'No',
  weetNiet: "Don't know",
  previous: 'Previous',
  next: 'Next',
  lastStep: 'Finally',
  wijk: 'Which district do you live or work in? (optional)',
  noWijk: "I'd rather not say",
  open: 'What stands in your way? (optional)',
  openHint: (max) =>
    `At most ${max} characters. Do not name people. Someone from the organisation reads it first; then it may appear on the big screen.`,
  send: 'Send',
  sendAgain: 'Send the change',
  sent: 'Thank you! Your answers have been received. You can still change them while the meeting lasts.',
  waiting:
    'There is no connection right now. Your answers are kept on this device and will be sent as soon as there is a connection.',
  closed: 'The meeting is closed. No more answers can be added.',
  refused: 'The server did not accept the answers:',
  allFlevoland: 'all of Flevoland',
  about: (place) => `These questions are about ${place}.`,
  sourceNote:
    'The points come from the questionnaire Samen Buurten held among participants of the Verbindingsfestival.',
};
