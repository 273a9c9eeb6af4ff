import type { DemoKnowledgeEntry } from './demo-entry.ts';

// The Spanish demonstration entries: written in Spanish for Pathways, about programmes and
// organisations that do not exist (every organisation is marked "ficticia"), set mostly in Latin
// America and Spain. No person in custody can be identified. Four carry a translation (Russian,
// English, French) so that a search in another language can find them.

export const DEMO_ENTRIES_ES: DemoKnowledgeEntry[] = [
  {
    key: 'es-mentoria-pares-egreso',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    featured: true,
    text: {
      title: 'Mentoría entre pares durante los primeros seis meses tras la excarcelación',
      summary:
        'Personas que dejaron un grupo armado y cumplieron su condena acompañan, como mentores, a hombres que salen de prisión por delitos similares. El acompañamiento empieza tres meses antes del egreso, dentro del centro, y sigue en el barrio con encuentros semanales.',
      approach:
        'La Fundación Puentes del Sur (ficticia) selecciona mentores entre personas excarceladas hace al menos tres años, sin condenas posteriores y con un proceso de desvinculación consolidado. Reciben 40 horas de formación en escucha activa, límites del rol, confidencialidad y derivación a servicios. Cada mentor acompaña como máximo a tres personas. Tres meses antes de la salida, el mentor visita al participante cada quince días en el centro penitenciario, con acreditación regular de la administración. Tras el egreso se reúnen una vez por semana para resolver trámites de identidad, buscar vivienda y preparar citas con el servicio de empleo. Una trabajadora social supervisa a los mentores en sesiones grupales mensuales y decide, con el oficial de libertad condicional, cuándo derivar un caso a atención especializada.',
      results:
        'Entre 2021 y 2024 participaron 86 hombres; 71 mantuvieron el contacto con su mentor durante los seis meses. A los doce meses del egreso, 14 de esos 71 (20 %) habían vuelto a ser detenidos, frente al 31 % de un grupo de comparación no aleatorio del mismo centro. La diferencia es prometedora, pero la muestra es pequeña y los grupos no eran del todo comparables.',
      measurement:
        'Registros de asistencia, entrevistas semiestructuradas con 24 participantes y 12 mentores, y datos de reingreso facilitados por la administración penitenciaria de forma anonimizada y agregada. La evaluación de proceso la hizo un equipo universitario externo.',
      lessons:
        'Los mentores necesitan supervisión y apoyo propio: dos abandonaron en el primer año por desgaste emocional. La acreditación para entrar en prisión tardaba hasta cuatro meses; ahora se solicita antes de terminar la formación. El vínculo se consolida mejor cuando el primer encuentro ocurre dentro del centro y no el mismo día de la salida.',
      sustainability:
        'El modelo se replicó en una segunda ciudad con financiación municipal. Requiere un convenio estable con la administración penitenciaria y un fondo pequeño para el transporte de los mentores.',
      resources:
        'Una coordinadora a tiempo completo, una trabajadora social a media jornada, estipendio mensual para 25 mentores y transporte; unos 60 000 USD al año.',
      legalFramework:
        'Convenio de colaboración con la administración penitenciaria; la ley de ejecución penal prevé la participación de organizaciones sociales en la preparación para la vida en libertad.',
    },
    country: 'CO',
    region: 'latin_america_caribbean',
    facilityTypes: ['men', 'community'],
    themes: ['release_reintegration', 'disengagement'],
    targetGroups: ['men_in_custody', 'released_people'],
    preventionLevels: ['tertiary'],
    actors: ['former_extremist_mentor', 'mentor', 'social_worker', 'probation_officer'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2021-03-01',
    endedOn: null,
    contributorName: 'Fundación Puentes del Sur (ficticia)',
    updatedDaysAgo: 12,
  },
  {
    key: 'es-visitas-familiares-mediacion',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Mediación familiar antes de reanudar las visitas en un penal de varones',
      summary:
        'Una mediadora prepara con cada familia y con el interno el reencuentro cuando la relación se rompió por el delito o por años sin contacto. Las visitas se retoman solo cuando ambas partes lo desean y con acuerdos escritos sobre temas, frecuencia y apoyo.',
      approach:
        'El equipo de la Asociación Lazos Abiertos (ficticia) recibe derivaciones del área técnica del penal y de las propias familias. Una mediadora y un psicólogo hacen primero entrevistas por separado: dos con el interno, dentro del penal, y una o dos con la familia, en su domicilio o por teléfono. Después se celebra una sesión conjunta en una sala de visitas sin barreras, con un funcionario presente a distancia. Se acuerda qué se hablará, quién visitará y cómo se explicará la situación a los hijos. Durante los tres meses siguientes la mediadora llama a la familia cada dos semanas y reúne de nuevo a las partes si surge un conflicto.',
      results:
        'De 2019 a 2023 se mediaron 142 casos; en 104 se reanudaron las visitas y en 88 seguían siendo regulares a los seis meses. Los internos con visitas regulares tuvieron un 35 % menos de sanciones disciplinarias que un grupo emparejado. No se observó un efecto claro sobre el reingreso a dos años.',
      measurement:
        'Registro de visitas del penal, expedientes disciplinarios anonimizados y comparación con un grupo emparejado por edad, condena y tiempo cumplido; cuestionario de calidad de la relación familiar al inicio y a los seis meses.',
      lessons:
        'La mediación no sirve cuando hubo violencia en la familia: esos casos se derivan a un servicio especializado y no se fuerzan encuentros. Las familias valoraron sobre todo que se les explicaran las normas de la visita. Conviene que la mediadora no dependa del penal para que las familias confíen en ella.',
      sustainability:
        'Desde 2024 la administración penitenciaria financia dos plazas de mediadora. El método se documentó en una guía breve que otro penal de la región adaptó con su propio personal.',
      resources:
        'Dos mediadoras, un psicólogo a media jornada, una sala de visitas adaptada y presupuesto de llamadas y desplazamientos; alrededor de 45 000 USD anuales.',
      legalFramework:
        'Reglas Nelson Mandela sobre contacto con la familia; reglamento penitenciario que reconoce las visitas familiares como derecho y no como privilegio.',
    },
    translations: [
      {
        language: 'ru',
        origin: 'professional',
        text: {
          title: 'Семейная медиация перед возобновлением свиданий в мужском исправительном учреждении',
          summary:
            'Медиатор вместе с семьёй и осуждённым готовит встречу, если отношения разрушены преступлением или годами без контакта. Свидания возобновляются только по желанию обеих сторон и на основе письменных договорённостей о темах, частоте и поддержке.',
          approach:
            'Команда ассоциации «Открытые узы» (вымышленная) получает направления от сотрудников учреждения и от самих семей. Медиатор и психолог сначала проводят раздельные беседы: две с осуждённым в учреждении и одну-две с семьёй дома или по телефону. Затем проходит совместная встреча в комнате свиданий без перегородок. Стороны договариваются, о чём говорить, кто будет приезжать и как объяснить ситуацию детям. Три месяца после этого медиатор звонит семье раз в две недели и при конфликте снова собирает стороны.',
          results:
            'С 2019 по 2023 год проведена медиация в 142 случаях; в 104 свидания возобновились, в 88 они оставались регулярными через шесть месяцев. У осуждённых с регулярными свиданиями было на 35 % меньше дисциплинарных взысканий, чем в сопоставимой группе. Явного влияния на повторное лишение свободы за два года не выявлено.',
        },
      },
    ],
    country: 'MX',
    region: 'latin_america_caribbean',
    facilityTypes: ['men'],
    themes: ['family_involvement'],
    targetGroups: ['men_in_custody', 'families'],
    preventionLevels: ['tertiary'],
    actors: ['family_liaison', 'psychologist', 'prison_officer'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2019-02-01',
    endedOn: null,
    contributorName: 'Asociación Lazos Abiertos (ficticia)',
    updatedDaysAgo: 45,
    peerReview: {
      reviewerName: 'Dra. Inés Carvajal Ruiz (ficticia)',
      reviewerAffiliation: 'Red Iberoamericana de Estudios Penitenciarios (ficticia)',
      reviewedOn: '2025-06-18',
      conclusion:
        'Método claramente descrito y evaluación honesta: el efecto sobre la disciplina es plausible; el efecto sobre la reincidencia no está demostrado y así se dice.',
    },
  },
  {
    key: 'es-madres-crianza-prision-mujeres',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    featured: true,
    text: {
      title: 'Talleres de crianza y vínculo para madres en una prisión de mujeres',
      summary:
        'Madres privadas de libertad participan en un taller semanal de crianza y en visitas prolongadas con sus hijos en un espacio acondicionado. El programa busca sostener el vínculo y preparar la vuelta al hogar desde el primer año de condena.',
      approach:
        'La Corporación Semilla Viva (ficticia) dirige un taller de doce sesiones semanales de dos horas, con grupos de diez madres, sobre desarrollo infantil, comunicación con hijos adolescentes y manejo de la culpa. Lo facilitan una psicóloga y una educadora de párvulos. En paralelo, una vez al mes, las madres reciben a sus hijos durante cuatro horas en una sala de juegos acondicionada por voluntarias, con acompañamiento discreto. Una trabajadora social mantiene contacto con las cuidadoras en el exterior y con la escuela de los niños. Las mujeres eligen quién puede visitarlas y cuándo, y pueden pedir que se interrumpan las visitas.',
      results:
        'Participaron 118 mujeres en cinco años; 97 completaron el taller. Las cuidadoras informaron de una mejor comunicación en 70 de 90 familias entrevistadas. No se ha medido el efecto tras la liberación.',
      measurement:
        'Asistencia, cuestionario breve de competencias parentales antes y después del taller y entrevistas telefónicas con las cuidadoras a los tres meses.',
      lessons:
        'Las visitas prolongadas fueron lo más valorado, pero dependen de que haya funcionarias disponibles; dos veces se suspendieron por falta de personal. Hay que incluir a las madres de hijos adolescentes, que al principio se sentían excluidas de un taller pensado para niños pequeños.',
      sustainability:
        'La sala de juegos y el material quedaron en el centro. El taller es transferible a otras prisiones de mujeres con una psicóloga formada y un acuerdo sobre visitas.',
      resources:
        'Psicóloga y educadora a media jornada, trabajadora social, voluntarias formadas, materiales de juego y transporte de los niños; unos 30 000 USD al año.',
      legalFramework:
        'Reglas de Bangkok (contacto con los hijos, consulta a las mujeres sobre sus visitas) y Convención sobre los Derechos del Niño.',
    },
    country: 'CL',
    region: 'latin_america_caribbean',
    facilityTypes: ['women'],
    themes: ['women', 'family_involvement'],
    targetGroups: ['women_in_custody', 'families'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist', 'teacher_trainer', 'social_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2020-04-01',
    endedOn: null,
    contributorName: 'Corporación Semilla Viva (ficticia)',
    updatedDaysAgo: 8,
  },
  {
    key: 'es-menores-circulos-restaurativos',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Círculos restaurativos con adolescentes en un centro de menores',
      summary:
        'En un centro de menores, los conflictos entre adolescentes y con el personal se tratan en círculos restaurativos en lugar de aislar. Los círculos preparan también el regreso al barrio con la familia y vecinos.',
      approach:
        'El Colectivo Horizonte Joven (ficticio) formó a 22 educadores y a dos funcionarios del centro en prácticas restaurativas durante 30 horas. Cuando hay una pelea, un insulto grave o un daño, se convoca un círculo en las 48 horas siguientes: quienes participaron, un facilitador y, si se acepta, un adulto de confianza. Se habla del daño y se acuerda una reparación concreta. Antes del egreso, un círculo ampliado reúne al adolescente, su familia, un docente de su futura escuela y, a veces, un líder comunitario del barrio, para acordar apoyos y compromisos.',
      results:
        'En dos años los días de aislamiento bajaron de 410 a 160 por año. Se celebraron 236 círculos; 81 % de los acuerdos de reparación se cumplieron. Los educadores perciben un clima más seguro, aunque los incidentes graves apenas variaron.',
      measurement:
        'Libro de incidentes y registro de aislamientos del centro, seguimiento de acuerdos y dos encuestas de clima al personal y a los adolescentes; evaluación de proceso por una consultora externa.',
      lessons:
        'Al principio algunos funcionarios vieron los círculos como impunidad; se resolvió invitándolos como observadores. El círculo no sustituye a la protección: ante agresiones sexuales o amenazas graves se activa el protocolo ordinario. Conviene no convocar círculos sin consentimiento real del afectado.',
      sustainability:
        'Las prácticas se incluyeron en el reglamento interno del centro y en la formación inicial de educadores. Transferible a otros centros con un equipo formado.',
      resources:
        'Formación inicial de 30 horas, un facilitador a tiempo completo, supervisión externa mensual; unos 25 000 USD el primer año y 12 000 los siguientes.',
      legalFramework:
        'Convención sobre los Derechos del Niño, Reglas de Beijing y ley de responsabilidad penal adolescente, que privilegian medidas educativas y restaurativas.',
    },
    country: 'PE',
    region: 'latin_america_caribbean',
    facilityTypes: ['juvenile'],
    themes: ['juveniles', 'community_acceptance'],
    targetGroups: ['juveniles', 'families', 'communities'],
    preventionLevels: ['secondary', 'tertiary'],
    actors: ['teacher_trainer', 'social_worker', 'community_leader'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2022-01-10',
    endedOn: null,
    contributorName: 'Colectivo Horizonte Joven (ficticio)',
    updatedDaysAgo: 130,
  },
  {
    key: 'es-protocolo-ingreso-organizaciones',
    kind: 'tool_guidance',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Protocolo de ingreso y acreditación de organizaciones sociales en prisiones',
      summary:
        'Guía práctica para que una administración penitenciaria y las organizaciones de la sociedad civil acuerden cómo se acreditan, forman y acompañan sus voluntarios. Distingue visitas ocasionales con escolta de colaboraciones regulares con credencial.',
      approach:
        'El protocolo lo redactaron en seis talleres mixtos la Mesa de Organizaciones por la Reinserción (ficticia) y responsables de tres centros. Define dos niveles: visitante ocasional, con pase diario y acompañamiento, y colaborador regular, con verificación de antecedentes renovada cada año, una inducción de ocho horas sobre seguridad y confidencialidad, y credencial visible. Cada centro nombra un enlace para las organizaciones. Incluye modelos de convenio, de compromiso de confidencialidad y de solicitud de actividades, y un calendario para evitar choques con recuentos y días de requisa. Recuerda que los organismos de supervisión independientes no se rigen por este protocolo.',
      results:
        'Tras su adopción, el tiempo medio de acreditación bajó de once a cinco semanas en los tres centros piloto. Las organizaciones dicen entender mejor las negativas, que ahora se comunican por escrito y con motivo.',
      measurement:
        'Fechas de solicitud y de acreditación en los registros de los centros y una encuesta a 19 organizaciones al año de aplicarse el protocolo.',
      lessons:
        'Sin un enlace con tiempo asignado, el protocolo se queda en papel. Las organizaciones no deben convertirse en fuente de información de inteligencia: el protocolo lo dice explícitamente y eso generó confianza.',
      sustainability:
        'Es un documento breve y adaptable; otros centros lo adoptaron sin financiación adicional. Se revisa cada dos años en la mesa mixta.',
      resources:
        'Tiempo del personal para seis talleres, un enlace a media jornada por centro y la impresión de credenciales; costes menores.',
      legalFramework:
        'Reglas Nelson Mandela (participación de organismos de la comunidad) y normativa nacional de voluntariado penitenciario.',
    },
    country: 'EC',
    region: 'latin_america_caribbean',
    facilityTypes: ['men', 'women', 'mixed'],
    themes: ['cso_access', 'dynamic_security'],
    targetGroups: ['cso_practitioners', 'prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['prison_officer', 'social_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2023-05-01',
    endedOn: null,
    contributorName: 'Mesa de Organizaciones por la Reinserción (ficticia)',
    updatedDaysAgo: 60,
  },
  {
    key: 'es-juicio-profesional-estructurado',
    kind: 'tool_guidance',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Cómo introducir el juicio profesional estructurado sin puntuaciones automáticas',
      summary:
        'Orientaciones de un equipo que implantó la valoración estructurada del riesgo de violencia extremista en un centro penitenciario. Explica la formación, la doble valoración y la revisión periódica, y por qué se renunció a cualquier suma de ítems.',
      approach:
        'El equipo psicosocial del centro adoptó un instrumento configurable con cinco dominios (creencias y actitudes, contexto social e intención, historial y capacidad, compromiso y motivación, factores protectores). Cada valoración la hace un profesional formado y la revisa un segundo evaluador; si discrepan, se decide en reunión de caso. El resultado es una formulación escrita y un juicio global (preocupación baja, moderada o alta) con sus razones, nunca un total numérico. Se revalora cada seis meses y siempre que haya información nueva. El Instituto Aldaba de Criminología Aplicada (ficticio) impartió 24 horas de formación y acompañó las primeras 40 valoraciones.',
      results:
        'En el primer año se hicieron 63 valoraciones y 58 revaloraciones a tiempo. La concordancia entre evaluadores en el juicio global fue aceptable (kappa 0,68). Un estudio publicado sobre la implantación halló que los planes de intervención se ajustaron mejor a los factores identificados.',
      measurement:
        'Auditoría de expedientes, concordancia entre pares de evaluadores y revisión de planes de intervención por un panel externo; resultados publicados en una revista con revisión por pares.',
      lessons:
        'El mayor riesgo es usar la herramienta fuera de su población validada o convertirla en etiqueta permanente. La religión o el origen no son indicadores de riesgo y la formación insiste en ello. Sin tiempo protegido para la doble valoración, la calidad cae.',
      sustainability:
        'Formación de formadores completada; el centro ya forma a su propio personal. Transferible si se respeta la licencia del instrumento elegido y se dedica tiempo a la supervisión.',
      resources:
        'Cuatro psicólogos y dos trabajadores sociales formados, 24 horas de formación, una hora de supervisión quincenal; licencia del instrumento según proveedor.',
      legalFramework:
        'Manual de UNODC sobre reclusos extremistas violentos; reglamento penitenciario sobre clasificación e individualización del tratamiento; protección de datos personales.',
    },
    country: 'ES',
    region: 'europe',
    facilityTypes: ['men'],
    themes: ['risk_needs_assessment', 'staff_training'],
    targetGroups: ['men_in_custody', 'prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist', 'social_worker'],
    evidenceLevel: 'peer_reviewed',
    startedOn: '2018-09-01',
    endedOn: null,
    contributorName: 'Instituto Aldaba de Criminología Aplicada (ficticio)',
    updatedDaysAgo: 210,
  },
  {
    key: 'es-formacion-funcionarios-radicalizacion',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Formación de funcionarios para detectar la radicalización sin perfilar por religión',
      summary:
        'Un curso de tres días enseña a funcionarios de interior a reconocer cambios de conducta preocupantes y a comunicarlos por el canal adecuado. Insiste en no confundir la práctica religiosa con riesgo.',
      approach:
        'La Escuela de Convivencia Penitenciaria (ficticia) diseñó el curso con psicólogos, un capellán musulmán y funcionarios veteranos. Tres jornadas: qué es y qué no es la radicalización violenta; estudio de casos anonimizados; comunicación y registro de observaciones con hechos, no con opiniones. Se trabaja con grupos de 15 funcionarios de distintos módulos. Un módulo práctico simula conversaciones con internos y con familias. Seis meses después hay una sesión de seguimiento de medio día para revisar casos reales comunicados.',
      results:
        'Se formaron 340 funcionarios en cuatro años. En la prueba final, la proporción que identificó correctamente prácticas religiosas ordinarias como no preocupantes subió del 48 % al 86 %. Las comunicaciones al equipo de tratamiento aumentaron y mejoraron en calidad, según el equipo receptor.',
      measurement:
        'Prueba de casos antes y después del curso, análisis de 120 comunicaciones escritas antes y después, y grupos focales con funcionarios y con el equipo de tratamiento.',
      lessons:
        'Los funcionarios aprenden más de colegas que de expertos externos: ahora dos funcionarios veteranos co-imparten el curso. Sin un canal claro de comunicación, la formación genera ansiedad. Hay que evitar presentar listas de «señales» como si fueran predictivas.',
      sustainability:
        'El curso forma parte de la formación continua obligatoria. Los materiales están en español y se han adaptado para otro país de la región.',
      resources:
        'Tres formadores por edición, aula y materiales impresos; unos 3 000 EUR por edición de 15 personas.',
      legalFramework:
        'Reglas Nelson Mandela sobre formación del personal; principio de no discriminación; normativa de protección de datos aplicable a los registros de observación.',
    },
    translations: [
      {
        language: 'en',
        origin: 'machine_assisted',
        text: {
          title: 'Training prison officers to recognise radicalisation without religious profiling',
          summary:
            'A three-day course teaches wing officers to recognise worrying changes in behaviour and to report them through the right channel. It insists on not confusing religious practice with risk.',
          approach:
            'The Prison Coexistence School (fictional) designed the course with psychologists, a Muslim chaplain and experienced officers. Three days: what violent radicalisation is and is not; anonymised case studies; reporting observations as facts, not opinions. Groups of 15 officers from different wings. A practical module simulates conversations with prisoners and families. Six months later a half-day follow-up reviews real reports.',
          results:
            'Over four years 340 officers were trained. In the final test, the share who correctly identified ordinary religious practice as not worrying rose from 48 % to 86 %. Reports to the treatment team increased and improved in quality, according to that team.',
        },
      },
    ],
    country: 'ES',
    region: 'europe',
    facilityTypes: ['men', 'mixed'],
    themes: ['staff_training', 'prevention_in_prison'],
    targetGroups: ['prison_staff'],
    preventionLevels: ['secondary', 'tertiary'],
    actors: ['teacher_trainer', 'psychologist', 'religious_scholar', 'prison_officer'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2017-10-01',
    endedOn: null,
    contributorName: 'Escuela de Convivencia Penitenciaria (ficticia)',
    updatedDaysAgo: 75,
  },
  {
    key: 'es-seguridad-dinamica-modulos',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'restricted',
    language: 'es',
    text: {
      title: 'Seguridad dinámica en módulos de convivencia con funcionarios de referencia',
      summary:
        'Cada funcionario de un módulo tiene asignado un grupo pequeño de internos con quienes conversa a diario. El conocimiento mutuo sustituye parte de los controles físicos y permite anticipar conflictos.',
      approach:
        'En tres módulos se asignó a cada funcionario de referencia entre 12 y 15 internos. El funcionario hace una ronda de conversación al inicio del turno, participa en la asamblea semanal del módulo y registra hechos relevantes en una ficha breve compartida con el equipo técnico. Se redujo la rotación: los funcionarios permanecen al menos un año en el mismo módulo. La Unidad de Estudios Convivir (ficticia) acompañó la formación inicial de 16 horas y las reuniones mensuales de revisión.',
      results:
        'En dieciocho meses, las agresiones entre internos bajaron un 28 % en los módulos participantes frente a un 5 % en el resto del centro. Los funcionarios informan de mayor satisfacción, aunque la baja rotación es difícil de mantener en vacaciones.',
      measurement:
        'Registro oficial de incidentes del centro, encuestas de clima al personal y a internos al inicio y a los doce meses; análisis descriptivo sin grupo de control formal.',
      lessons:
        'La seguridad dinámica falla cuando faltan efectivos: con un funcionario para 80 internos no hay conversación posible. Las fichas deben recoger hechos, no rumores, y no se comparten con organizaciones externas.',
      sustainability:
        'Depende de la plantilla y de la política de rotación. Se está extendiendo a dos módulos más con el mismo personal.',
      resources:
        'Formación de 16 horas, reuniones mensuales de revisión y estabilidad de plantilla; sin costes directos adicionales.',
      legalFramework:
        'Manual de UNODC sobre seguridad dinámica e inteligencia penitenciaria; reglamento de régimen interior del centro.',
    },
    country: 'AR',
    region: 'latin_america_caribbean',
    facilityTypes: ['men'],
    themes: ['dynamic_security'],
    targetGroups: ['prison_staff', 'men_in_custody'],
    preventionLevels: ['secondary', 'tertiary'],
    actors: ['prison_officer'],
    evidenceLevel: 'descriptive',
    startedOn: '2022-06-01',
    endedOn: null,
    contributorName: 'Unidad de Estudios Convivir (ficticia)',
    updatedDaysAgo: 300,
  },
  {
    key: 'es-consejo-capellanias-dialogo',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Consejo de capellanías para un diálogo interreligioso en prisión',
      summary:
        'Capellanes y guías de varias confesiones se reúnen cada mes con la dirección del centro y organizan encuentros abiertos entre internos de distintas creencias. El consejo también revisa peticiones de asistencia religiosa para que ninguna se deniegue por prejuicio.',
      approach:
        'La Fundación Encuentro de Credos (ficticia) convocó a un imán, un sacerdote católico, un pastor evangélico y una voluntaria laica. Cada mes se reúnen con la subdirección de tratamiento para revisar solicitudes de asistencia, horarios y espacios de culto. Cada quince días organizan un encuentro de 90 minutos, voluntario, sobre temas comunes (perdón, familia, responsabilidad) moderado por dos guías de distinta fe. Los guías reciben formación sobre normas de seguridad y sobre cómo responder a discursos que justifican la violencia sin cerrar el diálogo.',
      results:
        'Asisten a los encuentros unas 25 personas de media. Las quejas por denegación de asistencia religiosa pasaron de 14 a 3 al año. Los internos describen los encuentros como un espacio de respeto.',
      measurement:
        'Registro de asistencia a los encuentros, registro oficial de quejas del centro y dos grupos de discusión con internos participantes; no se ha hecho una evaluación externa.',
      lessons:
        'El consejo funciona porque ningún guía actúa como informante: eso se pactó por escrito. Conviene evitar que los encuentros se perciban como programa de «desradicalización», lo que ahuyenta a los creyentes practicantes.',
      sustainability:
        'Los guías son voluntarios acreditados; el coste es bajo. Transferible a centros con diversidad religiosa y una dirección dispuesta a compartir decisiones.',
      resources:
        'Cuatro guías voluntarios acreditados, una sala multiconfesional, libros y material de lectura, y formación anual en seguridad; unos 2 000 EUR al año.',
      legalFramework:
        'Libertad religiosa reconocida en la Constitución y en las Reglas Nelson Mandela; acuerdos de cooperación con confesiones religiosas.',
    },
    country: 'ES',
    region: 'europe',
    facilityTypes: ['men', 'mixed'],
    themes: ['religious_dialogue', 'prevention_in_prison'],
    targetGroups: ['men_in_custody', 'foreign_nationals'],
    preventionLevels: ['primary', 'secondary'],
    actors: ['religious_scholar'],
    evidenceLevel: 'descriptive',
    startedOn: '2016-03-01',
    endedOn: null,
    contributorName: 'Fundación Encuentro de Credos (ficticia)',
    updatedDaysAgo: 780,
  },
  {
    key: 'es-retornadas-acompanamiento',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'restricted',
    language: 'es',
    text: {
      title: 'Acompañamiento psicosocial de mujeres retornadas de zonas de conflicto y sus hijos',
      summary:
        'Mujeres repatriadas desde campamentos de zonas de conflicto reciben, durante el proceso judicial y en prisión preventiva, apoyo psicológico, social y jurídico coordinado. Sus hijos son atendidos por servicios de protección de la infancia con un plan de contacto.',
      approach:
        'Un equipo de la Asociación Regreso Seguro (ficticia) formado por una psicóloga especializada en trauma, una trabajadora social y una abogada atiende a cada mujer desde su llegada. En prisión, la psicóloga la ve semanalmente; la trabajadora social coordina con la familia extensa y con protección de menores para organizar visitas de los niños. Una teóloga dialoga, si la mujer lo pide, sobre interpretaciones religiosas. Cada dos meses se reúne una mesa de caso con la prisión, los servicios sociales y la fiscalía de menores, sin compartir contenidos terapéuticos.',
      results:
        'Se acompañó a 9 mujeres y 21 niños entre 2020 y 2025. Todas mantuvieron contacto con sus hijos; 6 salieron en libertad y siguen en contacto con el equipo. La evaluación de proceso valoró la coordinación, pero señaló la demora en asignar escuela a los niños.',
      measurement:
        'Evaluación de proceso externa con entrevistas a profesionales y a 7 mujeres, revisión de actas de las mesas de caso y datos de asistencia.',
      lessons:
        'La confidencialidad terapéutica debe quedar por escrito frente a la fiscalía y la prisión. El número es pequeño y cada caso es distinto: no hay un protocolo único. Los medios de comunicación fueron un riesgo para los niños.',
      sustainability:
        'Financiación pública anual, renovable. El modelo de mesa de caso es transferible a otros retornos, con profesionales formados en trauma.',
      resources:
        'Tres profesionales a tiempo parcial, supervisión clínica externa, traducción ocasional; unos 90 000 EUR anuales.',
      legalFramework:
        'Resolución 2396 del Consejo de Seguridad; Convención sobre los Derechos del Niño; legislación nacional de protección de la infancia.',
    },
    country: 'ES',
    region: 'europe',
    facilityTypes: ['women', 'community'],
    themes: ['returnees', 'women', 'family_involvement'],
    targetGroups: ['returnees', 'women_in_custody', 'juveniles'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist', 'social_worker', 'lawyer', 'religious_scholar'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2020-02-01',
    endedOn: null,
    contributorName: 'Asociación Regreso Seguro (ficticia)',
    updatedDaysAgo: 95,
  },
  {
    key: 'es-cooperativa-carpinteria-empleo',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Cooperativa de carpintería que continúa fuera de la cárcel',
      summary:
        'Un taller de carpintería dentro de la cárcel se organiza como cooperativa y los socios pueden seguir trabajando en su sede exterior al salir en libertad. El empleo está garantizado durante el primer año tras la excarcelación.',
      approach:
        'La Cooperativa Madera Nueva (ficticia) gestiona un taller con 30 puestos en un centro penitenciario de hombres. Un instructor enseña oficio cuatro días por semana y un día se dedica a gestión cooperativa, cálculo y atención al cliente. Los socios cobran por pieza vendida y ahorran una parte en una cuenta para la salida. Una trabajadora social prepara con cada socio, seis meses antes, documentos, vivienda y traslado a la sede exterior. Fuera, los socios trabajan con contrato y una mentora los acompaña durante el primer año.',
      results:
        'De 2016 a 2022 salieron en libertad 64 socios; 49 trabajaron al menos seis meses en la sede exterior. La reincidencia a tres años fue del 17 %, frente al 34 % de un grupo emparejado del mismo centro, en un estudio cuasiexperimental publicado.',
      measurement:
        'Estudio cuasiexperimental con emparejamiento por puntuación de propensión sobre registros judiciales; entrevistas a 30 socios; publicado en una revista académica arbitrada.',
      lessons:
        'El mercado local es pequeño: la cooperativa casi cerró en 2020 y sobrevivió con encargos públicos. Quienes no querían trabajar la madera necesitaban otras salidas; ahora hay un acuerdo con una imprenta.',
      sustainability:
        'La venta de muebles cubre el 70 % de los costes; el resto, contratos públicos y donaciones. El modelo requiere una cooperativa sólida fuera y compras públicas.',
      resources:
        'Dos instructores, una trabajadora social, una mentora, maquinaria y local exterior; inversión inicial de 120 000 USD.',
      legalFramework:
        'Ley de ejecución penal que permite el trabajo remunerado en prisión; legislación de cooperativas y de compras públicas con cláusulas sociales.',
    },
    country: 'GT',
    region: 'latin_america_caribbean',
    facilityTypes: ['men', 'community'],
    themes: ['release_reintegration'],
    targetGroups: ['men_in_custody', 'released_people'],
    preventionLevels: ['tertiary'],
    actors: ['teacher_trainer', 'social_worker', 'mentor'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2016-01-15',
    endedOn: null,
    contributorName: 'Cooperativa Madera Nueva (ficticia)',
    updatedDaysAgo: 400,
    peerReview: {
      reviewerName: 'Prof. Rodrigo Altamirano (ficticio)',
      reviewerAffiliation: 'Centro de Estudios sobre Trabajo y Reinserción (ficticio)',
      reviewedOn: '2024-03-05',
      conclusion:
        'Diseño cuasiexperimental sólido para el contexto; el efecto es relevante, aunque la autoselección de los socios puede explicar parte de la diferencia.',
    },
  },
  {
    key: 'es-mesas-barrio-retorno',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Mesas de barrio que preparan a la comunidad para el regreso de personas excarceladas',
      summary:
        'Vecinos, iglesias, escuelas y comercios de un barrio se reúnen antes de que regresen personas que salen de prisión para hablar de miedos y de apoyos posibles. El objetivo es que quien vuelve encuentre trabajo y trato digno, y que las víctimas sean escuchadas.',
      approach:
        'La Red Vecinal Nuevo Amanecer (ficticia) organiza cada trimestre una mesa de barrio con unas 30 personas: líderes comunitarios, directoras de escuela, pastores, comerciantes y familiares. Un oficial de libertad condicional explica cómo funciona la supervisión. Se presentan, con consentimiento, historias de personas que ya regresaron. Se comprometen apoyos concretos: un puesto de aprendiz, un cupo en un taller, acompañamiento a una cita. Cuando hay víctimas en el barrio, una defensora de víctimas se reúne antes con ellas y nada se decide sin escucharlas.',
      results:
        'En tres años se celebraron 11 mesas y se comprometieron 47 apoyos, de los que 33 se hicieron efectivos. Los participantes dicen tener menos miedo al regreso. Dos comercios contrataron a personas excarceladas.',
      measurement:
        'Actas de las mesas, seguimiento de los compromisos y una breve encuesta a los asistentes al principio y al final de cada mesa.',
      lessons:
        'La presencia de víctimas exige preparación previa y cuidado; una mesa se suspendió porque no se había hecho. Hablar de personas concretas sin su acuerdo rompe la confianza. Los compromisos deben ser pequeños y verificables.',
      sustainability:
        'Funciona con voluntarios del barrio y un pequeño presupuesto municipal. Es transferible a barrios con redes comunitarias activas y un servicio de libertad condicional dispuesto a participar.',
      resources:
        'Una coordinadora a media jornada, un local comunitario cedido por una parroquia, refrigerios y transporte para familiares; unos 8 000 USD al año.',
      legalFramework:
        'Normativa de libertad condicional y de participación ciudadana municipal; Reglas Nelson Mandela sobre el apoyo posterior a la liberación.',
    },
    translations: [
      {
        language: 'ru',
        origin: 'machine_assisted',
        text: {
          title: 'Районные встречи, готовящие жителей к возвращению освобождённых людей',
          summary:
            'Соседи, церкви, школы и магазины района собираются до возвращения людей, выходящих из тюрьмы, чтобы обсудить страхи и возможную поддержку. Цель в том, чтобы вернувшийся нашёл работу и достойное отношение, а пострадавших выслушали.',
          approach:
            'Соседская сеть «Новый рассвет» (вымышленная) раз в квартал проводит районную встречу примерно для 30 человек: лидеров общины, директоров школ, пасторов, предпринимателей и родственников. Сотрудник службы пробации объясняет, как устроен надзор. С согласия рассказываются истории уже вернувшихся людей. Участники берут на себя конкретные обязательства: место ученика, место в мастерской, сопровождение на встречу. Если в районе живут пострадавшие, защитник их интересов заранее встречается с ними.',
          results:
            'За три года прошло 11 встреч, взято 47 обязательств, выполнено 33. Участники говорят, что меньше боятся возвращения освобождённых. Два магазина приняли на работу бывших заключённых.',
        },
      },
    ],
    country: 'SV',
    region: 'latin_america_caribbean',
    facilityTypes: ['community'],
    themes: ['community_acceptance', 'release_reintegration'],
    targetGroups: ['communities', 'released_people', 'victims'],
    preventionLevels: ['tertiary'],
    actors: ['community_leader', 'probation_officer', 'victims_advocate'],
    evidenceLevel: 'descriptive',
    startedOn: '2022-09-01',
    endedOn: null,
    contributorName: 'Red Vecinal Nuevo Amanecer (ficticia)',
    updatedDaysAgo: 30,
  },
  {
    key: 'es-monitoreo-independiente-quejas',
    kind: 'evaluation',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Evaluación de un sistema de visitas de monitoreo y quejas confidenciales',
      summary:
        'Evaluación de proceso de un sistema en que un equipo independiente visita los centros sin aviso y recoge quejas confidenciales en buzones cerrados. Analiza si las quejas llegan, se responden a tiempo y sin represalias.',
      approach:
        'El Observatorio Ciudadano de Cárceles (ficticio), acreditado como organismo de supervisión e independiente de quienes prestan servicios, visita cuatro centros una vez al mes sin aviso previo. Entrevista en privado a internos y a personal, revisa registros de aislamiento y sanciones, y abre buzones de quejas cuya llave solo tiene el observatorio. Cada queja recibe número y plazo; el observatorio la traslada a la dirección y controla la respuesta. Una abogada revisa los casos de posible represalia. Tras cada visita se publica un informe breve.',
      results:
        'En dos años se recibieron 1 260 quejas; el 74 % se respondió en el plazo de 30 días, frente al 41 % al inicio. Se documentaron 9 posibles represalias, 6 confirmadas. Los informes llevaron a limitar el aislamiento a 15 días en dos centros.',
      measurement:
        'Base de datos de quejas con fechas y resultados, revisión de 60 expedientes al azar por evaluadoras externas y entrevistas con 40 internos y 20 funcionarios.',
      lessons:
        'Los buzones solo generan confianza si se ve que las quejas tienen respuesta. El temor a represalias disminuyó cuando se publicaron casos sancionados. La separación entre supervisión y prestación de servicios debe ser estricta.',
      sustainability:
        'El observatorio recibe una subvención plurianual y donaciones privadas. El método es transferible a mecanismos nacionales de prevención, defensorías del pueblo y comisiones de visita independientes.',
      resources:
        'Cinco monitores, una abogada, vehículo y buzones de seguridad; unos 110 000 USD anuales, más la evaluación externa.',
      legalFramework:
        'Protocolo Facultativo de la Convención contra la Tortura; Reglas Nelson Mandela 56 y 57 sobre quejas, y 83 a 85 sobre inspección.',
    },
    country: 'UY',
    region: 'latin_america_caribbean',
    facilityTypes: ['men', 'women', 'mixed'],
    themes: ['oversight_human_rights', 'monitoring_evaluation'],
    targetGroups: ['men_in_custody', 'women_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['lawyer'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2019-11-01',
    endedOn: null,
    contributorName: 'Observatorio Ciudadano de Cárceles (ficticio)',
    updatedDaysAgo: 160,
  },
  {
    key: 'es-leccion-talleres-obligatorios',
    kind: 'lesson_learned',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Lo que aprendimos de unos talleres obligatorios que solo medían asistencia',
      summary:
        'Un programa de desvinculación para condenados por delitos de pandillas se basó en talleres obligatorios con beneficios penitenciarios por asistir. La asistencia fue casi total, pero los cambios fueron aparentes: relatamos el fracaso y cómo rediseñamos.',
      approach:
        'Entre 2017 y 2019 la Fundación Camino Abierto (ficticia) impartió talleres de 20 sesiones sobre resolución de conflictos y proyecto de vida en dos centros de hombres. La asistencia daba puntos para la progresión de grado. Los facilitadores, dos por grupo, cambiaban a menudo. Se medía únicamente la asistencia y una encuesta de satisfacción. En 2020 rediseñamos: participación voluntaria, entrevistas individuales de motivación, facilitadores estables y un plan personal revisado con el equipo técnico.',
      results:
        'En la primera fase, el 96 % asistió, pero los facilitadores detectaron respuestas memorizadas y la conducta en los módulos no cambió. Tras el rediseño la participación bajó al 40 % de los invitados, con más permanencia y planes personales cumplidos en parte.',
      measurement:
        'Revisión interna de registros de asistencia, notas de los facilitadores e incidentes disciplinarios antes y después; no hubo evaluación externa.',
      lessons:
        'Vincular beneficios a la mera asistencia produce una falsa adhesión. Medir solo participación oculta el fracaso. La rotación de facilitadores impide la confianza. La motivación debe trabajarse antes, no suponerse.',
      sustainability:
        'El rediseño sigue en marcha en uno de los dos centros. Compartimos la lección para que otros programas eviten incentivos mal planteados y midan desde el principio algo más que la asistencia.',
      resources:
        'Cuatro facilitadores a media jornada, material didáctico y una sala por centro; unos 40 000 USD al año en ambas fases.',
      legalFramework:
        'Ley penitenciaria que regula la progresión de grado; Memorando de Roma del GCTF sobre incentivos y medidas de éxito.',
    },
    country: 'HN',
    region: 'latin_america_caribbean',
    facilityTypes: ['men'],
    themes: ['disengagement', 'monitoring_evaluation'],
    targetGroups: ['men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['teacher_trainer', 'psychologist'],
    evidenceLevel: 'descriptive',
    startedOn: '2017-02-01',
    endedOn: '2023-12-31',
    contributorName: 'Fundación Camino Abierto (ficticia)',
    updatedDaysAgo: 900,
  },
  {
    key: 'es-guia-indicadores-desvinculacion',
    kind: 'tool_guidance',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Guía de indicadores para el seguimiento de programas de desvinculación',
      summary:
        'Una batería de indicadores para seguir programas de desvinculación en prisión y en libertad, más allá de contar asistentes. Propone indicadores de proceso, de cambio individual y de contexto, con fuentes y frecuencia.',
      approach:
        'La Red Latinoamericana de Evaluación Penitenciaria (ficticia) redactó la guía tras revisar programas de ocho países de tres continentes en talleres con profesionales y personas que pasaron por los programas. Se organiza en tres bloques: proceso (cobertura, permanencia, fidelidad al diseño), cambio individual (vínculos, actitudes hacia la violencia, proyecto de vida, valorado por profesionales con instrumentos autorizados) y contexto (apoyos al salir, aceptación del entorno). Para cada indicador indica fuente, frecuencia y riesgos de sesgo. Incluye una plantilla de plan de seguimiento y un apartado sobre ética y protección de datos.',
      results:
        'La guía aún no ha sido evaluada. La han utilizado cuatro organizaciones de tres países para rediseñar sus planes de seguimiento; todas han añadido indicadores de cambio individual y dos han dejado de informar solo del número de asistentes.',
      measurement:
        'Sin medición formal todavía. La red recoge por escrito los comentarios de las organizaciones usuarias y revisa sus planes de seguimiento antes y después de aplicar la guía.',
      lessons:
        'Un indicador mal elegido deforma el programa: cuando se premia la asistencia, se obtiene asistencia. Hay que medir pocas cosas y bien, con la participación de quienes reciben el programa.',
      sustainability:
        'Documento de libre uso, en español y con versión francesa. Se actualizará cada dos años con la experiencia de las organizaciones usuarias y de las personas participantes.',
      resources:
        'Se aplica con el personal existente; requiere unas ocho horas de formación en evaluación y tiempo para recoger y analizar los datos.',
      legalFramework:
        'Memorando de Roma del GCTF (objetivos claros y medidas de éxito) y normas de protección de datos personales.',
    },
    translations: [
      {
        language: 'fr',
        origin: 'professional',
        text: {
          title: 'Guide d’indicateurs pour le suivi des programmes de désengagement',
          summary:
            'Un ensemble d’indicateurs pour suivre les programmes de désengagement en prison et en milieu ouvert, au-delà du nombre de participants. Il propose des indicateurs de processus, de changement individuel et de contexte, avec leurs sources et leur fréquence.',
          approach:
            'Le Réseau latino-américain d’évaluation pénitentiaire (fictif) a rédigé le guide après avoir examiné des programmes de huit pays sur trois continents lors d’ateliers avec des professionnels et des personnes passées par ces programmes. Trois blocs : processus (couverture, maintien, fidélité au modèle), changement individuel (liens, attitudes envers la violence, projet de vie) et contexte (soutiens à la sortie, acceptation par l’entourage). Pour chaque indicateur : source, fréquence et risques de biais.',
          results:
            'Le guide n’a pas encore été évalué. Quatre organisations l’ont utilisé pour revoir leurs plans de suivi ; toutes ont ajouté des indicateurs de changement individuel.',
        },
      },
    ],
    country: null,
    region: 'global',
    facilityTypes: ['men', 'women', 'community'],
    themes: ['monitoring_evaluation', 'disengagement'],
    targetGroups: ['cso_practitioners', 'prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist', 'social_worker'],
    evidenceLevel: 'none',
    startedOn: '2024-02-01',
    endedOn: null,
    contributorName: 'Red Latinoamericana de Evaluación Penitenciaria (ficticia)',
    updatedDaysAgo: 20,
  },
  {
    key: 'es-teatro-prision-evaluacion',
    kind: 'evaluation',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Teatro en prisión: evaluación de resultados de un programa de dos años',
      summary:
        'Evaluación de un programa de teatro en dos prisiones mixtas en el que los internos escriben y representan obras sobre violencia, pertenencia y reparación. Mide cambios en empatía, autocontrol y vínculos, con resultados modestos pero consistentes.',
      approach:
        'La Compañía Escena Libre (ficticia) trabaja con grupos de 12 personas, dos sesiones de tres horas por semana durante seis meses. Dos actores-docentes guían improvisaciones y escritura colectiva; una psicóloga acompaña el proceso y atiende a quien lo necesite. Cada ciclo termina con funciones abiertas a familias y, una vez al año, a vecinos. Algunos participantes tenían historias de pertenencia a grupos violentos; el teatro permite explorar esas identidades sin confrontación directa.',
      results:
        'Participaron 96 personas en ocho ciclos. Frente a un grupo en lista de espera, los participantes mejoraron de forma pequeña pero significativa en empatía y autocontrol (tamaños de efecto en torno a 0,3). Los incidentes disciplinarios bajaron un 20 % en los seis meses siguientes. No se midió la reincidencia.',
      measurement:
        'Diseño con grupo en lista de espera, escalas validadas de empatía y autocontrol antes, al final y a los seis meses, registros disciplinarios; artículo publicado con revisión por pares.',
      lessons:
        'La lista de espera hizo posible comparar sin negar el programa a nadie. Las funciones ante familias son muy emotivas y requieren preparación. El efecto se diluye si no hay continuidad tras el ciclo.',
      sustainability:
        'Financiación compartida entre un fondo cultural y la administración penitenciaria. El método se ha transmitido a dos compañías de otras ciudades, que lo aplican con su propio equipo.',
      resources:
        'Dos actores-docentes, una psicóloga a tiempo parcial, sala de ensayo, vestuario y escenografía sencilla; unos 35 000 USD por año.',
      legalFramework:
        'Reglas Nelson Mandela sobre actividades culturales y recreativas; ley de ejecución penal que incluye la cultura en el tratamiento.',
    },
    country: 'CO',
    region: 'latin_america_caribbean',
    facilityTypes: ['mixed'],
    themes: ['prevention_in_prison', 'disengagement'],
    targetGroups: ['men_in_custody', 'women_in_custody', 'families'],
    preventionLevels: ['secondary', 'tertiary'],
    actors: ['teacher_trainer', 'psychologist'],
    evidenceLevel: 'peer_reviewed',
    startedOn: '2019-07-01',
    endedOn: '2021-06-30',
    contributorName: 'Compañía Escena Libre (ficticia)',
    updatedDaysAgo: 820,
    peerReview: {
      reviewerName: 'Dra. Paloma Echeverri (ficticia)',
      reviewerAffiliation: 'Grupo de Investigación Arte y Justicia (ficticio)',
      reviewedOn: '2022-11-10',
      conclusion:
        'Evaluación rigurosa para un programa artístico; los efectos son modestos y así se presentan. Falta seguimiento posterior a la libertad.',
    },
  },
  {
    key: 'es-salud-mental-derivacion',
    kind: 'lesson_learned',
    status: 'inspiring',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Salud mental y discurso extremista: por qué separamos valoración clínica y de riesgo',
      summary:
        'En un centro penitenciario se confundía el discurso violento de internos con trastornos mentales graves con un compromiso ideológico. Relatamos cómo se creó una vía de derivación conjunta entre salud mental y el equipo de valoración de riesgos.',
      approach:
        'El equipo de la Asociación Mente Clara (ficticia), con psiquiatría penitenciaria, acordó que todo interno señalado por discurso extremista pase primero por una consulta de salud mental. Si hay un trastorno activo, se trata primero y la valoración de riesgo se pospone. Los casos mixtos se revisan en una reunión mensual entre psiquiatra, psicóloga de tratamiento y trabajadora social. Se formó al personal de módulo para describir conductas sin diagnosticar.',
      results:
        'De 31 internos derivados en tres años, 11 tenían un trastorno grave no tratado; tras el tratamiento, en 8 el discurso violento desapareció o disminuyó mucho. Las valoraciones de riesgo se hicieron con información más completa.',
      measurement:
        'Revisión descriptiva de historias clínicas y de expedientes de tratamiento de los internos derivados, con datos anonimizados, hecha por el propio equipo; no hubo grupo de comparación.',
      lessons:
        'Etiquetar como «radicalizada» a una persona con psicosis retrasa su tratamiento y puede empeorar su situación. Compartir información entre salud y tratamiento exige reglas claras de confidencialidad. El personal de módulo debe describir conductas, no poner diagnósticos.',
      sustainability:
        'La vía de derivación no tiene costes adicionales y se ha incorporado a un protocolo del centro. Es transferible a cualquier centro con un servicio de psiquiatría accesible.',
      resources:
        'Tiempo de psiquiatra, psicóloga y trabajadora social para una reunión mensual; formación de 4 horas al personal.',
      legalFramework:
        'Reglas Nelson Mandela sobre atención de la salud; normativa de confidencialidad sanitaria y de protección de datos.',
    },
    country: 'CL',
    region: 'latin_america_caribbean',
    facilityTypes: ['men'],
    themes: ['risk_needs_assessment', 'prevention_in_prison'],
    targetGroups: ['mental_health_needs', 'men_in_custody'],
    preventionLevels: ['secondary', 'tertiary'],
    actors: ['mental_health_worker', 'psychologist', 'social_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2021-05-01',
    endedOn: null,
    contributorName: 'Asociación Mente Clara (ficticia)',
    updatedDaysAgo: 3,
  },
  {
    key: 'es-mediadores-interculturales-extranjeros',
    kind: 'good_practice',
    status: 'in_review',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Mediadores interculturales para internos extranjeros recién ingresados',
      summary:
        'Mediadores que hablan los idiomas de los internos extranjeros los acompañan en el ingreso, explican normas y derechos y facilitan el contacto consular y familiar. Se busca reducir el aislamiento, que puede favorecer la captación por grupos violentos.',
      approach:
        'La Asociación Puentes de Lenguas (ficticia) cuenta con siete mediadores (árabe, francés, wolof, rumano, inglés). En la primera semana de ingreso, un mediador entrevista a cada extranjero, le entrega información escrita en su idioma y le ayuda a comunicar con su consulado y su familia. Después visita el módulo dos veces por semana y acompaña consultas médicas y jurídicas cuando hace falta.',
      results:
        'En el primer año se atendió a 210 personas. Las solicitudes de intérprete en consultas médicas se resolvieron en días y no en semanas. Aún no hay datos sobre conflictos o captación.',
      measurement:
        'Registros de la asociación y del centro sobre entrevistas, acompañamientos y contactos consulares, y un cuestionario de satisfacción traducido a los cinco idiomas.',
      lessons:
        'Los mediadores no deben actuar como traductores en entrevistas de seguridad, para no perder la confianza de los internos. Hace falta formarlos en las normas del centro y en cómo responder a presiones de compatriotas.',
      sustainability:
        'Depende de una subvención anual. La asociación negocia un convenio estable con la administración penitenciaria para cubrir al menos tres mediadores.',
      resources:
        'Siete mediadores a tiempo parcial, materiales traducidos a cinco idiomas y tarjetas telefónicas; unos 70 000 EUR al año.',
      legalFramework: 'Reglas Nelson Mandela sobre información al ingreso y asistencia consular.',
    },
    country: 'ES',
    region: 'europe',
    facilityTypes: ['men', 'mixed'],
    themes: ['prevention_in_prison', 'cso_access'],
    targetGroups: ['foreign_nationals'],
    preventionLevels: ['secondary'],
    actors: ['social_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2025-01-15',
    endedOn: null,
    contributorName: 'Asociación Puentes de Lenguas (ficticia)',
    updatedDaysAgo: 6,
  },
  {
    key: 'es-supervision-aplicacion-movil',
    kind: 'lesson_learned',
    status: 'in_review',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Una aplicación móvil para la libertad condicional que no funcionó',
      summary:
        'Una aplicación para que las personas en libertad condicional registraran citas y mensajes con su oficial se abandonó a los ocho meses. Contamos por qué: teléfonos compartidos, falta de datos móviles y desconfianza.',
      approach:
        'El Laboratorio Cívico Segunda Vuelta (ficticio) desarrolló, con un equipo de oficiales de libertad condicional, una aplicación con recordatorios de citas, mensajería con el oficial y un directorio de servicios de empleo, salud y vivienda. Se ofreció a 150 personas al salir de prisión, con una sesión de instalación de media hora en el centro. Los oficiales debían responder los mensajes en 48 horas. No se consultó a futuros usuarios durante el diseño ni se comprobó cuántos tenían teléfono propio.',
      results:
        'Solo 38 personas la usaban al tercer mes y 9 al octavo. Muchas pensaban que la aplicación servía para localizarlas. Las citas perdidas no disminuyeron y los oficiales dedicaban tiempo a resolver problemas técnicos.',
      measurement:
        'Datos de uso de la aplicación, registro de citas del servicio de libertad condicional y entrevistas con 20 usuarios y 6 oficiales.',
      lessons:
        'La tecnología no sustituye al contacto humano ni resuelve la falta de teléfono propio. Hay que diseñar con los usuarios, explicar qué datos se recogen y para qué, y probar con un grupo pequeño antes de ampliar.',
      sustainability:
        'Proyecto cerrado. El directorio de servicios se mantiene en papel y en una página web, y se comparte con otros servicios de libertad condicional.',
      resources:
        'Desarrollo de la aplicación (unos 50 000 USD), mantenimiento técnico y tiempo de formación de oficiales.',
      legalFramework: 'Normativa de libertad condicional y de protección de datos personales.',
    },
    country: 'CR',
    region: 'latin_america_caribbean',
    facilityTypes: ['community'],
    themes: ['release_reintegration'],
    targetGroups: ['released_people'],
    preventionLevels: ['tertiary'],
    actors: ['probation_officer'],
    evidenceLevel: 'descriptive',
    startedOn: '2023-01-01',
    endedOn: '2023-09-30',
    contributorName: 'Laboratorio Cívico Segunda Vuelta (ficticio)',
    updatedDaysAgo: 15,
  },
  {
    key: 'es-encuentros-restaurativos-victimas',
    kind: 'good_practice',
    status: 'changes_requested',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Encuentros restaurativos entre víctimas y excombatientes privados de libertad',
      summary:
        'Víctimas del conflicto armado que lo desean se encuentran, tras una larga preparación, con excombatientes condenados. Los encuentros buscan reconocimiento del daño y respuestas a preguntas de las víctimas.',
      approach:
        'La Fundación Voces que Reparan (ficticia) prepara a cada víctima durante al menos tres meses con una defensora de víctimas y una psicóloga; al excombatiente, con un facilitador dentro de la prisión, en sesiones quincenales sobre responsabilidad y daño causado. Solo hay encuentro si ambos lo aceptan libremente, y cualquiera puede retirarse en cualquier momento. Puede hacerse por carta, por vídeo grabado o en persona, en una sala de la prisión con la psicóloga presente. Después del encuentro se ofrece seguimiento a ambas partes durante tres meses.',
      results:
        'Se han celebrado 14 encuentros y 9 intercambios de cartas. Las víctimas describen alivio y respuestas a preguntas que llevaban años sin resolver. Falta sistematizar los resultados y recoger la opinión de quienes decidieron no participar.',
      measurement:
        'Pendiente: las revisoras pidieron describir cómo se medirán los efectos en las víctimas y en los excombatientes, con qué instrumentos y quién hará la medición.',
      lessons:
        'La preparación es lo más importante y nunca se presiona a la víctima. Algunas víctimas prefieren una carta a un encuentro. Los excombatientes necesitan apoyo psicológico después, porque el encuentro remueve mucho.',
      sustainability:
        'Depende de financiación de cooperación internacional renovable cada año. Se busca que la jurisdicción de paz reconozca el programa y asuma parte de los costes.',
      resources:
        'Dos facilitadoras, una psicóloga a media jornada y desplazamientos de las víctimas desde zonas rurales; unos 40 000 USD anuales.',
      legalFramework:
        'Marco de justicia transicional y normas nacionales sobre los derechos de las víctimas a la verdad y la reparación.',
    },
    country: 'CO',
    region: 'latin_america_caribbean',
    facilityTypes: ['men'],
    themes: ['community_acceptance', 'disengagement'],
    targetGroups: ['victims', 'men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['victims_advocate', 'psychologist'],
    evidenceLevel: 'descriptive',
    startedOn: '2021-08-01',
    endedOn: null,
    contributorName: 'Fundación Voces que Reparan (ficticia)',
    updatedDaysAgo: 25,
  },
  {
    key: 'es-deporte-jovenes-barrio',
    kind: 'good_practice',
    status: 'draft',
    visibility: 'public',
    language: 'es',
    text: {
      title: 'Liga deportiva para jóvenes de barrios con alta presencia de pandillas',
      summary:
        'Borrador. Una liga de fútbol con mentores busca que jóvenes de 12 a 17 años no se unan a pandillas. Se describe el diseño inicial.',
      legalFramework:
        'Ley de protección integral de la niñez y la adolescencia; convenio con el municipio para el uso de espacios deportivos.',
      approach:
        'El Club Cancha Abierta (ficticio) organiza entrenamientos de fútbol dos tardes por semana y partidos los sábados en dos barrios. Cada equipo tiene un entrenador y un mentor voluntario que habla con cada joven sobre la escuela, la familia y la presión de las pandillas. Los padres participan en una reunión mensual. Si un mentor detecta un riesgo grave, deriva al joven y a su familia a los servicios sociales municipales.',
      resources:
        'Cuatro entrenadores, ocho mentores voluntarios, balones y uniformes, transporte; presupuesto estimado de 15 000 USD el primer año.',
      results:
        'Todavía no hay resultados: el programa empieza en 2026. Se espera trabajar con unos 120 jóvenes el primer año y medir su permanencia en la escuela y en la liga.',
      measurement:
        'Se prevé registrar asistencia y matrícula escolar, y hacer una encuesta breve a jóvenes y familias al inicio y a los doce meses.',
      lessons:
        'Aún no hay lecciones propias. Programas parecidos de la región muestran que el deporte por sí solo no basta: hacen falta mentores estables, vínculos con la escuela y un trabajo cercano con las familias.',
      sustainability:
        'El municipio cede las canchas gratis. Se busca un patrocinio local para los uniformes y el transporte de los partidos de los sábados.',
    },
    country: 'PA',
    region: 'latin_america_caribbean',
    facilityTypes: ['community'],
    themes: ['juveniles'],
    targetGroups: ['juveniles', 'communities'],
    preventionLevels: ['primary'],
    actors: ['mentor', 'community_leader'],
    evidenceLevel: 'none',
    startedOn: '2026-02-01',
    endedOn: null,
    contributorName: 'Club Cancha Abierta (ficticio)',
    updatedDaysAgo: 4,
  },
];
