import type { DemoKnowledgeEntry } from './demo-entry.ts';

/**
 * The demo library's entries written in English. Every programme, organisation and person here is
 * invented for Pathways; countries give context only and no real prison or service is described.
 */
export const DEMO_ENTRIES_EN: DemoKnowledgeEntry[] = [
  {
    key: 'en-family-visits-preparation',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    featured: true,
    text: {
      title: 'Preparing children and partners for visits to a high-security wing',
      summary:
        'A family support worker meets relatives before their first visit to a high-security wing, explains the search and seating rules and helps them talk to children about where their parent is. Visits became calmer and fewer families stopped coming after the first month.',
      approach:
        'Two family support workers from a small charity hold a one-hour preparation session with each new visiting family, by phone or in the visitors’ centre, before the first visit. They walk through the security routine, show photographs of the visits hall, and offer age-appropriate storybooks that explain prison to children. Officers on the wing are briefed on each family’s questions, so the first visit starts with a familiar face. After every third visit the worker calls the family again to ask what is going well and what is hard. The man in custody is asked beforehand which relatives he wants to see and what he wants his children to be told.',
      results:
        'Over two years, 64 families were prepared. Visit cancellations in the first three months fell from roughly one in three to one in six. Officers recorded fewer incidents at the search point, and several men asked for additional family days. Families said the storybooks were the most useful part.',
      measurement:
        'Visit booking records compared with the two years before the project, short telephone feedback from families, and the wing’s incident log for the visits hall; no comparison group.',
      lessons:
        'Preparation works best before the first visit, not after a bad one. Workers must never pass on information about the family to security staff beyond what the family agrees to. Searching children is the most distressing moment: officers trained in explaining it calmly made the largest difference.',
      sustainability:
        'The prison now funds one of the two posts from its family budget. The session outline and storybooks are easy to adapt to other high-security units and to remand prisons.',
      resources:
        'Two part-time family support workers, a room in the visitors’ centre, printed storybooks (about 300 per year) and a phone line. Roughly 45,000 per year in staff costs.',
      legalFramework:
        'Contact with family is an entitlement under the prison rules and the international standards on the treatment of prisoners; restrictions must be individual and reviewed.',
    },
    country: 'GB',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['family_involvement', 'dynamic_security'],
    targetGroups: ['families', 'men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['family_liaison', 'prison_officer'],
    evidenceLevel: 'descriptive',
    startedOn: '2021-03-01',
    endedOn: null,
    contributorName: 'Open Gate Family Trust (fictional)',
    updatedDaysAgo: 12,
  },
  {
    key: 'en-mentoring-former-extremists',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Mentoring by former extremists that continues from custody into the community',
      summary:
        'Trained mentors who once belonged to violent movements meet men convicted of terrorism offences from a year before release until a year after. The same mentor stays with the person across the prison gate, working alongside the probation officer.',
      approach:
        'Mentors are recruited by a community organisation after a long vetting process and at least five years away from any movement. They receive forty hours of training on boundaries, safeguarding and information sharing, and monthly clinical supervision from a psychologist. Each mentor works with no more than three mentees, meeting them fortnightly in prison and weekly after release. Conversations focus on identity, belonging, practical plans and doubts, not on debating doctrine. The mentor joins the case conference twice a year and the probation officer agrees a written plan with the mentee and mentor together.',
      results:
        'Of 38 men mentored over six years, 33 completed the programme. Within two years of release, three were recalled for breaching licence conditions and none was convicted of a new terrorism offence. Probation officers rated engagement with supervision higher than for a comparable group without mentors.',
      measurement:
        'Independent evaluation by a university team: reconviction and recall data, structured interviews with mentees and staff, and a matched comparison group of 41 men released over the same period.',
      lessons:
        'Credibility comes from lived experience but must be backed by supervision: two mentors were stood down after blurring boundaries. Mentees distrusted the programme until it was clear mentors did not report conversations to intelligence staff. Ending the relationship needs planning months ahead.',
      sustainability:
        'Funded through the probation service’s commissioning budget since 2022. Transferable where a credible pool of former members exists and vetting rules allow people with convictions to enter prisons.',
      resources:
        'A coordinator, eight sessional mentors, a supervising psychologist (one day a month), travel costs; about 120,000 per year for 20 mentees.',
      legalFramework:
        'Licence conditions set by the release authority; information sharing agreement between the probation service and the organisation.',
    },
    country: 'IE',
    region: 'europe',
    facilityTypes: ['men', 'community'],
    themes: ['disengagement', 'release_reintegration'],
    targetGroups: ['men_in_custody', 'released_people'],
    preventionLevels: ['tertiary'],
    actors: ['former_extremist_mentor', 'probation_officer', 'psychologist'],
    evidenceLevel: 'peer_reviewed',
    startedOn: '2018-09-01',
    endedOn: null,
    contributorName: 'Crossing Point Mentoring (fictional)',
    updatedDaysAgo: 45,
    peerReview: {
      reviewerName: 'Dr Helen Marsh (fictional)',
      reviewerAffiliation: 'Northbridge Institute for Criminal Justice Studies (fictional)',
      reviewedOn: '2025-06-18',
      conclusion:
        'The comparison design is modest but sound and the outcomes are reported honestly; the supervision model is the transferable element.',
    },
  },
  {
    key: 'en-structured-risk-reassessment',
    kind: 'tool_guidance',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Guidance for six-monthly structured reassessment with a second rater',
      summary:
        'A short guide for assessment teams on reassessing risks and needs every six months using structured professional judgement. It explains how a second rater reviews the written formulation so that no single view becomes a permanent label.',
      approach:
        'The guide was written by two forensic psychologists and a senior case manager after reviewing how assessments were used in sentence planning. It sets out a fixed schedule (at admission, every six months, and after any significant event), a template for the written formulation covering each domain with the evidence behind each rating, and a step in which a second trained rater reads the file and either agrees or records a reasoned disagreement. Protective factors must be described as carefully as risk factors. Assessors may not use religion or ethnicity as indicators. Teams meet quarterly to compare difficult cases.',
      results:
        'In the pilot prison, the share of assessments reviewed on time rose from 40% to 85% in a year. Second raters disagreed in about one case in five, usually on protective factors. Case managers said formulations were more useful for planning.',
      measurement:
        'Audit of assessment dates and files before and after the guide, a count of second-rater disagreements, and a short survey of 22 case managers.',
      lessons:
        'Without protected time, second rating became a signature exercise. Disagreements are valuable information and should be kept in the file, not resolved by seniority. The guide must be used with a licensed tool’s own manual, never instead of it.',
      sustainability:
        'Now part of the assessment team’s standard procedure. The guide contains no proprietary item wording and can be adapted to any structured professional judgement tool.',
      resources:
        'Writing time of three staff over four months, two training days for assessors, and half a day per month of protected time for second rating.',
      legalFramework:
        'Sentence planning rules require individual assessment and regular review; decisions remain with trained professionals, never automated.',
    },
    country: 'AU',
    region: 'asia_pacific',
    facilityTypes: ['men', 'women'],
    themes: ['risk_needs_assessment', 'monitoring_evaluation'],
    targetGroups: ['prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2019-02-01',
    endedOn: '2020-06-30',
    contributorName: 'Southern Corrections Practice Network (fictional)',
    updatedDaysAgo: 240,
  },
  {
    key: 'en-staff-induction-radicalisation',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Three-day induction module for new prison officers on radicalisation without profiling',
      summary:
        'New officers attend a three-day induction module on how radicalisation to violence happens in prison and how to report concerns proportionately. The module stresses that faith, dress or nationality are not signs of risk.',
      approach:
        'The module is delivered at the national staff college by a trainer, a prison chaplain and an experienced wing officer. Day one covers how people are drawn into violent groups and the role of grievances, isolation and recruiters in prison. Day two uses case studies to practise telling the difference between religious observance and concerning behaviour, and how to write a factual observation. Day three covers dynamic security, the reporting route and human rights safeguards. Trainees complete a short written test and a role play. A refresher half-day is offered after one year of service.',
      results:
        'About 600 officers trained over four years. Test scores rose on average from 52% before the module to 78% after it. Supervisors reported that observations sent to the security department became more factual and fewer were based on religious practice alone.',
      measurement:
        'Pre and post knowledge tests, a review of a sample of 120 observation reports before and after the module, and trainee feedback forms.',
      lessons:
        'Trainees trusted the wing officer more than outside experts, so keep one on the team. Early versions used videos from other countries that trainees found irrelevant. Monitor reporting patterns to catch any return to profiling.',
      sustainability:
        'Part of the compulsory induction curriculum and funded from the staff college budget. The case studies can be rewritten for local contexts.',
      resources:
        'Three trainers per course, a trainer’s manual, twelve case studies, and a training room; about 30 trainees per course.',
      legalFramework:
        'Staff training obligations in the prison regulations and the international standards on staff training and non-discrimination.',
    },
    country: 'KE',
    region: 'africa',
    facilityTypes: ['men', 'women', 'mixed'],
    themes: ['staff_training', 'prevention_in_prison'],
    targetGroups: ['prison_staff'],
    preventionLevels: ['secondary'],
    actors: ['teacher_trainer', 'prison_officer', 'religious_scholar'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2020-01-15',
    endedOn: null,
    contributorName: 'Horizon Justice Training Centre (fictional)',
    updatedDaysAgo: 88,
  },
  {
    key: 'en-key-workers-separation-unit',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Named key workers on a small separation unit to keep contact and reduce isolation',
      summary:
        'Every man held on a small separation unit is given a named officer as key worker who spends structured time with him each week. The approach aims to keep human contact, spot problems early and prepare for return to ordinary location.',
      approach:
        'Officers volunteer for the unit and receive five days of training in motivational conversation, mental health awareness and the limits of their role. Each key worker has two or three men and spends at least 45 minutes a week with each in conversation or shared activity such as cooking or exercise. Key workers write a short weekly note on wellbeing and progress, separate from security reporting. Placement on the unit is reviewed every three months by a panel including a psychologist and an independent member, and key worker notes are one source for that review.',
      results:
        'Over three years, assaults on staff on the unit fell from eleven to three a year. Time out of cell rose from about two to five hours a day. Nine of fourteen men returned to ordinary location within eighteen months, compared with two of twelve in the three years before.',
      measurement:
        'Incident records, time-out-of-cell logs and placement review minutes before and after the change, plus interviews with men held on the unit and with staff.',
      lessons:
        'Key workers need protection from being redeployed to cover staff shortages, or the model collapses within weeks. Keeping the weekly note separate from security reporting built trust. Panels must be willing to end separation when progress is shown.',
      sustainability:
        'Staffing is built into the unit’s profile. The model suits small units with stable staff; larger units need more key workers, not larger caseloads.',
      resources:
        'Eight trained officers, training costs, weekly supervision from a psychologist, and an activity budget of a few hundred per month.',
      legalFramework:
        'Separation must be lawful, necessary and reviewed regularly; prolonged isolation is prohibited by the international standards on the treatment of prisoners.',
    },
    country: 'GB',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['dynamic_security', 'oversight_human_rights'],
    targetGroups: ['men_in_custody', 'prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['prison_officer', 'psychologist'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2017-05-01',
    endedOn: null,
    contributorName: 'Prison Practice Forum (fictional)',
    updatedDaysAgo: 760,
    peerReview: {
      reviewerName: 'Prof. Samuel Adeyemi (fictional)',
      reviewerAffiliation: 'Centre for Custodial Research, Eastbrook University (fictional)',
      reviewedOn: '2024-09-02',
      conclusion:
        'Outcomes are consistent across several sources; the small numbers are acknowledged. A clear example of dynamic security applied with safeguards.',
    },
  },
  {
    key: 'en-women-trauma-informed-groups',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Trauma-informed group work for women convicted of extremist offences',
      summary:
        'A twelve-week group programme for women in custody for terrorism-related offences, built around the trauma, coercion and loss many of them describe. It works on relationships, agency and plans for children rather than on ideology first.',
      approach:
        'Two facilitators, a clinical psychologist and a social worker, run weekly two-hour sessions for groups of four to six women in a women’s prison. Sessions cover safety and trust, past relationships and control, grief, motherhood and contact with children, and the choices each woman wants to make after release. Individual sessions are offered between group meetings. Staff on the unit receive a half-day briefing on trauma-informed responses, for example explaining searches before doing them. Religious questions are referred to a chaplain the women choose.',
      results:
        'Twenty-one women took part in five groups; eighteen completed. Facilitators observed more willingness to discuss the past and to engage with other programmes. Self-reported wellbeing scores improved for most participants. Long-term outcomes are not yet known.',
      measurement:
        'A standard wellbeing questionnaire at the start and end, attendance records and facilitators’ session notes; no independent evaluation so far.',
      lessons:
        'Groups must be small and closed: adding members mid-way broke trust. Do not assume every woman was coerced; several rejected that story. Contact with children is the strongest motivation and must be planned with the family worker.',
      sustainability:
        'Funded year by year by a charitable foundation, which is fragile. The manual has been shared with two other women’s prisons.',
      resources:
        'Two facilitators for about six hours a week, a session manual, a quiet room with no observation window, and small craft materials.',
      legalFramework:
        'The international rules for the treatment of women prisoners call for gender-specific programmes and attention to histories of abuse.',
    },
    country: 'CA',
    region: 'north_america',
    facilityTypes: ['women'],
    themes: ['women', 'disengagement'],
    targetGroups: ['women_in_custody', 'mental_health_needs'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist', 'social_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2022-04-01',
    endedOn: null,
    contributorName: 'Northern Lights Women’s Justice Collective (fictional)',
    updatedDaysAgo: 31,
  },
  {
    key: 'en-youth-football-mentoring',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Football league and mentoring in a youth detention centre',
      summary:
        'Boys in a youth detention centre play in a weekly football league run with a local club, each team paired with a volunteer mentor. The league gives structure, belonging and adult role models that compete with the pull of violent peer groups.',
      approach:
        'A community sports club sends two coaches twice a week to run training and a league of four teams. Every team has a volunteer mentor, trained and vetted by the club, who joins matches and meets each boy once a fortnight to talk about school, family and plans. Teams mix boys from different neighbourhoods and groups on purpose. Fair play points count towards the league table. Near release, mentors introduce boys to the club’s community teams so the link continues outside.',
      results:
        'Over three seasons 115 boys took part. Fights recorded during association time fell by about a quarter compared with the year before. Twenty-six boys joined community teams after release, and staff noticed fewer group confrontations between rival neighbourhoods.',
      measurement:
        'Incident data before and after, attendance logs, and a process evaluation by a local university that interviewed boys, coaches and staff.',
      lessons:
        'Mixing groups needs careful staff judgement at the start. Mentors who dropped out hurt trust, so recruit fewer and support them better. The link to community teams after release mattered more than the league itself.',
      sustainability:
        'The club now covers coaching from its own community budget; mentor training is shared with a youth charity. Any centre with outdoor space and a willing club can start.',
      resources:
        'Two coaches, six to eight volunteer mentors, kit and balls, and use of the centre’s pitch; about 25,000 per year.',
      legalFramework:
        'Juvenile justice rules require education, recreation and preparation for return to the community for all children deprived of liberty.',
    },
    country: 'ZA',
    region: 'africa',
    facilityTypes: ['juvenile'],
    themes: ['juveniles', 'prevention_in_prison'],
    targetGroups: ['juveniles'],
    preventionLevels: ['secondary'],
    actors: ['mentor', 'teacher_trainer'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2020-08-01',
    endedOn: null,
    contributorName: 'Southern Stars Community Sport (fictional)',
    updatedDaysAgo: 130,
  },
  {
    key: 'en-returnee-mothers-children',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Joint case management for mothers and children returning from conflict zones',
      summary:
        'A multi-agency team receives women and children repatriated from camps in conflict zones and plans their care together. Children’s welfare is treated as the first priority while justice proceedings against mothers continue.',
      approach:
        'Before each repatriation a case team meets: a social worker from child services, a paediatrician, a psychologist, a probation officer and a family liaison worker. Children receive a health check and trauma screening within days of arrival and are placed with extended family where safe. Mothers are usually detained or placed under supervision; the team arranges supervised contact from the first week. Grandparents and relatives receive guidance and a named contact. The team meets monthly for at least two years, and schools are supported to welcome the children without stigma.',
      results:
        'Across several countries using the model, teams described faster school enrolment and fewer placement breakdowns. In one programme, all 17 children were in school within three months. Evaluations so far are descriptive.',
      measurement:
        'Case reviews compiled by the teams and a comparison of practice notes from participating countries; no standard outcome measures yet.',
      lessons:
        'Delays in repatriation harm children most. Schools and neighbours need preparation, as media attention caused several families to move. Keep child welfare decisions separate from the mother’s criminal case and record them in separate files.',
      sustainability:
        'Depends on national commitment to repatriation. The case team structure can be adapted by any country with child protection services.',
      resources:
        'A core team of five professionals per family group, interpreters, health screening, and family support funds.',
      legalFramework:
        'The best interests of the child principle, child protection law and criminal procedure for adults.',
    },
    translations: [
      {
        language: 'es',
        origin: 'professional',
        text: {
          title: 'Gestión conjunta de casos para madres e hijos que regresan de zonas de conflicto',
          summary:
            'Un equipo multiinstitucional recibe a mujeres y niños repatriados de campamentos en zonas de conflicto y planifica su atención de forma conjunta. El bienestar de los niños es la primera prioridad mientras continúan los procedimientos judiciales contra las madres.',
          approach:
            'Antes de cada repatriación se reúne un equipo de caso: una trabajadora social de protección de la infancia, un pediatra, una psicóloga, un oficial de libertad condicional y un enlace con la familia. Los niños reciben un control de salud y una evaluación de trauma en los primeros días y se alojan con familiares cuando es seguro. Las madres suelen quedar detenidas o bajo supervisión; el equipo organiza visitas supervisadas desde la primera semana. El equipo se reúne cada mes durante al menos dos años.',
          results:
            'En varios países que aplican el modelo, los equipos describen una escolarización más rápida y menos rupturas de acogida. En un programa, los 17 niños estaban escolarizados en tres meses. Las evaluaciones son por ahora descriptivas.',
        },
      },
    ],
    country: null,
    region: 'global',
    facilityTypes: ['women', 'community'],
    themes: ['returnees', 'women', 'family_involvement'],
    targetGroups: ['returnees', 'women_in_custody', 'families'],
    preventionLevels: ['tertiary', 'secondary'],
    actors: ['social_worker', 'psychologist', 'family_liaison', 'probation_officer'],
    evidenceLevel: 'descriptive',
    startedOn: '2019-11-01',
    endedOn: null,
    contributorName: 'Homecoming Practice Exchange (fictional)',
    updatedDaysAgo: 60,
  },
  {
    key: 'en-chaplaincy-dialogue-circles',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Chaplain-led dialogue circles on scripture, justice and the use of violence',
      summary:
        'A prison chaplain and a visiting religious scholar hold weekly circles where men can question texts used to justify violence. Participation is voluntary and open to anyone on the wing.',
      approach:
        'Each circle has eight to twelve men and meets for ninety minutes a week over ten weeks. The chaplain and a scholar from a local seminary choose passages often quoted by violent groups and read them with their context, the classical commentaries and the debates about justice, war and mercy. Men are encouraged to bring their own questions and disagree. The facilitators do not report individual statements to security staff, apart from a clear and explained duty to act on threats of harm. Circles end with a shared meal.',
      results:
        'Around 150 men have attended over five years, including some convicted of terrorism offences and many who were not. Facilitators describe more open questioning and fewer confrontations over prayer arrangements on the wing.',
      measurement:
        'Attendance records, written facilitator reflections after each ten-week cycle and informal feedback from wing staff; outcomes for participants have not been evaluated.',
      lessons:
        'Open membership avoided labelling participants as extremists. The scholar’s independence from the prison gave credibility. Circles stalled when security moved participants between wings without notice. Facilitators also learned to leave silences: men often raised their real questions in the last minutes.',
      sustainability:
        'Runs on the chaplaincy’s regular budget with a small honorarium for the scholar. Transferable where credible scholars are willing to work in prisons.',
      resources:
        'Chaplain time, a visiting scholar for two hours a week, copies of texts and commentaries, and a room.',
      legalFramework:
        'Freedom of religion and access to a qualified representative of one’s faith under the prison rules and international standards.',
    },
    country: 'NG',
    region: 'africa',
    facilityTypes: ['men'],
    themes: ['religious_dialogue', 'prevention_in_prison'],
    targetGroups: ['men_in_custody'],
    preventionLevels: ['secondary', 'tertiary'],
    actors: ['religious_scholar'],
    evidenceLevel: 'descriptive',
    startedOn: '2016-06-01',
    endedOn: null,
    contributorName: 'Lantern Interfaith Prison Fellowship (fictional)',
    updatedDaysAgo: 410,
  },
  {
    key: 'en-housing-on-release-day',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Guaranteed housing from the day of release for people leaving long sentences',
      summary:
        'A housing partnership guarantees a furnished place to live from the day of release for people leaving long sentences, including terrorism offences. A support worker starts visiting three months before the release date.',
      approach:
        'The probation service, two housing associations and a reintegration charity agreed a protocol: every person serving four years or more is referred six months before release. A support worker visits the prison three times before release to plan the move, benefits, identity documents and a bank account. On the day of release the worker meets the person at the gate and takes them to the flat. Visits continue weekly for three months and then monthly for a year. Landlords receive a named contact and can call if problems arise.',
      results:
        'In a three-year study, 87% of 212 participants were still housed after twelve months, against 61% in a comparison group. Recall to prison within a year was 14% against 23%. Results for the small number with terrorism convictions were similar.',
      measurement:
        'Outcome evaluation with a matched comparison group drawn from probation records, housing tenancy records, and interviews with participants and landlords.',
      lessons:
        'Housing alone is not enough: the first weeks need daily practical support. Some neighbourhoods refused placements after local press coverage, so placement decisions need care and discretion. Early contact with the landlord prevented most tenancy problems.',
      sustainability:
        'Now funded jointly by probation and local housing budgets. Transferable where social housing providers can commit a small quota of flats each year.',
      resources:
        'Six support workers, a quota of 70 flats a year, a furniture fund, and a coordinator; around 1,900 per person per year.',
      legalFramework:
        'Release on licence with conditions; local authorities’ duties towards people at risk of homelessness.',
    },
    translations: [
      {
        language: 'fr',
        origin: 'professional',
        text: {
          title: 'Un logement garanti dès le jour de la libération après une longue peine',
          summary:
            'Un partenariat garantit un logement meublé dès le jour de la libération aux personnes sortant d’une longue peine, y compris pour des infractions terroristes. Un travailleur d’accompagnement commence ses visites trois mois avant la date de sortie.',
          approach:
            'Le service de probation, deux bailleurs sociaux et une association de réinsertion ont signé un protocole : chaque personne condamnée à quatre ans ou plus est orientée six mois avant sa libération. Un accompagnateur se rend trois fois en détention pour préparer le déménagement, les droits sociaux, les papiers d’identité et un compte bancaire. Le jour de la sortie, il accueille la personne à la porte et l’emmène au logement. Les visites sont hebdomadaires pendant trois mois, puis mensuelles pendant un an.',
          results:
            'Dans une étude sur trois ans, 87 % des 212 participants étaient toujours logés après douze mois, contre 61 % dans un groupe de comparaison. La réincarcération dans l’année était de 14 % contre 23 %.',
        },
      },
    ],
    country: 'US',
    region: 'north_america',
    facilityTypes: ['community'],
    themes: ['release_reintegration'],
    targetGroups: ['released_people'],
    preventionLevels: ['tertiary'],
    actors: ['social_worker', 'probation_officer'],
    evidenceLevel: 'peer_reviewed',
    startedOn: '2016-01-01',
    endedOn: null,
    contributorName: 'Doorstep Housing Partnership (fictional)',
    updatedDaysAgo: 150,
    featured: true,
    peerReview: {
      reviewerName: 'Dr Maria Okonkwo-Hale (fictional)',
      reviewerAffiliation: 'Riverside School of Social Policy (fictional)',
      reviewedOn: '2025-11-20',
      conclusion:
        'A well-designed comparison with convincing housing outcomes; the effect on recall is plausible but should be replicated.',
    },
  },
  {
    key: 'en-support-accountability-circles',
    kind: 'evaluation',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Process evaluation of volunteer support and accountability circles after release',
      summary:
        'An evaluation of circles of four trained volunteers who meet a released person weekly, offering friendship and practical help while holding them to their commitments. It looked at how the circles worked with probation and how neighbours were involved.',
      approach:
        'The evaluation followed twelve circles over eighteen months. Each circle had four community volunteers, such as a retired teacher, a faith leader or a neighbour, trained for two days and supervised by a coordinator. Circles met the released person weekly at first, then fortnightly, and shared concerns with the probation officer under an agreed protocol. Evaluators attended meetings, interviewed volunteers, probation officers and eight released participants, and reviewed meeting records. They also asked how volunteers explained their role to the wider community.',
      results:
        'Ten of twelve circles ran the full period. Participants valued being treated as neighbours rather than cases. Volunteers reported growing confidence, though two left after hostile reactions from acquaintances. Probation officers said circles raised concerns early in three cases.',
      measurement:
        'Qualitative process evaluation: 34 interviews, observation of 20 meetings and review of meeting records, analysed by two evaluators independently. No outcome data were collected.',
      lessons:
        'Volunteers need clear rules on what must be shared with probation. Recruiting from the neighbourhood strengthened acceptance but exposed volunteers to pressure. Circles must plan their end. Some released participants found weekly meetings intrusive at first.',
      sustainability:
        'Low cost apart from the coordinator. Transferable wherever volunteers can be recruited and supervised; evaluation of outcomes is still needed.',
      resources:
        'A part-time coordinator, two days of training for volunteers, meeting costs and travel; the evaluation cost about 40,000.',
      legalFramework:
        'Release conditions and information sharing protocol between probation and the volunteer organisation.',
    },
    country: 'CA',
    region: 'north_america',
    facilityTypes: ['community'],
    themes: ['community_acceptance', 'release_reintegration', 'monitoring_evaluation'],
    targetGroups: ['released_people', 'communities'],
    preventionLevels: ['tertiary'],
    actors: ['mentor', 'community_leader', 'probation_officer'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2021-01-01',
    endedOn: '2022-06-30',
    contributorName: 'Commonground Circles (fictional)',
    updatedDaysAgo: 520,
  },
  {
    key: 'en-cso-clearance-backlog',
    kind: 'lesson_learned',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'When vetting delays kept community mentors out of prison for seven months',
      summary:
        'A mentoring charity recruited and trained twenty volunteers, but security vetting took up to seven months and half of them gave up. The charity and the prison redesigned the process together.',
      approach:
        'The charity recruited volunteers from local communities, trained them over six weekends and submitted their applications for regular access. Applications went to a central unit with no deadline, and the prison had no named person to chase them. Meanwhile volunteers could not enter the prison even escorted. After the losses, the prison named a coordinator for civil society organisations, agreed to escorted visits during vetting, and the charity began submitting applications before training rather than after. Both sides now meet monthly to review the pipeline.',
      results:
        'In the first year, ten of twenty volunteers withdrew before their first visit. After the changes, average vetting time fell to about eight weeks and only two of eighteen new volunteers withdrew.',
      measurement:
        'The charity’s recruitment records and the dates of vetting decisions, compared across two recruitment rounds. Withdrawal reasons were collected in short exit calls.',
      lessons:
        'Agree the vetting route, the timeline and a named contact before recruiting anyone. Escorted access during vetting keeps volunteers motivated. A single coordinator inside the prison made the biggest difference.',
      sustainability:
        'The monthly review meeting continues. The lesson applies to any organisation relying on volunteers in prisons. Prisons and charities elsewhere have asked for the meeting template.',
      resources:
        'Coordinator time on both sides (a few hours a month) and the cost of training volunteers who never served, about 9,000 lost.',
      legalFramework:
        'Prison security rules on vetting of visitors and volunteers; background checks renewed each year.',
    },
    country: 'GB',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['cso_access'],
    targetGroups: ['cso_practitioners'],
    preventionLevels: ['tertiary'],
    actors: ['mentor'],
    evidenceLevel: 'descriptive',
    startedOn: '2022-09-01',
    endedOn: '2024-03-31',
    contributorName: 'Bridgeway Volunteers (fictional)',
    updatedDaysAgo: 95,
  },
  {
    key: 'en-independent-monitors-separation',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'restricted',
    language: 'en',
    text: {
      title: 'Unannounced visits by lay monitors to separation and segregation units',
      summary:
        'A board of trained lay monitors visits separation and segregation units unannounced at least fortnightly and reports to the prison director and a national inspector. Every person held longer than fourteen days is seen individually.',
      approach:
        'Monitors are volunteers appointed by an independent body and trained for four days on prison rules, human rights standards and interviewing. They hold keys and can enter any area without notice. On each visit they check the segregation register, speak in private with everyone held, and review the paperwork for each placement, including the date of the next review. Concerns are raised with the duty governor the same day, and a written report goes to the director monthly. Cases over fourteen days are flagged to the national inspector.',
      results:
        'Over two years, the number of people held in segregation longer than fifteen days fell from nine to two per quarter. Missing review paperwork, common at the start, was rare by the end. Monitors also prompted improvements in exercise and phone access.',
      measurement:
        'Monitors’ visit logs and register checks, compared quarter by quarter, plus the national inspector’s follow-up review. Findings were discussed with the director each quarter.',
      lessons:
        'Independence must be visible: monitors are never used to deliver programmes. Unannounced visits at weekends found the most problems. Monitors need refresher training each year and a clear route to escalate concerns that are not resolved locally.',
      sustainability:
        'The monitoring board is set up by law and funded centrally; the method is transferable to any country with a lay monitoring scheme.',
      resources:
        'Twelve volunteer monitors, travel expenses, four initial training days and an annual refresher, a part-time clerk and secure storage for visit records.',
      legalFramework:
        'Statutory independent monitoring; the international rules limiting solitary confinement and requiring inspection.',
    },
    country: 'NZ',
    region: 'asia_pacific',
    facilityTypes: ['men', 'women'],
    themes: ['oversight_human_rights'],
    targetGroups: ['men_in_custody', 'women_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['lawyer'],
    evidenceLevel: 'descriptive',
    startedOn: '2019-07-01',
    endedOn: null,
    contributorName: 'Tidewater Lay Monitoring Board (fictional)',
    updatedDaysAgo: 800,
  },
  {
    key: 'en-evaluation-toolkit-small-cso',
    kind: 'tool_guidance',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'A light evaluation toolkit for small organisations working in prisons',
      summary:
        'A practical toolkit that helps small civil society organisations plan how to show what their prison programmes achieve. It covers a simple theory of change, a handful of indicators and ethical data collection.',
      approach:
        'The toolkit was drafted by a network of organisations with two evaluators and tested with six small organisations. It has four parts: drawing a one-page theory of change; choosing three to five indicators beyond attendance, such as changes in attitudes, relationships or plans; collecting data with consent and without identifying people; and writing an honest one-page report that includes what did not work. Each part has a worksheet. Organisations can ask for two hours of free coaching from a volunteer evaluator.',
      results:
        'The toolkit has not itself been evaluated. Six pilot organisations used it and all produced a theory of change; four collected indicator data for a full year. Coaching was requested by five.',
      measurement:
        'Feedback from pilot organisations and a count of completed worksheets; no measurement of effects on programme quality. Follow-up ended after one year.',
      lessons:
        'Organisations often count participants and stop there, which can hide false compliance. Keep indicators few. Consent and anonymity must be built in from the start, especially when prison staff may see the data.',
      sustainability:
        'Free to use and adapt. The volunteer coaching depends on a small pool of evaluators. Worksheets are published under an open licence and have been translated into French.',
      resources:
        'Free worksheets, about two days of staff time to set up, half a day per quarter to collect data, and optional coaching.',
      legalFramework: 'Data protection law applies to any information collected about participants.',
    },
    translations: [
      {
        language: 'fr',
        origin: 'machine_assisted',
        text: {
          title: 'Une boîte à outils d’évaluation légère pour les petites associations intervenant en prison',
          summary:
            'Une boîte à outils pratique qui aide les petites associations de la société civile à montrer ce que leurs programmes en prison permettent d’obtenir. Elle couvre une théorie du changement simple, quelques indicateurs et une collecte de données éthique.',
          approach:
            'La boîte à outils comporte quatre parties : dessiner une théorie du changement sur une page ; choisir trois à cinq indicateurs au-delà de la simple participation ; recueillir les données avec le consentement des personnes et sans les identifier ; rédiger un bilan honnête d’une page, y compris sur ce qui n’a pas marché. Chaque partie a sa fiche de travail.',
          results:
            'La boîte à outils n’a pas elle-même été évaluée. Six associations pilotes l’ont utilisée et quatre ont recueilli des données pendant une année complète.',
        },
      },
    ],
    country: null,
    region: 'global',
    facilityTypes: ['men', 'women', 'juvenile', 'community'],
    themes: ['monitoring_evaluation', 'cso_access'],
    targetGroups: ['cso_practitioners'],
    preventionLevels: ['primary', 'secondary', 'tertiary'],
    actors: ['teacher_trainer'],
    evidenceLevel: 'none',
    startedOn: '2023-05-01',
    endedOn: null,
    contributorName: 'Evidence for Change Network (fictional)',
    updatedDaysAgo: 20,
  },
  {
    key: 'en-victim-perspectives-restorative',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Bringing victims’ perspectives into restorative sessions with men convicted of terrorism',
      summary:
        'Survivors of attacks who volunteer to take part share their experience with small groups of men in prison, prepared and accompanied by a victims’ advocate. Some sessions lead to a direct restorative meeting when both sides ask for it.',
      approach:
        'A victims’ organisation selects survivors who want to take part and prepares them over several months with a trained advocate. Men in custody are prepared separately by a facilitator in three individual sessions. Group sessions are held four times a year: a survivor speaks, then men respond and ask questions under clear ground rules. Where a man and a survivor both request it, a facilitated restorative meeting is arranged after careful assessment. Survivors can stop at any point. Debriefs are held for everyone within a week.',
      results:
        'Over four years, 19 survivors and 46 men took part; five direct meetings took place. Men’s scores on a victim empathy measure rose in most cases, and most survivors said taking part helped them. Two survivors found it distressing and withdrew.',
      measurement:
        'Empathy questionnaire before and after for men, follow-up interviews with survivors and men, and an outcome evaluation by an external researcher.',
      lessons:
        'Survivors’ wellbeing comes first: never recruit them for the programme’s sake. Some men performed remorse for their parole file; facilitators must watch for this. Preparation takes far longer than the sessions.',
      sustainability:
        'Depends on a small number of willing survivors and skilled facilitators; the preparation model is transferable. Organisations should build links with victims’ groups long before starting.',
      resources:
        'Two facilitators, a victims’ advocate, travel and support costs for survivors, and psychological support on call.',
      legalFramework:
        'Restorative justice is voluntary for both parties; victims’ rights law guarantees information and protection.',
    },
    translations: [
      {
        language: 'fr',
        origin: 'professional',
        text: {
          title:
            'La parole des victimes dans des séances de justice restaurative avec des hommes condamnés pour terrorisme',
          summary:
            'Des victimes d’attentats volontaires partagent leur expérience avec de petits groupes d’hommes détenus, préparées et accompagnées par une défenseure des victimes. Certaines séances débouchent sur une rencontre restaurative directe lorsque les deux parties la demandent.',
          approach:
            'Une association d’aide aux victimes sélectionne les personnes qui souhaitent participer et les prépare pendant plusieurs mois. Les détenus sont préparés séparément en trois entretiens individuels. Quatre fois par an, une victime témoigne devant le groupe, puis les hommes répondent et posent des questions selon des règles claires. Une rencontre restaurative directe n’a lieu que si les deux parties la demandent, après une évaluation attentive.',
          results:
            'En quatre ans, 19 victimes et 46 hommes ont participé ; cinq rencontres directes ont eu lieu. Les scores d’empathie envers les victimes ont progressé pour la plupart des hommes. Deux victimes ont trouvé l’expérience éprouvante et se sont retirées.',
        },
      },
    ],
    country: 'GB',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['disengagement', 'community_acceptance'],
    targetGroups: ['men_in_custody', 'victims'],
    preventionLevels: ['tertiary'],
    actors: ['victims_advocate', 'psychologist'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2020-02-01',
    endedOn: null,
    contributorName: 'Common Ground Restorative Justice (fictional)',
    updatedDaysAgo: 70,
  },
  {
    key: 'en-employer-partnership-collapse',
    kind: 'lesson_learned',
    status: 'inspiring',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'An employer partnership that collapsed after a newspaper story, and what we changed',
      summary:
        'A construction firm offered apprenticeships to men leaving prison, including two with extremism-related convictions. When a newspaper named the firm, other clients threatened to leave and the firm withdrew from the scheme.',
      approach:
        'Our reintegration charity had built the partnership over a year: the firm interviewed men in prison, a job coach prepared them, and apprenticeships started within a week of release. We had not agreed with the firm how to respond to publicity, and the firm had not told its own staff or clients about the scheme. After the story, we met the firm’s managers, offered support to the apprentices who lost their places, and wrote a communication plan template for future employer partners, including prepared answers, a named spokesperson and a commitment to protect individuals’ privacy.',
      results:
        'Four apprentices lost their placements; we found other work for three of them within two months. Two new employers have since joined using the communication plan and no similar crisis has occurred.',
      measurement:
        'Our own case records, notes of meetings with the firm and follow-up calls with the four apprentices; this account has not been evaluated independently.',
      lessons:
        'Plan for publicity before the first placement. Employers need support to talk to their own staff. Never share details of offences beyond what employers strictly need. Tell apprentices in advance how a crisis would be handled.',
      sustainability:
        'The communication plan template is now part of every employer agreement and can be used by any reintegration organisation. It costs nothing to adopt.',
      resources:
        'About three weeks of staff time to rebuild placements and two days to write the template; no additional funding was available.',
      legalFramework:
        'Rules on disclosure of criminal records to employers and on the protection of personal data.',
    },
    country: 'AU',
    region: 'asia_pacific',
    facilityTypes: ['community'],
    themes: ['release_reintegration', 'community_acceptance'],
    targetGroups: ['released_people', 'communities'],
    preventionLevels: ['tertiary'],
    actors: ['social_worker', 'mentor'],
    evidenceLevel: 'none',
    startedOn: '2018-03-01',
    endedOn: '2019-10-31',
    contributorName: 'Fresh Start Works (fictional)',
    updatedDaysAgo: 950,
  },
  {
    key: 'en-reception-mental-health-screening',
    kind: 'evaluation',
    status: 'inspiring',
    visibility: 'restricted',
    language: 'en',
    text: {
      title: 'Evaluation of joint mental health and vulnerability screening at prison reception',
      summary:
        'An evaluation of a reception process in which a mental health nurse and a trained officer screen every new arrival together for mental health needs and vulnerability to exploitation, including by extremist recruiters. It compared referrals and incidents before and after.',
      approach:
        'At a mixed remand prison, every new arrival was screened within 24 hours by a nurse and an officer using a short structured interview. Those with mental health needs or signs of vulnerability, such as isolation, debt or pressure from other prisoners, were referred to mental health services, a peer supporter or a safer cell location. Screening did not ask about religion. The evaluation compared eighteen months before and after using referral data, incident data and interviews with staff and 30 people in custody.',
      results:
        'Referrals to mental health services rose by 40%, and incidents of bullying and coercion reported in the first month after arrival fell by about a fifth. Staff identified a small number of recruitment attempts earlier. No effect on self-harm was found.',
      measurement:
        'Before and after comparison of routine data over eighteen months, with interviews; an external evaluator carried out the analysis. Data were anonymised before analysis.',
      lessons:
        'Joint screening works only if both staff have time; during staff shortages screening slipped to 72 hours. Keeping religion out of the screening avoided mistrust. Peer supporters were valued by new arrivals more than any leaflet.',
      sustainability:
        'Funded by the health partner and the prison jointly; transferable to other reception prisons. Other prisons would need an agreed mental health referral pathway first.',
      resources:
        'One nurse and one officer per shift at reception, a screening form, and a referral pathway agreed with mental health services.',
      legalFramework:
        'Health screening at admission is required by the international standards; data on health is handled by health staff only.',
    },
    country: 'US',
    region: 'north_america',
    facilityTypes: ['mixed'],
    themes: ['risk_needs_assessment', 'prevention_in_prison'],
    targetGroups: ['mental_health_needs', 'men_in_custody', 'women_in_custody'],
    preventionLevels: ['secondary'],
    actors: ['mental_health_worker', 'prison_officer'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2021-04-01',
    endedOn: '2023-09-30',
    contributorName: 'Harbor Health in Justice (fictional)',
    updatedDaysAgo: 300,
  },
  {
    key: 'en-probation-elearning-propaganda',
    kind: 'tool_guidance',
    status: 'in_review',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'E-learning course for probation officers on online extremist propaganda',
      summary:
        'A two-hour online course that helps probation officers recognise extremist propaganda that people under supervision may encounter online. It covers licence conditions on internet use and how to discuss online content without shutting down the conversation.',
      approach:
        'The course was produced by a training team with a researcher of online extremism and two experienced probation officers. It has five modules: how propaganda is produced and shared; common narratives and symbols; what licence conditions allow and forbid; how to talk with a person about what they watch; and when and how to seek specialist advice. Each module has short videos, a quiz and a case study. Officers complete it in their own time within their first year in post.',
      results:
        'Piloted with 80 officers; 71 completed. Quiz scores were high. Officers asked for more on discussing content and less on symbols. No outcome data yet. Completion was slower among officers with large caseloads.',
      measurement:
        'Completion data from the learning platform, quiz scores for each module and a feedback survey of pilot participants six weeks after the course.',
      lessons:
        'Online symbols change fast, so the module on them needs updating every year. Officers valued the conversation practice most. Short videos worked better than long texts; officers rarely had more than twenty minutes at a time.',
      sustainability:
        'Hosted on the service’s learning platform, so running costs are low; the symbols module needs an annual update by a named content owner.',
      resources:
        'Production costs of about 35,000, a researcher as adviser, a named content owner, and two days a year for the annual review.',
      legalFramework: 'Licence conditions on internet use set by the release authority.',
    },
    country: 'GB',
    region: 'europe',
    facilityTypes: ['community'],
    themes: ['staff_training'],
    targetGroups: ['prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['probation_officer', 'teacher_trainer'],
    evidenceLevel: 'none',
    startedOn: '2025-09-01',
    endedOn: null,
    contributorName: 'Probation Learning Collective (fictional)',
    updatedDaysAgo: 5,
  },
  {
    key: 'en-interpreters-foreign-nationals',
    kind: 'good_practice',
    status: 'in_review',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Trained interpreters for foreign nationals in disengagement sessions',
      summary:
        'Foreign nationals in custody were often excluded from disengagement programmes because of language. A pool of trained interpreters now works in sessions under confidentiality rules.',
      approach:
        'A community interpreting service recruited interpreters in six languages and trained them for two days on the programme’s aims, confidentiality, neutrality and how to handle emotionally charged conversations. Interpreters join the same facilitator for all sessions with a person, so the relationship builds over time. Facilitators brief interpreters before each session and debrief afterwards. Interpreters are not asked to give opinions about the person.',
      results:
        'Fourteen foreign nationals took part in the first year who would previously have been excluded. Facilitators reported that sessions took longer but were workable. Two interpreters left after the first months.',
      measurement:
        'Programme records of who was offered and who completed sessions, and written feedback from facilitators and interpreters after each cycle.',
      lessons:
        'Using relatives or other prisoners as interpreters was unsafe and is no longer allowed. Budget for longer sessions. Interpreters need debriefing too, as some conversations were distressing for them personally.',
      sustainability:
        'Needs a stable budget line for interpreting; the training and briefing model can be reused by any programme working with foreign nationals.',
      resources:
        'Interpreting at about 60 per hour, two training days per interpreter, a part-time coordinator and extra session time for facilitators.',
      legalFramework:
        'Equal access to programmes and non-discrimination on grounds of nationality or language.',
    },
    country: 'CA',
    region: 'north_america',
    facilityTypes: ['men'],
    themes: ['disengagement', 'oversight_human_rights'],
    targetGroups: ['foreign_nationals'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist'],
    evidenceLevel: 'descriptive',
    startedOn: '2024-02-01',
    endedOn: null,
    contributorName: 'Many Voices Interpreting Cooperative (fictional)',
    updatedDaysAgo: 9,
  },
  {
    key: 'en-creative-writing-juveniles',
    kind: 'good_practice',
    status: 'changes_requested',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Creative writing workshops for young people in custody',
      summary:
        'Weekly creative writing workshops help young people in custody express anger, loss and identity. A published anthology is produced each year.',
      approach:
        'A writer and a youth worker run weekly workshops of two hours for up to eight young people in a juvenile centre. Sessions use prompts about places, people and turning points, and young people choose whether to share their work. Once a year selected pieces are published anonymously in a small anthology. Facilitators agree with staff in advance how to respond if a young person discloses harm.',
      results:
        'Forty young people took part over two years. Staff noted improved literacy and calmer behaviour on workshop days. Eleven pieces were published in the first anthology. These observations have not been checked against any data.',
      measurement:
        'Attendance records, staff observations written after each workshop, and the young people’s own comments collected at the end of each term.',
      lessons:
        'Writing about violence needs careful handling and a plan for disclosures. Young people wrote more when they could choose their own subject. Anonymity in the anthology must be checked by two people.',
      sustainability:
        'Depends on arts funding renewed yearly, which is uncertain; the centre’s education team could take over the workshops with some training.',
      resources:
        'A professional writer and a youth worker for three hours a week, notebooks, and printing costs of about 2,000 for the annual anthology.',
      legalFramework:
        'Juvenile justice rules on education and recreation for children deprived of liberty, and consent rules for publishing their work.',
    },
    country: 'GB',
    region: 'europe',
    facilityTypes: ['juvenile'],
    themes: ['juveniles'],
    targetGroups: ['juveniles'],
    preventionLevels: ['secondary'],
    actors: ['teacher_trainer'],
    evidenceLevel: 'descriptive',
    startedOn: '2023-01-01',
    endedOn: null,
    contributorName: 'Inkwell Youth Arts (fictional)',
    updatedDaysAgo: 18,
  },
  {
    key: 'en-digital-skills-before-release',
    kind: 'good_practice',
    status: 'draft',
    visibility: 'public',
    language: 'en',
    text: {
      title: 'Digital skills course in the last three months before release',
      summary:
        'A course teaches people nearing release how to use online public services, banking and job searches safely. It is being piloted in one prison.',
      approach:
        'Trainers from a digital inclusion charity run eight sessions on offline laptops that simulate common websites. Participants practise applying for benefits, searching for work and spotting scams and manipulative content. Sessions last two hours, twice a week, for groups of eight men in the last three months before their release date. A probation officer joins the last session to link the course with each person’s release plan.',
      results:
        'Pilot under way with two groups; no results yet. The first group is expected to finish in early 2027, and the charity will openly publish completion figures and participants’ feedback.',
      measurement:
        'A skills checklist at the start and end of the course is planned, with a follow-up call three months after release to ask which skills were used.',
      lessons:
        'Too early to tell. The first sessions showed that many participants had never used a smartphone, so the course starts more slowly than planned, with basic device skills before any online services.',
      sustainability:
        'To be decided after the pilot; if it works, the prison education department would run it, using the charity’s materials and simulation software.',
      resources:
        'Two trainers for four hours a week, ten offline laptops, simulation software licensed by the charity, and a classroom in the education block.',
      legalFramework: 'Prison rules on the use of information technology by people in custody.',
    },
    country: 'IE',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['release_reintegration'],
    targetGroups: ['men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['teacher_trainer'],
    evidenceLevel: 'none',
    startedOn: '2026-09-01',
    endedOn: null,
    contributorName: 'Connect Inside (fictional)',
    updatedDaysAgo: 3,
  },
];
