import type { DemoKnowledgeEntry } from './demo-entry.ts';

/**
 * Les entrées de la bibliothèque de démonstration rédigées en français. Programmes, organisations et
 * personnes sont inventés pour Pathways ; le pays ne sert que de contexte, aucun établissement réel
 * n’est décrit.
 */
export const DEMO_ENTRIES_FR: DemoKnowledgeEntry[] = [
  {
    key: 'fr-mediation-familiale-parloirs',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    featured: true,
    text: {
      title: 'Des médiatrices familiales pour renouer le dialogue avant et après les parloirs',
      summary:
        'Deux médiatrices familiales accompagnent les proches de détenus condamnés pour des faits liés à l’extrémisme violent, avant et après les visites. Elles aident les familles à reprendre contact sans tabou et à préparer ensemble la sortie.',
      approach:
        'L’association propose à chaque famille qui le souhaite un premier entretien à domicile ou au local d’accueil des familles, puis un entretien mensuel. Les médiatrices rencontrent aussi le détenu en détention, avec son accord, pour savoir qui il souhaite voir et ce qu’il veut dire à ses enfants. Lorsque la relation est rompue, elles organisent une séance de médiation dans une salle dédiée, hors parloir ordinaire, en présence d’un seul surveillant formé. Les mères et les frères et sœurs bénéficient d’un groupe d’échange trimestriel. Les médiatrices ne transmettent à l’administration aucune information confiée par les familles, sauf danger grave et après en avoir informé la personne.',
      results:
        'En trois ans, 52 familles ont été accompagnées et 19 médiations ont eu lieu. Dans deux tiers des cas, les visites ont repris ou se sont régularisées. Plusieurs conseillers de probation soulignent que le projet de sortie s’appuie désormais sur un proche identifié.',
      measurement:
        'Registre des visites, bilans de fin d’accompagnement remplis avec les familles et entretiens avec les conseillers pénitentiaires ; aucun groupe de comparaison.',
      lessons:
        'La honte et la peur du regard des voisins empêchent beaucoup de familles de venir : le premier contact doit se faire hors de la prison. La confidentialité est la condition de la confiance. Il faut prévoir du temps pour les enfants, souvent oubliés.',
      sustainability:
        'Financement mixte de la direction interrégionale et d’une fondation, renouvelé tous les trois ans. La démarche est transposable à tout établissement disposant d’un local d’accueil des familles.',
      resources:
        'Deux médiatrices à mi-temps, une salle de médiation, des frais de déplacement ; environ 60 000 par an.',
      legalFramework:
        'Droit au maintien des liens familiaux prévu par la loi pénitentiaire ; règles internationales sur le traitement des détenus.',
    },
    country: 'BE',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['family_involvement', 'release_reintegration'],
    targetGroups: ['families', 'men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['family_liaison', 'social_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2020-10-01',
    endedOn: null,
    contributorName: 'Association Passerelles Familles (fictive)',
    updatedDaysAgo: 25,
  },
  {
    key: 'fr-unite-evaluation-pluridisciplinaire',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Une évaluation pluridisciplinaire de quatorze semaines à l’arrivée en détention',
      summary:
        'Les personnes condamnées pour des infractions terroristes passent quatorze semaines dans une petite unité où psychologue, éducateur, conseiller de probation et surveillants croisent leurs observations. L’évaluation aboutit à une synthèse écrite qui oriente l’affectation et le parcours de peine.',
      approach:
        'L’unité accueille six personnes à la fois. Chacune rencontre chaque semaine la psychologue et l’éducateur, participe à des ateliers collectifs et à des activités encadrées par des surveillants volontaires formés. Les professionnels utilisent une grille de jugement professionnel structuré : chaque domaine est documenté par des faits, les facteurs de protection sont décrits, et aucun élément religieux n’est retenu en tant que tel. À la dixième semaine, l’équipe rédige une synthèse discutée en commission, puis la personne en reçoit une explication orale. Une réévaluation est prévue à six mois dans l’établissement d’affectation.',
      results:
        'Sur 96 personnes évaluées en quatre ans, les équipes d’affectation jugent les synthèses utiles dans 85 % des cas. Les désaccords entre évaluateurs, consignés, portent surtout sur l’engagement idéologique. Les incidents dans l’unité sont restés rares.',
      measurement:
        'Étude universitaire associant analyse de 96 dossiers, entretiens avec 40 professionnels et comparaison des réévaluations à six mois avec la synthèse initiale.',
      lessons:
        'Le risque principal est la synthèse qui devient une étiquette : la réévaluation obligatoire et l’explication donnée à la personne limitent ce risque. L’unité fonctionne mal quand les postes de psychologue restent vacants.',
      sustainability:
        'Intégrée au budget de l’administration pénitentiaire. Transposable à condition de disposer d’une équipe stable et formée, et d’un outil dont la licence est respectée.',
      resources:
        'Une psychologue, deux éducateurs, un conseiller de probation, huit surveillants formés et un temps de supervision mensuel.',
      legalFramework:
        'Code pénitentiaire sur l’affectation et le parcours d’exécution de peine ; garanties procédurales et droit de la personne à connaître les conclusions.',
    },
    country: 'FR',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['risk_needs_assessment', 'oversight_human_rights'],
    targetGroups: ['men_in_custody', 'prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist', 'probation_officer', 'prison_officer'],
    evidenceLevel: 'peer_reviewed',
    startedOn: '2017-01-01',
    endedOn: null,
    contributorName: 'Réseau Parcours de peine (fictif)',
    updatedDaysAgo: 210,
    peerReview: {
      reviewerName: 'Pr Claire Dumontel (fictive)',
      reviewerAffiliation: 'Institut d’études pénales de Valmont (fictif)',
      reviewedOn: '2025-03-12',
      conclusion:
        'Démarche rigoureuse, limites bien exposées ; la traçabilité des désaccords entre évaluateurs est un apport transférable.',
    },
  },
  {
    key: 'fr-binome-educateur-aumonier',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Un binôme éducateur–aumônier pour ouvrir le dialogue sur les textes religieux',
      summary:
        'Un éducateur spécialisé et un aumônier animent ensemble des ateliers où les détenus discutent des textes invoqués pour justifier la violence. Le binôme associe l’écoute éducative et la connaissance religieuse.',
      approach:
        'Les ateliers réunissent dix participants volontaires, une fois par semaine pendant trois mois. L’aumônier, formé en théologie, replace les textes dans leur contexte historique et présente la diversité des interprétations ; l’éducateur veille à ce que chacun puisse parler de son parcours, de ses colères et de ses projets. Chaque cycle se conclut par un entretien individuel avec chacun des deux animateurs. Les ateliers sont ouverts à tous les détenus du bâtiment, pas seulement à ceux condamnés pour terrorisme, afin d’éviter toute stigmatisation.',
      results:
        'Cent vingt détenus ont participé en quatre ans. Les animateurs observent une parole plus libre et une baisse des tensions autour des horaires de prière. Aucun résultat à long terme n’a été mesuré.',
      measurement:
        'Registre de présence, comptes rendus des animateurs après chaque séance et avis des surveillants du bâtiment recueilli chaque trimestre ; pas d’évaluation externe.',
      lessons:
        'Le binôme fonctionne parce que chacun reste dans son rôle. L’aumônier doit être indépendant de l’administration pour être crédible. Les transferts imprévus de détenus interrompent les cycles. Les ateliers doivent rester ouverts à la contradiction.',
      sustainability:
        'Financé sur les crédits de l’aumônerie et de l’association partenaire. Transposable partout où un aumônier formé accepte de travailler en binôme.',
      resources:
        'Un éducateur et un aumônier, deux heures par semaine chacun, une salle et des copies des textes.',
      legalFramework:
        'Liberté de culte en détention et accès à un aumônier ; règlement intérieur de l’établissement.',
    },
    translations: [
      {
        language: 'en',
        origin: 'professional',
        text: {
          title: 'An educator and chaplain pair to open up dialogue on religious texts',
          summary:
            'A specialist educator and a chaplain jointly lead workshops where men in prison discuss texts used to justify violence. The pair combines the educator’s listening skills with religious knowledge.',
          approach:
            'Workshops bring together ten volunteers once a week for three months. The chaplain, trained in theology, places the texts in their historical context and presents the range of interpretations; the educator makes sure everyone can talk about their life, anger and plans. Each cycle ends with an individual interview with each facilitator. Workshops are open to everyone in the building, not only men convicted of terrorism, to avoid stigma.',
          results:
            'One hundred and twenty men took part over four years. Facilitators see freer discussion and fewer tensions around prayer times. No long-term results have been measured.',
        },
      },
    ],
    country: 'SN',
    region: 'africa',
    facilityTypes: ['men'],
    themes: ['religious_dialogue', 'disengagement'],
    targetGroups: ['men_in_custody'],
    preventionLevels: ['secondary', 'tertiary'],
    actors: ['religious_scholar', 'social_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2019-04-01',
    endedOn: null,
    contributorName: 'Association Dialogue et Dignité (fictive)',
    updatedDaysAgo: 140,
  },
  {
    key: 'fr-theatre-forum-mineurs',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    featured: true,
    text: {
      title: 'Le théâtre-forum avec des adolescents placés en centre de détention pour mineurs',
      summary:
        'Une compagnie de théâtre anime des ateliers de théâtre-forum où des adolescents rejouent des situations d’influence, d’embrigadement et de pression du groupe. Les spectateurs, eux aussi mineurs, interviennent pour changer le cours de la scène.',
      approach:
        'Deux comédiens-animateurs et une éducatrice du centre animent un atelier hebdomadaire de deux heures pendant dix semaines avec huit jeunes. Les scènes sont construites à partir de situations que les jeunes connaissent : un ami qui recrute sur les réseaux sociaux, un grand frère qui impose ses idées, une humiliation vécue comme une injustice. À la fin du cycle, les jeunes présentent leur forum aux autres mineurs et au personnel, qui montent sur scène pour proposer d’autres réponses. Une séance avec les familles est organisée lorsque c’est possible.',
      results:
        'Soixante-dix adolescents ont participé en trois ans. L’évaluation du processus montre une forte assiduité (80 % des séances) et une meilleure capacité à nommer les mécanismes de manipulation. Les éducateurs notent moins de conflits de groupe pendant les cycles.',
      measurement:
        'Évaluation de processus par un laboratoire universitaire : observation de séances, entretiens avec 24 jeunes et 10 éducateurs, questionnaire court avant et après chaque cycle.',
      lessons:
        'Les jeunes s’engagent quand les scènes viennent d’eux, pas d’un scénario imposé. Il faut un temps de retour au calme après les scènes fortes. L’éducatrice du centre est indispensable pour assurer la continuité.',
      sustainability:
        'Financement par la protection judiciaire de la jeunesse et une fondation culturelle. Méthode facilement transférable à d’autres centres pour mineurs.',
      resources:
        'Deux comédiens-animateurs, une éducatrice du centre, une salle polyvalente, quelques costumes et accessoires ; environ 18 000 par cycle de dix semaines.',
      legalFramework:
        'Droit des mineurs privés de liberté à l’éducation et aux activités culturelles ; loi sur la justice pénale des adolescents.',
    },
    country: 'CA',
    region: 'north_america',
    facilityTypes: ['juvenile'],
    themes: ['juveniles', 'prevention_in_prison'],
    targetGroups: ['juveniles'],
    preventionLevels: ['secondary', 'primary'],
    actors: ['teacher_trainer', 'social_worker'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2021-09-01',
    endedOn: null,
    contributorName: 'Compagnie Les Tréteaux du Fleuve (fictive)',
    updatedDaysAgo: 40,
  },
  {
    key: 'fr-groupes-parole-femmes-detenues',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Des groupes de parole pour les femmes détenues pour association de malfaiteurs terroriste',
      summary:
        'Un programme de douze séances réunit des femmes incarcérées pour des faits liés au terrorisme autour de leur histoire, de leurs relations et de leur rôle de mère. Il a fait l’objet d’une évaluation des résultats sur quatre ans.',
      approach:
        'Une psychologue et une conseillère pénitentiaire d’insertion et de probation animent des groupes fermés de cinq à sept femmes, à raison d’une séance de deux heures par semaine. Les thèmes suivent une progression : confiance et règles du groupe, parcours de vie, emprise et choix personnels, maternité et liens avec les enfants, projets de sortie. Des entretiens individuels complètent chaque phase. Les femmes peuvent demander à rencontrer une aumônière de leur choix. Les surveillantes du quartier reçoivent une sensibilisation d’une demi-journée.',
      results:
        'Sur 34 participantes, 29 ont terminé le programme. Les scores de détresse psychologique ont baissé de façon significative et les participantes se sont davantage engagées dans la formation et le travail. Aucune n’a été condamnée pour une nouvelle infraction terroriste dans les deux ans suivant la libération, sur 15 femmes libérées.',
      measurement:
        'Évaluation des résultats par une équipe universitaire : questionnaires validés avant, après et à six mois, suivi administratif après libération et entretiens qualitatifs.',
      lessons:
        'Le récit de la « femme manipulée » ne correspond pas à toutes : certaines revendiquent leur engagement et doivent être entendues. Les groupes doivent rester fermés. Le lien avec les enfants est un levier puissant mais délicat.',
      sustainability:
        'Le programme est inscrit au budget de l’établissement. Le manuel d’animation a été diffusé à trois autres quartiers femmes. Il suppose des animatrices formées.',
      resources:
        'Une psychologue et une conseillère d’insertion, huit heures par semaine à deux, un manuel, une salle sans vitre d’observation.',
      legalFramework:
        'Règles internationales relatives au traitement des détenues, qui demandent des programmes adaptés au genre ; code pénitentiaire.',
    },
    country: 'FR',
    region: 'europe',
    facilityTypes: ['women'],
    themes: ['women', 'disengagement'],
    targetGroups: ['women_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist', 'probation_officer'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2018-05-01',
    endedOn: null,
    contributorName: 'Collectif Elles Dedans (fictif)',
    updatedDaysAgo: 110,
    peerReview: {
      reviewerName: 'Dr Amina Benali-Roussel (fictive)',
      reviewerAffiliation: 'Centre de recherche sur le genre et la justice de Lisière (fictif)',
      reviewedOn: '2024-12-05',
      conclusion:
        'Résultats encourageants, présentés avec prudence ; la taille de l’échantillon reste faible mais le protocole est solide.',
    },
  },
  {
    key: 'fr-accompagnement-retour-zones-conflit',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'restricted',
    language: 'fr',
    text: {
      title: 'Accompagner en milieu ouvert les adultes de retour des zones de conflit',
      summary:
        'Une cellule partenariale suit les adultes rentrés de zones de conflit, placés sous contrôle judiciaire ou libérés après leur peine. Elle associe probation, services sociaux, santé mentale et une association de réinsertion.',
      approach:
        'Chaque personne est suivie par un binôme composé d’un conseiller de probation et d’un travailleur social de l’association, qui la rencontrent chaque semaine. Une réunion mensuelle de la cellule examine la situation : logement, emploi, soins, relations familiales et, le cas échéant, enfants placés. Un psychologue spécialisé dans le psychotraumatisme intervient sur orientation. Les informations partagées se limitent à ce qui est nécessaire à l’accompagnement, selon une charte signée par tous les partenaires.',
      results:
        'Vingt-trois adultes suivis depuis 2019. Dix-neuf ont un logement stable et quatorze un emploi ou une formation. Deux ont fait l’objet d’une révocation de leur mesure pour non-respect des obligations.',
      measurement:
        'Tableau de suivi mensuel de la cellule (logement, emploi, soins, respect des obligations) et rapport annuel d’activité ; pas d’évaluation indépendante à ce jour.',
      lessons:
        'La charte d’échange d’informations a été décisive pour éviter que l’association soit perçue comme un relais du renseignement. Les personnes de retour ont besoin de soins longtemps après leur arrivée.',
      sustainability:
        'Financement public pluriannuel. Transposable à d’autres juridictions, à condition de définir clairement les rôles de chacun. Le coût par personne reste élevé.',
      resources:
        'Deux travailleurs sociaux, un temps de psychologue, un coordinateur et le temps des conseillers de probation.',
      legalFramework:
        'Contrôle judiciaire et mesures de suivi post-peine prévus par le code de procédure pénale ; règles sur la protection des données.',
    },
    country: 'BE',
    region: 'europe',
    facilityTypes: ['community'],
    themes: ['returnees', 'release_reintegration'],
    targetGroups: ['returnees', 'released_people'],
    preventionLevels: ['tertiary'],
    actors: ['probation_officer', 'social_worker', 'psychologist'],
    evidenceLevel: 'descriptive',
    startedOn: '2019-01-01',
    endedOn: null,
    contributorName: 'Association Retour et Avenir (fictive)',
    updatedDaysAgo: 65,
  },
  {
    key: 'fr-formation-surveillants-securite-dynamique',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Former les surveillants à la sécurité dynamique par l’observation en binôme',
      summary:
        'Un module de formation de cinq jours apprend aux surveillants à connaître les détenus par le contact quotidien plutôt que par la seule surveillance matérielle. Il se poursuit par trois mois d’observation en binôme avec un surveillant expérimenté.',
      approach:
        'Le module est animé à l’école pénitentiaire par un formateur et deux surveillants chefs. Il alterne apports sur la sécurité dynamique, la communication et la gestion des conflits, et mises en situation filmées. De retour en établissement, chaque stagiaire est associé à un surveillant tuteur pendant trois mois : ils observent ensemble la vie du bâtiment, rédigent des observations factuelles et en discutent une fois par semaine. Le module insiste sur la différence entre pratique religieuse et comportement préoccupant.',
      results:
        'Cent quarante surveillants formés en trois ans. Les chefs de bâtiment relèvent des observations plus précises et moins de signalements fondés sur la seule pratique religieuse. Le nombre d’agressions dans les bâtiments pilotes a baissé de 15 %.',
      measurement:
        'Évaluation de processus : analyse de 200 observations écrites avant et après la formation, données d’incidents, entretiens avec tuteurs et stagiaires.',
      lessons:
        'Le tutorat s’interrompt dès qu’il manque du personnel : il faut le protéger dans les plannings. Les surveillants chefs doivent eux-mêmes être formés pour valoriser cette approche. Les mises en situation filmées sont très appréciées.',
      sustainability:
        'Intégré à la formation initiale. Transposable avec une adaptation des mises en situation au contexte local. Le guide du tuteur est disponible.',
      resources:
        'Trois formateurs, une salle de simulation équipée d’une caméra, des tuteurs volontaires avec une heure hebdomadaire réservée dans leur planning.',
      legalFramework:
        'Règles nationales sur la formation du personnel pénitentiaire et normes internationales sur la sécurité dynamique.',
    },
    translations: [
      {
        language: 'es',
        origin: 'machine_assisted',
        text: {
          title: 'Formar a los funcionarios en seguridad dinámica mediante la observación en pareja',
          summary:
            'Un módulo de formación de cinco días enseña a los funcionarios a conocer a los internos mediante el contacto diario y no solo la vigilancia material. Continúa con tres meses de observación en pareja junto a un funcionario experimentado.',
          approach:
            'El módulo se imparte en la escuela penitenciaria y combina contenidos sobre seguridad dinámica, comunicación y gestión de conflictos con simulaciones grabadas. De vuelta en el centro, cada funcionario en formación trabaja tres meses con un tutor: observan juntos la vida del módulo, redactan observaciones objetivas y las comentan cada semana.',
          results:
            'Ciento cuarenta funcionarios formados en tres años. Las observaciones escritas son más precisas y hay menos avisos basados solo en la práctica religiosa. Las agresiones en los módulos piloto bajaron un 15 %.',
        },
      },
    ],
    country: 'CM',
    region: 'africa',
    facilityTypes: ['men', 'mixed'],
    themes: ['staff_training', 'dynamic_security'],
    targetGroups: ['prison_staff'],
    preventionLevels: ['secondary'],
    actors: ['prison_officer', 'teacher_trainer'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2021-02-01',
    endedOn: null,
    contributorName: 'Centre de formation Sahel Justice (fictif)',
    updatedDaysAgo: 180,
  },
  {
    key: 'fr-chantiers-insertion-sortie',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Des chantiers d’insertion qui commencent en détention et se poursuivent après la libération',
      summary:
        'Des détenus en fin de peine rejoignent un chantier d’insertion en rénovation de bâtiments, d’abord en permission de sortir puis comme salariés après leur libération. Le même encadrant technique les suit des deux côtés des murs.',
      approach:
        'Six mois avant la libération, les candidats sont repérés par le service d’insertion et de probation et rencontrent l’encadrant du chantier. Ils travaillent d’abord sur le chantier deux jours par semaine en permission de sortir, puis, à la libération, signent un contrat d’insertion de douze mois. Une accompagnatrice socioprofessionnelle les aide pour le logement, les droits sociaux et la recherche d’emploi durable. Les chantiers sont menés pour des communes et des bailleurs sociaux, en lien avec les habitants du quartier.',
      results:
        'Sur 180 personnes accompagnées en cinq ans, 58 % avaient un emploi ou une formation six mois après la fin du contrat, contre 34 % dans un groupe comparable. La récidive à deux ans était de 27 % contre 41 %.',
      measurement:
        'Étude avec groupe de comparaison apparié à partir des données de probation, publiée dans une revue à comité de lecture ; entretiens avec participants et employeurs.',
      lessons:
        'La continuité de l’encadrant est le facteur clé. Les habitants ont mieux accepté les chantiers quand ils ont été associés au choix des travaux. Les permissions de sortir refusées au dernier moment découragent les participants.',
      sustainability:
        'Financement par l’aide à l’insertion et les marchés publics des communes. Transposable partout où existent des structures d’insertion par l’activité économique.',
      resources:
        'Deux encadrants techniques, une accompagnatrice socioprofessionnelle, outillage et véhicule ; coût partiellement couvert par les chantiers.',
      legalFramework:
        'Aménagements de peine et permissions de sortir ; droit du travail et contrats d’insertion.',
    },
    translations: [
      {
        language: 'en',
        origin: 'professional',
        text: {
          title: 'Work integration sites that start in custody and continue after release',
          summary:
            'People near the end of their sentence join a building renovation work integration site, first on temporary leave and then as employees after release. The same site supervisor works with them on both sides of the prison walls.',
          approach:
            'Six months before release, candidates are identified by the probation service and meet the site supervisor. They first work on site two days a week on temporary leave and, on release, sign a twelve-month integration contract. A job coach helps with housing, benefits and finding lasting employment. Sites renovate buildings for local councils and social landlords, with residents involved.',
          results:
            'Of 180 people supported over five years, 58% were in work or training six months after their contract ended, against 34% in a comparable group. Reoffending within two years was 27% against 41%.',
        },
      },
    ],
    country: 'FR',
    region: 'europe',
    facilityTypes: ['men', 'community'],
    themes: ['release_reintegration', 'community_acceptance'],
    targetGroups: ['released_people', 'communities'],
    preventionLevels: ['tertiary'],
    actors: ['probation_officer', 'social_worker', 'mentor'],
    evidenceLevel: 'peer_reviewed',
    startedOn: '2015-03-01',
    endedOn: null,
    contributorName: 'Bâtir Ensemble Insertion (fictif)',
    updatedDaysAgo: 35,
    peerReview: {
      reviewerName: 'Dr Julien Ferrandi (fictif)',
      reviewerAffiliation: 'Observatoire de la réinsertion de Montclair (fictif)',
      reviewedOn: '2026-02-10',
      conclusion:
        'Effets robustes sur l’emploi, plus incertains sur la récidive ; une pratique bien documentée et transférable.',
    },
  },
  {
    key: 'fr-convention-associations-acces',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Une convention-cadre pour organiser l’intervention des associations en prison',
      summary:
        'Une direction régionale de l’administration pénitentiaire et onze associations ont signé une convention qui fixe les règles d’accès, de formation et de coordination des intervenants. Elle a réduit les délais d’habilitation et clarifié les responsabilités.',
      approach:
        'La convention a été négociée pendant huit mois lors d’ateliers réunissant chefs d’établissement et responsables associatifs. Elle prévoit deux niveaux d’accès : intervenants ponctuels, escortés, et intervenants réguliers, habilités après enquête et formés pendant deux jours aux règles de sécurité et de confidentialité. Chaque établissement désigne un référent associations. Un comité de suivi se réunit chaque trimestre pour examiner les demandes en attente, les incidents et les besoins de formation. La convention précise que les associations ne sont pas des sources de renseignement.',
      results:
        'Le délai moyen d’habilitation est passé de cinq mois à six semaines. Le nombre d’intervenants réguliers a augmenté de 40 % en deux ans. Les associations signalent moins d’annulations de dernière minute.',
      measurement:
        'Suivi des dates de demande et d’habilitation par le comité, enquête annuelle auprès des associations signataires et des chefs d’établissement sur la qualité de la coopération.',
      lessons:
        'Le référent associations doit disposer de temps réel, pas d’une mission ajoutée à un poste déjà plein. Écrire noir sur blanc que les associations ne font pas de renseignement a rassuré tout le monde.',
      sustainability:
        'Convention renouvelable tous les trois ans après bilan du comité de suivi ; le modèle a déjà été demandé par deux autres régions.',
      resources:
        'Temps de coordination dans chaque établissement, deux jours de formation par intervenant, un comité trimestriel.',
      legalFramework:
        'Réglementation pénitentiaire sur l’accès des intervenants extérieurs ; règles internationales invitant à associer la société civile.',
    },
    country: 'SN',
    region: 'africa',
    facilityTypes: ['men', 'women', 'juvenile'],
    themes: ['cso_access'],
    targetGroups: ['cso_practitioners', 'prison_staff'],
    preventionLevels: ['primary', 'tertiary'],
    actors: ['social_worker', 'prison_officer'],
    evidenceLevel: 'descriptive',
    startedOn: '2020-06-01',
    endedOn: null,
    contributorName: 'Plateforme Teranga Solidarité Prison (fictive)',
    updatedDaysAgo: 270,
  },
  {
    key: 'fr-controle-exterieur-quartiers-isolement',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'restricted',
    language: 'fr',
    text: {
      title: 'Visites inopinées d’un organe de contrôle indépendant dans les quartiers d’isolement',
      summary:
        'Un organe de contrôle indépendant visite sans préavis les quartiers d’isolement et de séparation, s’entretient en privé avec les personnes placées et vérifie les décisions de placement. Ses recommandations font l’objet d’un suivi public.',
      approach:
        'Une équipe de trois contrôleurs, dont une juriste et un médecin, effectue au moins une visite inopinée par trimestre dans chaque quartier d’isolement de la région. Elle consulte le registre, vérifie que chaque décision est motivée, datée et réexaminée dans les délais, et rencontre en privé chaque personne placée depuis plus de quinze jours. Les constats sont transmis au directeur dans la semaine, puis publiés dans un rapport annuel avec les réponses de l’administration.',
      results:
        'En trois ans, la durée moyenne de placement à l’isolement a diminué d’un tiers et les décisions non motivées ont presque disparu. L’accès au téléphone et à la promenade a été amélioré.',
      measurement:
        'Comparaison annuelle des registres d’isolement, entretiens avec les personnes placées et suivi systématique des recommandations par l’organe de contrôle, publié dans son rapport.',
      lessons:
        'L’indépendance doit être totale : l’organe ne fournit jamais de programmes et n’est jamais empêché d’entrer pour des raisons d’organisation. Les visites de nuit et de week-end sont les plus révélatrices.',
      sustainability:
        'Organe institué par la loi et financé par l’État ; méthode transposable à tout mécanisme national de prévention. Il faut des contrôleurs formés.',
      resources:
        'Trois contrôleurs, dont une juriste et un médecin, des frais de déplacement, un secrétariat à mi-temps et la publication du rapport annuel.',
      legalFramework:
        'Loi instituant l’organe de contrôle ; règles internationales limitant l’isolement et exigeant des inspections indépendantes.',
    },
    country: 'CH',
    region: 'europe',
    facilityTypes: ['men', 'women'],
    themes: ['oversight_human_rights'],
    targetGroups: ['men_in_custody', 'women_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['lawyer'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2018-01-01',
    endedOn: null,
    contributorName: 'Commission de veille des lieux de détention (fictive)',
    updatedDaysAgo: 860,
  },
  {
    key: 'fr-echec-mentorat-confiance',
    kind: 'lesson_learned',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Un programme de mentorat arrêté faute de confiance des participants',
      summary:
        'Un programme de mentorat pour détenus condamnés pour terrorisme a été arrêté après huit mois : les participants pensaient que les mentors rendaient compte au renseignement. Nous racontons ce qui s’est passé et ce que nous ferions autrement.',
      approach:
        'Notre association avait recruté six mentors bénévoles, formés pendant trois jours. Les entretiens avaient lieu dans une salle proche des bureaux du renseignement pénitentiaire, et les mentors devaient remplir une fiche après chaque rencontre, transmise à l’établissement sans que les participants sachent ce qu’elle contenait. Quand un participant a découvert qu’une fiche avait été versée à son dossier, la rumeur s’est répandue et tous ont cessé de venir. Nous avons suspendu le programme, rencontré l’établissement et rédigé une charte de confidentialité avant toute reprise.',
      results:
        'Sur quatorze participants inscrits, aucun ne venait plus après huit mois. Deux mentors ont quitté l’association. Un nouveau programme, avec une charte claire, a démarré deux ans plus tard. Les participants ont été informés.',
      measurement:
        'Registres de présence, compte rendu interne rédigé après la suspension et entretiens avec les mentors ; aucune évaluation extérieure n’a été menée.',
      lessons:
        'Dire clairement, dès le début et par écrit, ce qui est partagé avec l’administration et ce qui ne l’est pas. Ne jamais installer un programme associatif dans les locaux du renseignement. Les fiches doivent être lues avec la personne.',
      sustainability:
        'La charte de confidentialité est désormais partagée avec d’autres associations du réseau et sert de base à toute nouvelle convention avec un établissement.',
      resources:
        'Six mentors bénévoles, une coordinatrice à mi-temps ; perte estimée à 25 000 de frais engagés.',
      legalFramework:
        'Règles sur la séparation entre renseignement et accompagnement ; protection des données personnelles.',
    },
    country: 'FR',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['disengagement', 'cso_access'],
    targetGroups: ['men_in_custody', 'cso_practitioners'],
    preventionLevels: ['tertiary'],
    actors: ['mentor'],
    evidenceLevel: 'none',
    startedOn: '2017-09-01',
    endedOn: '2018-05-31',
    contributorName: 'Association Main Tendue (fictive)',
    updatedDaysAgo: 990,
  },
  {
    key: 'fr-grille-indicateurs-desengagement',
    kind: 'tool_guidance',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title:
        'Une grille d’indicateurs pour suivre les programmes de désengagement sans se limiter à la présence',
      summary:
        'Cette grille propose une vingtaine d’indicateurs pour suivre les programmes de désengagement, au-delà du simple nombre de séances suivies. Elle aide les équipes à éviter la « fausse conformité » et à rendre compte honnêtement.',
      approach:
        'La grille a été construite par un groupe de praticiens et de chercheurs de quatre pays francophones, au cours de six ateliers. Elle se présente en quatre volets : participation (assiduité, qualité de l’engagement observée) ; changements individuels (relations, projets, rapport à la violence) ; environnement (liens familiaux, réseau social, logement) ; et fonctionnement du programme (formation des intervenants, supervision, incidents). Pour chaque indicateur, la fiche précise la source de données, la fréquence de recueil et les précautions éthiques. Un guide d’utilisation explique comment choisir cinq à huit indicateurs adaptés au programme.',
      results:
        'Utilisée par neuf programmes dans quatre pays. Les équipes indiquent que la grille a changé leurs rapports d’activité, désormais moins centrés sur les chiffres de participation. L’effet sur les programmes eux-mêmes n’a pas été mesuré.',
      measurement:
        'Retours écrits des équipes utilisatrices et analyse de leurs rapports d’activité avant et après adoption de la grille, sur une période de deux ans.',
      lessons:
        'Trop d’indicateurs tue le suivi : il faut en choisir peu. Les indicateurs de changement individuel doivent être renseignés par plusieurs professionnels pour limiter les biais. Il faut aussi prévoir le temps de saisie.',
      sustainability:
        'Grille libre de droits, mise à jour tous les deux ans par le groupe de praticiens. Chacun peut la traduire et l’adapter librement.',
      resources:
        'Document de douze pages, modèle de tableau de bord en tableur, une journée de formation conseillée pour l’équipe et un temps de saisie mensuel.',
      legalFramework:
        'Règles de protection des données personnelles applicables au recueil d’informations sur les participants.',
    },
    country: null,
    region: 'global',
    facilityTypes: ['men', 'women', 'community'],
    themes: ['monitoring_evaluation', 'disengagement'],
    targetGroups: ['cso_practitioners', 'prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist', 'social_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2022-01-01',
    endedOn: '2023-06-30',
    contributorName: 'Réseau francophone Sortir de la violence (fictif)',
    updatedDaysAgo: 400,
  },
  {
    key: 'fr-reunions-quartier-accueil',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Préparer un quartier à accueillir une personne libérée grâce à des réunions de voisinage',
      summary:
        'Avant certaines libérations très médiatisées, une association organise des réunions restreintes avec des habitants, des commerçants et des responsables associatifs du quartier. L’objectif est de répondre aux inquiétudes et de construire des appuis concrets.',
      approach:
        'Avec l’accord de la personne, l’association identifie quelques acteurs clés du quartier : responsable de centre social, imam ou pasteur, président de club sportif, commerçant. Elle les réunit deux ou trois fois avant la sortie, avec le conseiller de probation, pour expliquer le cadre de suivi, répondre aux questions et recenser les possibilités de soutien : activité bénévole, emploi, accueil dans un club. Aucune information sur l’infraction n’est donnée au-delà de ce qui est public. Après la libération, une réunion de bilan a lieu au bout de trois mois.',
      results:
        'Onze libérations préparées en quatre ans. Dans neuf cas, la personne a trouvé au moins un appui dans le quartier. Deux projets ont échoué après la diffusion d’informations dans la presse locale.',
      measurement:
        'Comptes rendus des réunions, entretiens de bilan à trois mois avec les participants et avec la personne libérée ; aucune évaluation indépendante.',
      lessons:
        'Le consentement de la personne libérée est indispensable. Il faut choisir peu de participants, de confiance. La presse locale peut tout défaire : prévoir une stratégie de communication. Le bilan à trois mois est utile.',
      sustainability:
        'Action peu coûteuse mais dépendante de la confiance entre l’association et le quartier ; transposable avec prudence. Elle exige surtout du temps de coordination.',
      resources:
        'Un coordinateur à mi-temps, des salles prêtées par le centre social, du temps de conseiller de probation et de petits frais de réception.',
      legalFramework:
        'Secret professionnel et protection de la vie privée de la personne libérée ; obligations de suivi fixées par le juge.',
    },
    country: 'FR',
    region: 'europe',
    facilityTypes: ['community'],
    themes: ['community_acceptance', 'release_reintegration'],
    targetGroups: ['communities', 'released_people'],
    preventionLevels: ['tertiary'],
    actors: ['community_leader', 'probation_officer'],
    evidenceLevel: 'descriptive',
    startedOn: '2021-05-01',
    endedOn: null,
    contributorName: 'Association Voisins Solidaires (fictive)',
    updatedDaysAgo: 55,
  },
  {
    key: 'fr-evaluation-programme-citoyennete',
    kind: 'evaluation',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Évaluation d’un programme de citoyenneté et d’esprit critique en maison d’arrêt',
      summary:
        'Cette évaluation a mesuré les effets d’un programme de huit semaines sur la citoyenneté, l’esprit critique face à la propagande et la gestion des conflits, suivi par des détenus en maison d’arrêt. Les résultats sont positifs mais modestes.',
      approach:
        'Le programme, animé par deux formateurs d’une association d’éducation populaire, comprend seize séances de deux heures : décrypter les images et les vidéos, débattre sans violence, connaître ses droits et ses devoirs, rencontrer un élu local. L’évaluation a comparé 110 participants à 95 détenus inscrits sur liste d’attente, avec des questionnaires avant, après et trois mois plus tard, ainsi que les données disciplinaires. Des entretiens ont été menés avec 20 participants et les formateurs.',
      results:
        'Les participants progressent nettement dans la capacité à repérer les techniques de manipulation, et un peu dans la tolérance au désaccord ; l’effet diminue à trois mois. Les incidents disciplinaires baissent de 12 % contre 4 % pour le groupe en attente.',
      measurement:
        'Évaluation des résultats avec groupe témoin sur liste d’attente, questionnaires validés et données disciplinaires, par un cabinet indépendant, sur deux cohortes annuelles.',
      lessons:
        'L’effet s’estompe sans suite : prévoir des séances de rappel. La rencontre avec un élu a été le moment le plus marquant. Les détenus transférés en cours de programme faussent les comparaisons.',
      sustainability:
        'Programme reconduit chaque année avec le soutien de la direction régionale ; transposable à d’autres maisons d’arrêt. Un suivi à plus long terme manque.',
      resources:
        'Deux formateurs pour seize séances, des supports pédagogiques et vidéos, une salle équipée d’un projecteur et un budget d’évaluation de 45 000.',
      legalFramework:
        'Obligation d’activité proposée aux personnes détenues prévue par la loi pénitentiaire.',
    },
    translations: [
      {
        language: 'en',
        origin: 'machine_assisted',
        text: {
          title: 'Evaluation of a citizenship and critical thinking programme in a remand prison',
          summary:
            'This evaluation measured the effects of an eight-week programme on citizenship, critical thinking about propaganda and handling conflict, attended by people held in a remand prison. The results are positive but modest.',
          approach:
            'The programme, run by two trainers from an adult education association, has sixteen two-hour sessions: decoding images and videos, debating without violence, knowing one’s rights and duties, and meeting a local councillor. The evaluation compared 110 participants with 95 people on the waiting list, using questionnaires before, after and three months later, plus disciplinary data.',
          results:
            'Participants improved clearly in spotting manipulation techniques and slightly in tolerating disagreement; the effect faded at three months. Disciplinary incidents fell by 12% against 4% in the waiting-list group.',
        },
      },
    ],
    country: 'FR',
    region: 'europe',
    facilityTypes: ['mixed'],
    themes: ['prevention_in_prison', 'monitoring_evaluation'],
    targetGroups: ['men_in_custody'],
    preventionLevels: ['primary', 'secondary'],
    actors: ['teacher_trainer'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2022-09-01',
    endedOn: '2024-06-30',
    contributorName: 'Ligue Esprit Citoyen (fictive)',
    updatedDaysAgo: 160,
  },
  {
    key: 'fr-mineurs-liens-familiaux-sortie',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Restaurer les liens familiaux des mineurs avant leur sortie du centre de détention',
      summary:
        'Des éducateurs et un référent famille travaillent avec les parents et la famille élargie des mineurs détenus pour préparer leur retour au foyer. Les familles sont associées dès les premières semaines de la détention.',
      approach:
        'Dans le mois qui suit l’arrivée du mineur, le référent famille se rend au domicile des parents ou des proches qui l’élèveront après la sortie. Des rencontres familiales mensuelles ont lieu au centre, animées par un éducateur, sur la scolarité, les règles à la maison et les fréquentations. Lorsque le mineur a été recruté par un groupe armé, un chef de quartier ou un religieux respecté par la famille est invité à une rencontre pour soutenir le retour. Trois mois avant la sortie, un plan de retour écrit est établi avec le jeune et sa famille : école ou apprentissage, suivi éducatif, activités.',
      results:
        'Sur 62 mineurs suivis en trois ans, 50 sont retournés dans leur famille et 41 étaient scolarisés ou en apprentissage six mois plus tard. Les éducateurs observent moins d’abandons du suivi que pour les mineurs sans accompagnement familial.',
      measurement:
        'Évaluation de processus par un consultant externe : analyse des dossiers de suivi, entretiens avec 18 familles et 12 professionnels, situation scolaire à six mois.',
      lessons:
        'Les familles se sentent souvent jugées : la première visite doit être une écoute, pas un contrôle. Les trajets coûtent cher aux familles rurales et il faut les rembourser. Le plan de retour doit être simple.',
      sustainability:
        'Soutenu par le ministère chargé de la protection de l’enfance et un partenaire international jusqu’en 2027 ; transposable dans d’autres centres pour mineurs.',
      resources:
        'Deux éducateurs, un référent famille, un véhicule pour les visites à domicile, une aide au transport des familles et une salle d’accueil au centre.',
      legalFramework:
        'Code de protection de l’enfant ; règles internationales sur la justice pour mineurs, qui privilégient la réinsertion familiale.',
    },
    country: 'NE',
    region: 'africa',
    facilityTypes: ['juvenile'],
    themes: ['juveniles', 'family_involvement', 'release_reintegration'],
    targetGroups: ['juveniles', 'families'],
    preventionLevels: ['tertiary'],
    actors: ['family_liaison', 'social_worker', 'community_leader'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2022-02-01',
    endedOn: null,
    contributorName: 'Association Racines d’Avenir (fictive)',
    updatedDaysAgo: 75,
  },
  {
    key: 'fr-questionnaire-reperage-abandonne',
    kind: 'lesson_learned',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Pourquoi nous avons abandonné un questionnaire de repérage fondé sur des signes religieux',
      summary:
        'Un questionnaire de repérage rempli par les surveillants reposait en grande partie sur des signes extérieurs de pratique religieuse. Il produisait de nombreux signalements injustifiés et a été abandonné au profit d’une observation factuelle.',
      approach:
        'Le questionnaire, rédigé en interne, comptait vingt items, dont la barbe, le port de certains vêtements, l’assiduité à la prière ou le refus de la télévision. Les surveillants le remplissaient pour chaque arrivant. Après un an, une revue par la psychologue et la cheffe de détention a montré que la plupart des personnes signalées n’avaient aucun comportement préoccupant, et que plusieurs cas sérieux étaient passés inaperçus. Le questionnaire a été retiré, les surveillants ont été formés à rédiger des observations factuelles, et l’évaluation a été confiée à des professionnels formés utilisant un outil structuré.',
      results:
        'Sur 240 signalements de l’année, moins d’un sur dix a été confirmé après examen. Le climat de confiance avec les détenus pratiquants s’était dégradé. Après le changement, les signalements ont diminué de moitié et sont mieux argumentés.',
      measurement:
        'Revue interne de tous les signalements de l’année par la psychologue et la cheffe de détention, puis comparaison avec les signalements de l’année suivante.',
      lessons:
        'La religion n’est pas un indicateur de risque : l’utiliser ainsi est discriminatoire et inefficace. Un outil maison non validé ne doit jamais servir à orienter des décisions. Il faut associer un regard extérieur avant de diffuser un outil.',
      sustainability:
        'L’enseignement a été intégré à la formation des surveillants de la région. Il vaut pour tout établissement tenté de créer son propre outil de repérage.',
      resources:
        'Temps de la psychologue et de la cheffe de détention pour la revue ; deux journées de formation.',
      legalFramework:
        'Principe de non-discrimination ; liberté de religion ; règles sur les données sensibles.',
    },
    country: 'BE',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['risk_needs_assessment', 'oversight_human_rights'],
    targetGroups: ['prison_staff', 'men_in_custody'],
    preventionLevels: ['secondary'],
    actors: ['psychologist', 'prison_officer'],
    evidenceLevel: 'none',
    startedOn: '2016-01-01',
    endedOn: '2017-03-31',
    contributorName: 'Cercle des praticiens pénitentiaires (fictif)',
    updatedDaysAgo: 780,
  },
  {
    key: 'fr-referent-sante-mentale-desengagement',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Un référent santé mentale au sein de l’équipe d’un programme de désengagement',
      summary:
        'Un infirmier en psychiatrie rejoint l’équipe d’un programme de désengagement pour repérer les troubles psychiques et orienter vers les soins. Les participants qui présentent des troubles ne sont plus exclus du programme.',
      approach:
        'L’infirmier, détaché par l’hôpital de secteur, rencontre chaque nouveau participant lors d’un entretien d’accueil, puis participe à la réunion d’équipe hebdomadaire. Il conseille les intervenants sur l’adaptation des séances, par exemple pour les personnes souffrant de troubles anxieux ou psychotiques, et organise les orientations vers le psychiatre. Les informations médicales restent couvertes par le secret : l’équipe ne reçoit que les recommandations nécessaires à l’accompagnement. Il anime aussi deux séances annuelles de sensibilisation pour les surveillants.',
      results:
        'En deux ans, 31 participants sur 70 ont été orientés vers des soins, dont 12 qui n’avaient jamais été suivis. Les abandons du programme ont diminué. Les intervenants se disent mieux outillés.',
      measurement:
        'Dossiers du programme, nombre d’orientations vers les soins et de suivis effectivement commencés, taux d’abandon comparé aux deux années précédentes, questionnaire aux intervenants.',
      lessons:
        'Le secret médical doit être expliqué dès le départ aux autres intervenants. Un temps partiel est insuffisant quand la liste d’attente pour le psychiatre est longue. Les surveillants apprécient les séances de sensibilisation.',
      sustainability:
        'Convention entre l’hôpital et l’établissement renouvelée chaque année ; modèle transposable là où un service de psychiatrie peut détacher un infirmier expérimenté.',
      resources:
        'Un infirmier à 60 %, du temps de psychiatre pour les consultations, un bureau d’entretien en détention et des supports de sensibilisation.',
      legalFramework:
        'Accès aux soins des personnes détenues équivalent à celui de la population générale ; secret médical.',
    },
    country: 'CA',
    region: 'north_america',
    facilityTypes: ['men'],
    themes: ['disengagement', 'prevention_in_prison'],
    targetGroups: ['mental_health_needs', 'men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['mental_health_worker', 'psychologist'],
    evidenceLevel: 'descriptive',
    startedOn: '2023-03-01',
    endedOn: null,
    contributorName: 'Regroupement Santé Justice Québec-Nord (fictif)',
    updatedDaysAgo: 8,
  },
  {
    key: 'fr-sport-jeunes-majeurs',
    kind: 'good_practice',
    status: 'in_review',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Le sport encadré pour les jeunes majeurs détenus, un outil de prévention',
      summary:
        'Des éducateurs sportifs proposent aux jeunes majeurs de 18 à 25 ans un programme de sport collectif et de boxe éducative. Le programme vise à réduire l’isolement et l’emprise de certains groupes en détention.',
      approach:
        'Trois séances par semaine sont proposées par deux éducateurs sportifs d’un club partenaire. Les équipes mélangent volontairement des jeunes de quartiers et de profils différents. Chaque séance se termine par un temps d’échange sur le respect, la colère et la loyauté envers le groupe. Un éducateur fait le lien avec les conseillers de probation pour préparer une inscription en club après la sortie.',
      results:
        'Quatre-vingts jeunes inscrits la première année, dont soixante ont suivi au moins la moitié des séances ; les données d’incidents et les entretiens sont en cours d’analyse par l’équipe du service de probation.',
      measurement:
        'Registre de présence, comparaison des incidents en détention avant et pendant le programme, entretiens prévus avec une vingtaine de participants et avec les surveillants.',
      lessons:
        'Les mélanges de groupes demandent une vigilance particulière les premières semaines. La boxe éducative attire des jeunes qui refusent les autres activités, mais exige des règles très claires sur le contact et le respect de l’adversaire.',
      sustainability:
        'Financement sur deux ans par une collectivité territoriale ; la suite dépendra des résultats et d’un partenariat durable avec le club.',
      resources:
        'Deux éducateurs sportifs diplômés, trois séances par semaine, équipement de boxe et ballons, accès au gymnase et au terrain de l’établissement.',
      legalFramework:
        'Droit des personnes détenues aux activités physiques et sportives prévu par le code pénitentiaire.',
    },
    country: 'FR',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['prevention_in_prison'],
    targetGroups: ['men_in_custody'],
    preventionLevels: ['secondary'],
    actors: ['teacher_trainer', 'mentor'],
    evidenceLevel: 'descriptive',
    startedOn: '2025-01-15',
    endedOn: null,
    contributorName: 'Club Rebond Sport Éducatif (fictif)',
    updatedDaysAgo: 14,
  },
  {
    key: 'fr-rencontres-victimes-detenus',
    kind: 'good_practice',
    status: 'in_review',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Des rencontres détenus–victimes pour réparer le lien avec la société',
      summary:
        'Des groupes de détenus rencontrent des victimes d’autres affaires lors de cinq séances préparées. Les rencontres visent la reconnaissance du tort causé et l’apaisement des victimes.',
      approach:
        'Deux animateurs formés à la justice restaurative préparent séparément détenus et victimes lors d’entretiens individuels. Les rencontres réunissent trois détenus, trois victimes et deux membres de la communauté, une fois par semaine pendant cinq semaines. Un bilan est fait avec chacun un mois plus tard. Les échanges suivent des règles de parole fixées ensemble : chacun parle de son expérience, personne n’est interrompu, et l’animateur peut suspendre la séance à tout moment.',
      results:
        'Deux cycles réalisés avec six détenus et six victimes. Les retours des victimes sont très positifs et les détenus disent mieux mesurer les conséquences de leurs actes, mais ces premiers constats restent à confirmer.',
      measurement:
        'Questionnaires de satisfaction remplis après chaque cycle, entretiens de bilan à un mois avec chaque participant et notes détaillées des animateurs.',
      lessons:
        'La préparation est la clé ; le volontariat des deux parties est absolu. Les victimes d’autres affaires se sentent plus libres de parler qu’en face de l’auteur de leur propre préjudice, ce qui facilite les premiers cycles.',
      sustainability:
        'Dépend de la disponibilité d’animateurs formés à la justice restaurative ; une formation régionale est prévue pour en former six de plus.',
      resources:
        'Deux animateurs formés, une salle calme hors détention ordinaire, le remboursement des frais de transport des victimes et un temps de supervision.',
      legalFramework:
        'Dispositions législatives sur la justice restaurative, qui exigent le consentement libre et éclairé des deux parties.',
    },
    country: 'FR',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['community_acceptance'],
    targetGroups: ['victims', 'men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['victims_advocate'],
    evidenceLevel: 'none',
    startedOn: '2025-10-01',
    endedOn: null,
    contributorName: 'Association Réparer Ensemble (fictive)',
    updatedDaysAgo: 4,
  },
  {
    key: 'fr-ressortissants-etrangers-droits',
    kind: 'good_practice',
    status: 'changes_requested',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Informer les ressortissants étrangers détenus de leurs droits dans leur langue',
      summary:
        'Une permanence juridique associative informe les détenus étrangers de leurs droits, dans leur langue, sur la procédure, le séjour et l’éloignement. Elle facilite aussi le contact avec les consulats.',
      approach:
        'Une juriste et des interprètes bénévoles tiennent une permanence hebdomadaire. Des fiches d’information existent en huit langues. Les détenus peuvent demander un entretien par courrier interne. Les entretiens portent sur la procédure pénale, le droit au séjour, les mesures d’éloignement et la préparation d’un retour éventuel dans le pays d’origine. La juriste oriente vers un avocat lorsque c’est nécessaire et aide à joindre le consulat avec l’accord de la personne.',
      results:
        'Environ 150 entretiens par an, dans une vingtaine de langues. Plusieurs personnes ont pu contester à temps une mesure d’éloignement ou préparer leur retour dans de meilleures conditions, mais aucun suivi systématique n’existe.',
      measurement:
        'Registre anonymisé de la permanence : nombre d’entretiens, langues, thèmes abordés et orientations vers un avocat ou le consulat, compilé chaque année.',
      lessons:
        'Les fiches doivent être relues par des locuteurs natifs. Les détenus étrangers craignent souvent que la permanence transmette des informations à la préfecture : il faut expliquer son indépendance dès le premier entretien.',
      sustainability:
        'Dépend du bénévolat des interprètes et d’une subvention annuelle ; les fiches en huit langues peuvent être réutilisées par d’autres établissements.',
      resources:
        'Une juriste à temps partiel, une dizaine d’interprètes bénévoles, l’impression des fiches en huit langues et un bureau en détention.',
      legalFramework:
        'Droit à l’information sur ses droits, droit à l’assistance consulaire et droit des étrangers en matière de séjour et d’éloignement.',
    },
    country: 'FR',
    region: 'europe',
    facilityTypes: ['mixed'],
    themes: ['oversight_human_rights', 'release_reintegration'],
    targetGroups: ['foreign_nationals'],
    preventionLevels: ['tertiary'],
    actors: ['lawyer'],
    evidenceLevel: 'descriptive',
    startedOn: '2024-04-01',
    endedOn: null,
    contributorName: 'Permanence Droits Sans Frontières (fictive)',
    updatedDaysAgo: 22,
  },
  {
    key: 'fr-formation-probation-numerique',
    kind: 'tool_guidance',
    status: 'draft',
    visibility: 'public',
    language: 'fr',
    text: {
      title: 'Module de formation des conseillers de probation au suivi des usages numériques',
      summary:
        'Un module de formation en préparation aide les conseillers de probation à aborder les usages numériques des personnes suivies. Il porte sur les réseaux sociaux, la propagande et les obligations fixées par le juge.',
      approach:
        'Le module comprendra une journée en présentiel et trois heures en ligne, avec études de cas et jeux de rôle sur la conduite d’entretien. Les études de cas portent sur des situations réelles rendues anonymes : une personne suivie qui partage des vidéos violentes, une interdiction d’accès à certains sites, un jeune qui s’isole en ligne. Deux conseillers expérimentés et un chercheur relisent le contenu avant le premier test.',
      results:
        'Pas encore de résultats. Un premier test avec une douzaine de conseillers est prévu au printemps, suivi d’un bilan écrit avant toute diffusion plus large dans les services de probation.',
      measurement:
        'Questionnaire de connaissances prévu avant et après la formation, et observation de jeux de rôle par un formateur à l’aide d’une grille simple.',
      lessons:
        'À compléter après le premier test. Les premières relectures montrent déjà qu’il faut davantage de temps sur la conduite d’entretien et moins sur la description des plateformes, qui change trop vite.',
      sustainability:
        'À définir après le test ; le module en ligne pourrait être intégré à la formation continue de tous les conseillers de probation.',
      resources:
        'Un formateur, un chercheur en appui pour la relecture, la plateforme de formation en ligne existante et une salle pour la journée en présentiel.',
      legalFramework: 'Obligations de suivi fixées par le juge de l’application des peines.',
    },
    country: 'FR',
    region: 'europe',
    facilityTypes: ['community'],
    themes: ['staff_training'],
    targetGroups: ['prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['probation_officer', 'teacher_trainer'],
    evidenceLevel: 'none',
    startedOn: null,
    endedOn: null,
    contributorName: 'Atelier Probation Demain (fictif)',
    updatedDaysAgo: 3,
  },
];
