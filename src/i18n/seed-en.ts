/**
 * English translations of the seed's own text (the knelpunten and the notes on places), keyed by
 * the Dutch text itself: a seed line that changes, or a new one, is simply shown in Dutch, marked
 * lang="nl", until it is translated here. A translation adds no facts; the UI says it is one.
 */
export const seedEn: ReadonlyMap<string, string> = new Map([
  [
    'Presentatie “Knelpunten bij inclusieve samenlevingsopbouw” (Samen Buurten), Anneke Brock en Maarten Kwakernaak',
    'Presentation on bottlenecks in inclusive community building (Samen Buurten, in Dutch), Anneke Brock and Maarten Kwakernaak',
  ],
  ['Maatschappelijke knelpunten', 'Societal bottlenecks'],
  ['Ontwikkelingen in de samenleving', 'Developments in society'],
  [
    'Waar knelt het door ontwikkelingen in de samenleving?',
    'Where do developments in society get in the way?',
  ],
  [
    'Toenemend individualisme zorgt voor minder inzet door inwoners.',
    'Growing individualism means residents put in less effort.',
  ],
  [
    'Het aantal vrijwilligers/actieve inwoners daalt.',
    'The number of volunteers and active residents is falling.',
  ],
  [
    'Inwoners willen zich alleen incidenteel/kortdurend inzetten.',
    'Residents only want to help now and then, or for a short time.',
  ],
  [
    'Er is te weinig vertrouwen in instituties/organisaties (waaronder professionele buurtverbinders/opbouwwerkers/community builders).',
    'There is too little trust in institutions and organisations (including professional neighbourhood connectors, community workers and community builders).',
  ],
  [
    'Vrijwilligers zijn kwetsbaar/beperkt belastbaar.',
    'Volunteers are vulnerable or can only take on a limited load.',
  ],
  [
    'Maatschappelijke onrust/polarisatie zorgt voor minder inzet voor samenlevingsopbouw.',
    'Unrest and polarisation in society mean less effort for community building.',
  ],
  [
    'Krapte op de arbeidsmarkt zorgt voor minder inzet door inwoners.',
    'A tight labour market means residents put in less effort.',
  ],
  [
    'Mensen blijven niet lang op dezelfde plek wonen.',
    'People do not stay long in the same place.',
  ],
  [
    'Individualisme in gemeenschappen is een groot knelpunt voor inclusieve samenlevingsopbouw. Inwoners richten zich vooral op zichzelf en er is vaak angst voor het onbekende.',
    'Individualism in communities is a big bottleneck for inclusive community building. Residents mostly focus on themselves, and there is often fear of the unknown.',
  ],
  [
    'De maatschappij is druk geworden: iedereen werkt (hard) en dat moeten veel mensen ook om het leven betaalbaar te houden. Dit heeft ertoe geleid dat we niet meer voor elkaar zorgen en de kracht van de gemeenschap niet meer kennen. Het aantal vrijwilligers neemt hierdoor af.',
    'Society has become busy: everyone works (hard), and many people have to in order to afford their lives. As a result we no longer look after each other and no longer know the strength of the community. The number of volunteers is falling because of this.',
  ],
  [
    'Tegelijkertijd zien we de behoeften van actieve inwoners/vrijwilligers verandert: flexibel, kortdurend, incidenteel.',
    'At the same time we see the needs of active residents and volunteers changing: flexible, short-term, now and then.',
  ],
  [
    'Daar komt ten slotte nog bij dat een deel van de vrijwilligers een hoge mate van kwetsbaarheid kent.',
    'On top of that, some of the volunteers are themselves very vulnerable.',
  ],
  [
    "Er zijn nog altijd veel stigma's vanuit de samenleving, vooral waar het gaat om mensen met een beperking. Dit maakt toenadering lastig.",
    'Society still holds many stigmas, especially about people with a disability. This makes it hard to reach out.',
  ],
  [
    'Anderzijds is het betrekken van een kwetsbare doelgroep lastig; die voelen zich ook niet altijd uitgenodigd of welkom.',
    'On the other hand, involving a vulnerable group is hard; they do not always feel invited or welcome either.',
  ],
  ['Bestuurlijke knelpunten', 'Administrative bottlenecks'],
  ['Visie, beleid en budget', 'Vision, policy and budget'],
  [
    'Waar knelt het, op het gebied van visie, beleid en budget? (organisaties en gemeenten)',
    'Where does it get stuck in vision, policy and budget? (organisations and municipalities)',
  ],
  [
    'Er wordt te weinig gezamenlijk verantwoordelijkheid genomen voor samenlevingsopbouw (overheid, organisaties, inwoners).',
    'Too little shared responsibility is taken for community building (government, organisations, residents).',
  ],
  [
    'Gemeenten zetten niet (genoeg) in op samenlevingsopbouw (te weinig aandacht/financiering).',
    'Municipalities do not put (enough) effort into community building (too little attention or funding).',
  ],
  [
    'Er is te weinig (structureel) geld beschikbaar voor samenlevingsopbouw.',
    'There is too little (lasting) money for community building.',
  ],
  [
    'Er is te weinig bekend over de effecten/meerwaarde van samenlevingsopbouw.',
    'Too little is known about the effects and added value of community building.',
  ],
  [
    'Wet- en regelgeving zorgt voor vertraging en het afhaken van inwoners.',
    'Laws and regulations cause delays and make residents give up.',
  ],
  [
    'Organisaties (bijv. zorgorganisaties, woningcorporaties) zetten niet genoeg in op samenlevingsopbouw.',
    'Organisations (e.g. care organisations, housing associations) do not put enough effort into community building.',
  ],
  [
    'Gemeenten verwachten te snel, te concreet resultaat van samenlevingsopbouw.',
    'Municipalities expect results from community building too quickly and too concretely.',
  ],
  [
    'Er zijn niet voldoende goede/betaalbare locaties en voorzieningen om iets te organiseren.',
    'There are not enough good, affordable places and facilities to organise something.',
  ],
  [
    'Organisaties rond samenlevingsopbouw zijn niet in staat/bereid te vernieuwen.',
    'Organisations around community building are unable or unwilling to renew themselves.',
  ],
  [
    "Er zijn te weinig plekken in wijken waar mensen elkaar 'toevallig' tegenkomen (zoals winkels, speeltuinen, etc.).",
    "There are too few places in neighbourhoods where people meet each other 'by chance' (such as shops, playgrounds, etc.).",
  ],
  [
    'Verantwoordelijkheden, inzet en financiering rondom samenlevingsopbouw zijn versnipperd tussen organisaties, afdelingen binnen gemeenten en bewonersinitiatieven. Er is geen eenduidige visie en onvoldoende samenwerking rondom samenlevingsopbouw.',
    "Responsibilities, effort and funding for community building are scattered across organisations, municipal departments and residents' initiatives. There is no shared vision and not enough cooperation on community building.",
  ],
  [
    'Budgetten en visies zijn versnipperd over verschillende beleidsterreinen/afdelingen in gemeenten en provincie. Budgetten zijn klein en versnipperd tussen beleidsafdelingen, fondsen en andere financiers.',
    'Budgets and visions are scattered across different policy areas and departments in municipalities and the province. Budgets are small and scattered across policy departments, funds and other funders.',
  ],
  [
    'Er wordt vaak bezuinigd op samenlevingsopbouw, terwijl inclusieve samenlevingsopbouw juist gebaat is bij langdurige, structurele inzet van tijd en financiering.',
    'Community building is often cut back, while inclusive community building needs long-term, lasting commitment of time and money.',
  ],
  [
    'Kennis en onderzoek rondom samenlevingsopbouw schiet te kort: er is te weinig harde onderbouwing en daardoor te weinig vertrouwen, wat leidt tot steeds opnieuw moeten bewijzen/aantonen (op cijfers sturen).',
    'Knowledge and research on community building fall short: there is too little hard evidence and therefore too little trust, which means having to prove it again and again (steering by numbers).',
  ],
  [
    'Er is te veel concurrentie tussen organisaties in de samenlevingsopbouw, gestuurd door aanbestedingen en concurrentie om budgetten. Dit blokkeert samenwerking en gezamenlijke doelen: organisatiebelangen komen zo op de voorgrond, in plaats van maatschappelijke belangen.',
    'There is too much competition between organisations in community building, driven by tenders and competition for budgets. This blocks cooperation and shared goals: the interests of organisations come first, instead of those of society.',
  ],
  [
    'Opbouwwerk wordt qua financiering te veel projectmatig beschouwd: iets met een begin en eind. Terwijl het een langdurig proces is, waarvoor langdurige gezamenlijke verantwoordelijkheid nodig is.',
    'In its funding, community work is treated too much as a project: something with a beginning and an end. Yet it is a long process that needs long-term shared responsibility.',
  ],
  [
    'Ook zorgt huidige systeem ervoor dat kleine, spontane initiatieven nauwelijks kans maken: subsidies gaan naar de grotere, bekende spelers.',
    'The current system also means that small, spontaneous initiatives hardly stand a chance: grants go to the bigger, well-known players.',
  ],
  [
    'Samenlevingsopbouw en inwonersinitiatieven worden niet altijd serieus genomen. Het wordt te veel gezien als kostenpost, ‘nice to have’; het belang ervan wordt onderschat.',
    "Community building and residents' initiatives are not always taken seriously. They are seen too much as a cost, a ‘nice to have’; their importance is underestimated.",
  ],
  [
    'Er zijn onvoldoende fysieke plekken om initiatieven te laten ontplooien. Dit is in de huidige wooncrisis nog erger geworden, nu bedrijfsruimtes ruimte maken voor woonruimte.',
    'There are not enough physical places for initiatives to grow. The current housing crisis has made this worse, now that business premises make way for housing.',
  ],
  ['Relationele knelpunten', 'Relational bottlenecks'],
  ['Samenwerking en betrokkenheid', 'Cooperation and involvement'],
  [
    'Waar knelt het in de samenwerking en betrokkenheid in buurt/dorp/wijk?',
    'Where does cooperation and involvement in the neighbourhood, village or district get stuck?',
  ],
  [
    'Er wordt teveel vóór inwoners gedacht, in plaats van te luisteren naar waar behoefte aan is bij samenlevingsopbouw.',
    'Too much is thought up for residents, instead of listening to what they need from community building.',
  ],
  [
    'Inwoners voelen te weinig eigenaarschap over projecten rond samenlevingsopbouw.',
    'Residents feel too little ownership of community building projects.',
  ],
  [
    'Verschillen in belangen en overtuigingen belemmeren samenlevingsopbouw.',
    'Differences in interests and beliefs hold community building back.',
  ],
  [
    'Inwoners zijn moeilijk te motiveren om aan samenlevingsopbouw te (blijven) werken.',
    'It is hard to motivate residents to (keep) work(ing) on community building.',
  ],
  [
    'De samenwerking tussen professionals in samenlevingsopbouw en zorg/ondersteuning loopt niet goed.',
    'Cooperation between community building professionals and care and support does not go well.',
  ],
  [
    'De onderlinge samenwerking tussen projecten/initiatieven in de wijk loopt niet goed.',
    'Cooperation between projects and initiatives in the neighbourhood does not go well.',
  ],
  [
    'Er is concurrentie tussen verschillende projecten rond samenlevingsopbouw.',
    'There is competition between different community building projects.',
  ],
  [
    'Er wordt te weinig voortgebouwd op bestaande gemeenschappen.',
    'Too little is built on existing communities.',
  ],
  [
    'De samenwerking tussen professionals in samenlevingsopbouw en gemeente loopt niet goed.',
    'Cooperation between community building professionals and the municipality does not go well.',
  ],
  [
    'Er wordt nog te veel vanuit oplossingen en te weinig vanuit de bedoeling gewerkt.',
    'Work still starts too much from solutions and too little from the purpose.',
  ],
  [
    'Betrokkenen rondom samenlevingsopbouw zijn gevoelig voor taal: veel allergieën, voorkeuren en associaties rondom terminologieën samenlevingsopbouw.',
    'People involved in community building are sensitive about words: many allergies, preferences and associations around the terms for community building.',
  ],
  [
    'Opbouwwerk, samenlevingsopbouw, community development, community building, ‘gewoon samen leven’, buurtverbinden, etc.',
    'Community work, community building, community development, ‘just living together’, connecting neighbourhoods, etc. (in Dutch each has its own word).',
  ],
  [
    'Veel inhoudelijke gesprekken lopen stuk op taal.',
    'Many conversations about the content break down over words.',
  ],
  [
    'Versnipperde budgetten en aanbestedingen zorgen voor concurrentie i.p.v. samenwerking. Dit terwijl het essentieel is dat professionals, bewoners en beleidsmakers samen 1 team vormen om in een gelijkwaardige relatie en op basis van eigenaarschap de hulpvrager te ondersteunen.',
    'Scattered budgets and tenders cause competition instead of cooperation. Yet it is essential that professionals, residents and policy makers form 1 team to support the person asking for help in an equal relationship based on ownership.',
  ],
  [
    'Kortdurende budgetten geven geen ruimte voor samenwerking, terwijl een gezamenlijke aanpak/visie van groot belang is.',
    'Short-term budgets leave no room for cooperation, while a shared approach and vision matter a great deal.',
  ],
  ['Professionele knelpunten', 'Professional bottlenecks'],
  ['Vakmanschap en capaciteit', 'Craft and capacity'],
  [
    'Waar knelt het in capaciteit van community builders?',
    'Where is the capacity of community builders falling short?',
  ],
  [
    'Wat missen community builders in het uitvoeren van hun vak (toerusting)?',
    'What do community builders lack to do their work (their tools and training)?',
  ],
  [
    'Actieve inwoners/vrijwilligers zijn overbelast.',
    'Active residents and volunteers are overloaded.',
  ],
  [
    'Er zijn te weinig professionals in de samenlevingsopbouw (te weinig buurtverbinders/opbouwwerkers/community builders).',
    'There are too few professionals in community building (too few neighbourhood connectors, community workers and community builders).',
  ],
  [
    'Samenlevingsopbouw wordt niet serieus genomen als beroep.',
    'Community building is not taken seriously as a profession.',
  ],
  [
    'Opleidingen (waaronder social work) besteden te weinig aandacht aan samenlevingsopbouw.',
    'Training courses (including social work) pay too little attention to community building.',
  ],
  [
    'Sociaal werkers hebben niet genoeg tijd voor samenlevingsopbouw.',
    'Social workers do not have enough time for community building.',
  ],
  [
    'Termen als samenlevingsopbouw of community building worden vaak verkeerd gebruikt.',
    'Terms such as community building are often used wrongly.',
  ],
  [
    'Handboeken/werkwijzen zijn verouderd/sluiten niet meer aan.',
    'Handbooks and methods are outdated or no longer fit.',
  ],
  [
    'Er wordt een tekort aan professionele krachten gezien. Aan de andere kant wordt professionele bemoeienis als negatieve invloed ervaren: organisaties zouden te snel in de ‘helpende modus’ schieten bij samenlevingsopbouw:',
    'A shortage of professionals is seen. On the other hand, professional involvement is felt as a negative influence: organisations are said to switch too quickly into ‘helping mode’ in community building:',
  ],
  [
    'Een (zichtbaar) professionele aanpak kan ertoe leiden dat initiatieven gekaapt worden door organisaties. Dat is een risico, ook voor Samen Buurten.',
    'A (visibly) professional approach can lead to initiatives being taken over by organisations. That is a risk, for Samen Buurten too.',
  ],
  [
    'De positie van community builders t.o.v. actieve inwoners blijft ingewikkeld. Het is een risico dat het eigenaarschap niet bij inwoners gevoeld wordt/ontnomen wordt.',
    'The position of community builders next to active residents remains complicated. There is a risk that residents do not feel ownership, or that it is taken from them.',
  ],
  [
    'Samenlevingsopbouw vraagt geduld. Het is nu vaak te gejaagd: de wens komt te veel uit de organisatie, te weinig uit de samenleving.',
    'Community building takes patience. It is often too rushed now: the wish comes too much from the organisation and too little from society.',
  ],
  [
    'Dit duidt op belang van beschouwen samenlevingsopbouw als een vak, geen taak binnen een ander discipline: een professionele verbinder kan omgaan met deze knelpunten!',
    'This points to the importance of seeing community building as a profession, not a task within another discipline: a professional connector can deal with these bottlenecks!',
  ],
  [
    'De samenleving is minder maakbaar dan door organisaties soms wordt gedacht. Samenlevingsopbouw heeft tijd nodig, passie nodig, laat zich niet afdwingen. Inwoners laten zich niet ‘inzetten’. Het is aan inwoners zelf om te kiezen wel of niet deel te nemen, een organisatie heeft daar maar beperkte invloed op.',
    'Society can be shaped less than organisations sometimes think. Community building needs time and passion, and cannot be forced. Residents cannot be ‘deployed’. It is up to residents themselves to choose whether to take part; an organisation has only limited influence on that.',
  ],
  [
    'Activiteiten die vanuit samenlevingsopbouw worden georganiseerd, zijn niet altijd bekend bij iedereen. Het is moeilijk een diverse groep te bereiken. Promotie is een grote uitdaging.',
    'Activities organised through community building are not known to everyone. It is hard to reach a diverse group. Promotion is a big challenge.',
  ],
  [
    'Inwoners voelen zich niet altijd aangesproken: ze hebben niet het idee dat initiatieven in samenlevingsopbouw voor hen bedoeld zijn.',
    'Residents do not always feel addressed: they do not feel that community building initiatives are meant for them.',
  ],
  [
    'Weinig kennis over specifieke knelpunten in Flevoland.',
    'Little is known about bottlenecks specific to Flevoland.',
  ],
  [
    'Enkele individuele reacties van respondenten gaan over:',
    'Some individual responses from respondents are about:',
  ],
  [
    'De snelle doorloop van inwoners in Almere maakt het moeilijk gemeenschappen te ontwikkelen/op te bouwen.',
    'The fast turnover of residents in Almere makes it hard to develop and build communities.',
  ],
  [
    'De verschillende culturen in Almere, die elkaar nog maar moeilijk vinden.',
    'The different cultures in Almere, which still find it hard to connect with each other.',
  ],
  [
    'Dronten, Lelystad en Zeewolde hebben nog geen sterke traditie van samenlevingsopbouw.',
    'Dronten, Lelystad and Zeewolde do not yet have a strong tradition of community building.',
  ],
  [
    'Urk als voorbeeld van zeer hechte samenleving, maar niet altijd inclusief.',
    'Urk as an example of a very close-knit community, but not always an inclusive one.',
  ],
  [
    'Over Noordoostpolder noemt de bron niets specifieks.',
    'The source says nothing specific about Noordoostpolder.',
  ],
]);
