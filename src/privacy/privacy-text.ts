import type { Widen } from '../i18n/nl';

/**
 * The privacy page's text, Dutch (B1) and English. It lives with the page, which loads on its own,
 * so none of it is in the map's first download. Numbers of days come from the server.
 */
export const privacyNl = {
  title: 'Privacy: wat gebeurt er met je gegevens?',
  backToMap: 'Terug naar de kaart',
  intro:
    'Op deze kaart kun je een initiatief voorstellen. Hier lees je welke gegevens we dan bewaren, waar, waarom en hoe lang. En hoe je ze weer weghaalt.',

  whatHeading: 'Welke gegevens bewaren we?',
  whatProposal:
    'Wat je invult bij een voorstel: de naam en beschrijving van het initiatief, de soort, de website, de knelpunten, de plek op de kaart en de code van de bijeenkomst.',
  whatContact:
    'Je contactgegevens, alleen als je zelf kiest dat het team contact met je mag opnemen.',
  whatNot:
    'Geen account, geen cookies, geen gegevens om je te volgen. Je internetadres (IP-adres) gebruikt de server alleen even in het geheugen, om misbruik te remmen. Het wordt nooit opgeslagen.',
  whatSettings:
    'Op je apparaat onthouden we je keuze voor de achtergrondkaart. Kies je een online kaart (de kaart van het Kadaster, PDOK, of OpenStreetMap), dan haalt je browser kaartstukjes bij die dienst. Die ziet dan je internetadres.',

  whereHeading: 'Waar staan ze?',
  whereDevice: 'Op je eigen apparaat, in de browser. Zo raak je niets kwijt, ook zonder internet.',
  whereServer:
    'Op de server van de organisatie die deze kaart aanbiedt. Je voorstel gaat daarheen zodra er internet is.',
  whereNoServer:
    'Deze kaart staat niet op een server. Je voorstellen blijven alleen op je eigen apparaat.',

  whyHeading: 'Waarom?',
  whyProposal:
    'Om je voorstel aan het Samen Buurten-team te laten zien. Als het team het goedkeurt, komt het op de kaart, zodat anderen het initiatief kunnen vinden.',
  whyContact:
    'Je contactgegevens gebruikt het team alleen om je iets te vragen over je voorstel. Nergens anders voor.',

  howLongHeading: 'Hoe lang?',
  howLongDevice: 'Op je apparaat: tot je het voorstel intrekt of de gegevens van je browser wist.',
  howLongApproved: 'Een goedgekeurd voorstel blijft op de kaart tot je het intrekt.',
  howLongContact: (days: number) =>
    days === 0
      ? 'Je contactgegevens worden meteen na het besluit over je voorstel verwijderd.'
      : `Je contactgegevens worden ${days} dagen na het besluit over je voorstel vanzelf verwijderd.`,
  howLongRejected: (days: number) =>
    days === 0
      ? 'Een afgewezen voorstel wordt meteen na het besluit helemaal verwijderd.'
      : `Een afgewezen voorstel wordt ${days} dagen na het besluit helemaal verwijderd.`,
  howLongWaiting: 'Zolang het team nog niet heeft besloten, blijft alles bewaard.',

  whoHeading: 'Wie ziet wat?',
  whoPublic:
    'Iedereen: na goedkeuring de naam, beschrijving, soort, website, knelpunten, plek en code van de bijeenkomst. Je contactgegevens nooit.',
  whoTeam:
    'Het Samen Buurten-team (de beheerders): alles wat je invult, ook je contactgegevens en voorstellen die nog niet zijn goedgekeurd.',

  withdrawHeading: 'Hoe haal je je gegevens weg?',
  withdrawSteps:
    'Open de kaart, kies “Mijn voorstellen” en dan “Intrekken”. Je voorstel verdwijnt meteen van je apparaat en van de kaart. Staat het op de server, dan wordt het daar ook helemaal verwijderd. Heb je geen internet? Dan gebeurt dat zodra er weer verbinding is.',
  withdrawOther:
    'Lukt dat niet, bijvoorbeeld omdat je een ander apparaat gebruikt? Neem dan contact op. Het team verwijdert je voorstel dan helemaal.',

  contactHeading: 'Vragen?',
  contactConfigured: (contact: string) =>
    `Heb je een vraag over je gegevens, of wil je ze laten verwijderen? Neem contact op met: ${contact}`,
  contactDefault:
    'Heb je een vraag over je gegevens, of wil je ze laten verwijderen? Neem contact op met de organisatie die deze kaart aanbiedt.',
} as const;

export type PrivacyMessages = Widen<typeof privacyNl>;

export const privacyEn: PrivacyMessages = {
  title: 'Privacy: what happens to your details?',
  backToMap: 'Back to the map',
  intro:
    'On this map you can propose an initiative. Here you can read which details we keep, where, why and for how long. And how to remove them again.',

  whatHeading: 'Which details do we keep?',
  whatProposal:
    'What you fill in for a proposal: the name and description of the initiative, its kind, the website, the bottlenecks, the place on the map and the meeting code.',
  whatContact: 'Your contact details, only if you choose yourself that the team may contact you.',
  whatNot:
    'No account, no cookies, nothing to track you. The server uses your internet address (IP address) only briefly in memory, to curb abuse. It is never stored.',
  whatSettings:
    'Your device remembers your choice of background map. If you choose an online map (PDOK or OpenStreetMap), your browser fetches map tiles from that service, which then sees your internet address.',

  whereHeading: 'Where are they kept?',
  whereDevice: 'On your own device, in the browser. So you lose nothing, even without internet.',
  whereServer:
    'On the server of the organisation that offers this map. Your proposal goes there as soon as there is internet.',
  whereNoServer: 'This map is not on a server. Your proposals stay on your own device only.',

  whyHeading: 'Why?',
  whyProposal:
    'To show your proposal to the Samen Buurten team. If the team approves it, it goes on the map, so that others can find the initiative.',
  whyContact:
    'The team uses your contact details only to ask you about your proposal. For nothing else.',

  howLongHeading: 'For how long?',
  howLongDevice: 'On your device: until you withdraw the proposal or clear your browser data.',
  howLongApproved: 'An approved proposal stays on the map until you withdraw it.',
  howLongContact: (days: number) =>
    days === 0
      ? 'Your contact details are deleted right after the decision on your proposal.'
      : `Your contact details are deleted automatically ${days} days after the decision on your proposal.`,
  howLongRejected: (days: number) =>
    days === 0
      ? 'A rejected proposal is deleted completely right after the decision.'
      : `A rejected proposal is deleted completely ${days} days after the decision.`,
  howLongWaiting: 'As long as the team has not decided, everything is kept.',

  whoHeading: 'Who sees what?',
  whoPublic:
    'Everyone: after approval the name, description, kind, website, bottlenecks, place and meeting code. Never your contact details.',
  whoTeam:
    'The Samen Buurten team (the moderators): everything you fill in, including your contact details and proposals not yet approved.',

  withdrawHeading: 'How do you remove your details?',
  withdrawSteps:
    'Open the map, choose “My proposals” and then “Withdraw”. Your proposal disappears from your device and from the map at once. If it is on the server, it is deleted there completely too. No internet? Then that happens as soon as there is a connection again.',
  withdrawOther:
    'If that does not work, for example because you use another device, please get in touch. The team will then delete your proposal completely.',

  contactHeading: 'Questions?',
  contactConfigured: (contact: string) =>
    `Do you have a question about your details, or do you want them deleted? Contact: ${contact}`,
  contactDefault:
    'Do you have a question about your details, or do you want them deleted? Contact the organisation that offers this map.',
};
