import type { DemoKnowledgeEntry } from './demo-entry.ts';

// The demo library's entries written in Chinese (simplified): invented for Pathways, about invented
// organisations, with honest and modest results. Mostly Asia and the Pacific, some multi-country.
// Four carry a translation (two into Arabic, two into English) so that a search in another language
// finds them by their words, not only by their labels.

export const DEMO_ENTRIES_ZH: DemoKnowledgeEntry[] = [
  {
    key: 'zh-jiating-tanshi-fudao',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    featured: true,
    text: {
      title: '探视前后的家属辅导小组：帮助在押男性修复家庭关系',
      summary:
        '一家民间机构在两所男子监狱为在押人员的家属开设探视前后的辅导小组。小组帮助家属为探视做准备，也在探视后处理紧张和失望的情绪，使家庭联系成为改变的支撑，而不是冲突的来源。',
      approach:
        '项目由“桥心家庭服务中心”的两名社会工作者和一名家庭联络员负责，每月在探视日前后各举办一次小组活动，每组八至十二个家庭。探视前的小组讲解探视规则，练习如何谈论敏感话题，例如判决、经济困难和孩子的学业；探视后的小组给家属一个安全的空间表达情绪。狱方指定一名联络官协调场地和名单，监狱工作人员不参加小组讨论，以保证家属愿意坦诚交流。对于因极端主义相关罪行服刑的人员，家庭联络员会与负责个案的心理工作者定期沟通，但只交流经家属同意的内容。',
      results:
        '2019年至2023年共有214个家庭参加，平均每个家庭参加五次。过程评估显示，参加家庭的探视中断次数比同期未参加的家庭少约三分之一。多数家属表示更知道如何与亲人谈话。项目没有测量出狱后的再犯情况。',
      measurement:
        '由一所大学的研究人员进行过程评估：对60名家属进行问卷调查，访谈12名工作人员，并比较监狱探视登记中的中断记录。',
      lessons:
        '家属最需要的是实际信息和被尊重的感觉，而不是说教。早期曾让狱警旁听，家属几乎不发言，后来改为完全由社工主持。遇到家庭暴力的情况必须先做安全评估，不能一律鼓励联系。',
      sustainability:
        '监狱已将小组纳入探视日的常规安排，场地和时间固定。模式简单，适用于其他设有固定探视日的监狱，关键在于有受过训练的社工。',
      resources:
        '两名兼职社会工作者、一名家庭联络员；每年约三万五千令吉的运营费用，主要用于人员、交通补贴和儿童活动材料。',
      legalFramework:
        '依据国家监狱法规中关于家庭联系的规定，并参照《曼德拉规则》第58条和第106条关于与家庭保持联系的要求。',
    },
    translations: [
      {
        language: 'ar',
        origin: 'professional',
        text: {
          title:
            'مجموعات إرشاد لأسر النزلاء قبل الزيارة وبعدها: مساعدة الرجال المحتجزين على إصلاح العلاقات الأسرية',
          summary:
            'تنظم جمعية أهلية في سجنين للرجال مجموعات إرشاد لأسر النزلاء قبل الزيارة وبعدها. تساعد المجموعات الأسر على التحضير للزيارة، وعلى التعامل بعدها مع التوتر وخيبة الأمل، حتى يصبح التواصل الأسري سندا للتغيير لا مصدرا للنزاع.',
          approach:
            'يتولى المشروع أخصائيان اجتماعيان ومنسق للتواصل مع الأسر من "مركز جسر القلب للخدمات الأسرية". تعقد جلسة جماعية قبل يوم الزيارة وأخرى بعده كل شهر، تضم كل منها من ثماني إلى اثنتي عشرة أسرة. تشرح الجلسة الأولى قواعد الزيارة وتدرب الأسر على الحديث في المواضيع الحساسة مثل الحكم والضائقة المالية ودراسة الأطفال، وتمنح الجلسة الثانية الأسر مساحة آمنة للتعبير عن مشاعرها. لا يشارك موظفو السجن في النقاش حتى تتحدث الأسر بصراحة.',
          results:
            'شاركت 214 أسرة بين 2019 و2023، بمعدل خمس جلسات لكل أسرة. أظهر تقييم العملية أن انقطاع الزيارات لدى الأسر المشاركة كان أقل بنحو الثلث مقارنة بالأسر غير المشاركة. لم يقس المشروع العودة إلى الجريمة بعد الإفراج.',
        },
      },
    ],
    country: 'MY',
    region: 'asia_pacific',
    facilityTypes: ['men'],
    themes: ['family_involvement', 'prevention_in_prison'],
    targetGroups: ['families', 'men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['family_liaison', 'social_worker'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2019-03-01',
    endedOn: null,
    contributorName: '桥心家庭服务中心',
    updatedDaysAgo: 45,
  },
  {
    key: 'zh-jiashi-jiuye-daoshi',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '假释人员就业导师计划：出狱后第一年的工作陪伴',
      summary:
        '社区矫正机构与企业志愿者合作，为假释和刑满释放人员配对就业导师。导师在出狱前三个月开始见面，并在出狱后一年内每两周联系一次。对照评估显示就业率明显提高，再犯率的差别较小。',
      approach:
        '项目由“新程就业互助会”与一个城市的社区矫正中心共同运行。每名参与者在出狱前三个月由缓刑官和社工共同评估就业需求，然后与一名来自企业的志愿导师配对。导师先进入监狱见面两次，出狱后第一年每两周面谈或电话联系一次，帮助准备简历和面试，处理与雇主的沟通，必要时陪同办理身份证件和社保手续。导师每季度参加一次督导会，讨论困难个案。合作企业承诺提供试工岗位，但不得要求参与者公开与工作无关的个人信息。',
      results:
        '2016年至2021年共有386人参加。出狱后12个月内，参与者的就业率为58%，匹配对照组为41%；再次被判刑的比例分别为9%和13%，差异较小，统计上仅边缘显著。导师流失率较高，约四分之一在一年内退出。',
      measurement:
        '外部研究团队使用倾向评分匹配，以同期未参加的释放人员为对照，数据来自社区矫正档案和社保缴费记录，并访谈了40名参与者。',
      lessons:
        '出狱前的见面是关键：没有提前见面的配对，出狱后三个月内失联的比例高出一倍。导师需要明确边界，不负责监督，也不向机构报告与就业无关的内容。雇主的热情容易下降，需要定期维护关系。',
      sustainability:
        '自2022年起由市财政和企业捐助共同资助，已推广到邻近两个区。可在有社区矫正机构和本地企业网络的地方复制。',
      resources:
        '一名项目协调员、两名社工、约120名志愿导师；每年运营费用约四十万元人民币，包括培训、保险和交通补贴。',
      legalFramework:
        '依据国家社区矫正法律中关于社会力量参与帮扶的规定，以及《曼德拉规则》第108条关于出狱后援助的要求。',
    },
    translations: [
      {
        language: 'en',
        origin: 'professional',
        text: {
          title: 'Employment mentors for people on parole: a first year of support at work after release',
          summary:
            'A community corrections centre works with volunteers from local companies to pair people on parole or at the end of their sentence with an employment mentor. Mentors meet them three months before release and stay in touch every two weeks for a year. A matched comparison found clearly higher employment and a small difference in reconviction.',
          approach:
            'The scheme is run by the "New Road Employment Mutual Aid Society" with a city community corrections centre. Three months before release, a probation officer and a social worker assess each participant’s employment needs and pair them with a volunteer mentor from a company. The mentor visits the prison twice, then meets or phones every two weeks during the first year: CVs, interviews, talking to employers and, where needed, identity papers and social insurance. Mentors attend supervision every quarter. Partner companies offer trial placements and may not ask for personal information unrelated to the job.',
          results:
            'From 2016 to 2021, 386 people took part. Within twelve months of release, 58% of participants were employed against 41% of a matched comparison group; reconviction was 9% against 13%, a small and only marginally significant difference. About a quarter of mentors dropped out within a year.',
        },
      },
    ],
    country: 'CN',
    region: 'asia_pacific',
    facilityTypes: ['community'],
    themes: ['release_reintegration', 'community_acceptance'],
    targetGroups: ['released_people', 'communities'],
    preventionLevels: ['tertiary'],
    actors: ['probation_officer', 'mentor', 'social_worker'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2016-05-01',
    endedOn: null,
    contributorName: '新程就业互助会',
    updatedDaysAgo: 120,
    peerReview: {
      reviewerName: '周雅琳',
      reviewerAffiliation: '南岭社会政策研究院',
      reviewedOn: '2023-06-12',
      conclusion:
        '评估设计合理，对照组匹配充分；就业结果可信，再犯结果应谨慎解读。建议补充导师流失对结果的影响分析。',
    },
  },
  {
    key: 'zh-jiegouhua-pinggu-zhinan',
    kind: 'tool_guidance',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '结构化专业判断评估指南：双人评定、书面说明和定期复评',
      summary:
        '一份供监狱心理工作者使用的操作指南，说明如何用结构化专业判断的方法评估与暴力极端主义有关的风险和需求。指南强调每项判断都要写明依据，由第二名评估者复核，并设定复评日期，避免形成永久标签。',
      approach:
        '指南由“明衡心理实务协会”与一所男子监狱的心理科共同编写，2018年起试用。评估分为五个领域：信念与态度、社会环境与意图、经历与能力、承诺与动机、保护因素。评估者根据访谈、档案和工作人员的观察，为每个领域给出等级并写明证据。总体判断（低、中、高关注）必须由受过训练的专业人员签名，不能由分数自动得出。每份评估由第二名评估者独立复核，分歧超过一级时召开共识会。每六个月复评一次，出现重要的新信息时提前复评。指南明确禁止以宗教、民族或性别作为风险指标。',
      results:
        '试用两年内完成了143份评估和209份复评。两名评估者的一致率从初期的61%提高到第二年的82%。复评中约三成的总体判断下降了一级，说明评估能够反映变化。工作人员认为书面说明让个案会议更有依据。',
      measurement:
        '心理科记录评估者之间的一致率，外部顾问抽查40份评估的书面说明质量，并对18名使用者进行问卷调查。',
      lessons:
        '最大的风险是把工具当作打分表使用。初期有人只填等级、不写证据，后来规定没有证据说明的评估不能提交。评估结果不能与情报资料放在同一档案中。',
      sustainability:
        '指南已纳入新任心理工作者的入职培训。结构可以在其他监狱使用，但任何具体的评估工具都需要获得授权，并在当地人群中验证。',
      resources: '两名资深心理工作者编写，约四个月；每名评估者需要三天培训和六次督导；不需要特殊设备。',
      legalFramework:
        '依据监狱条例中关于个别化处遇和分类的规定，参照联合国毒品和犯罪问题办公室关于在押人员分类的手册。',
    },
    country: 'SG',
    region: 'asia_pacific',
    facilityTypes: ['men'],
    themes: ['risk_needs_assessment', 'monitoring_evaluation'],
    targetGroups: ['men_in_custody', 'prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2018-01-15',
    endedOn: null,
    contributorName: '明衡心理实务协会',
    updatedDaysAgo: 300,
  },
  {
    key: 'zh-nvjian-chuangshang-xiaozu',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '女子监狱的创伤知情小组：以安全感为起点的心理支持',
      summary:
        '在一所女子监狱中，心理健康工作者为经历过暴力、剥削或家庭破裂的在押女性开设十二周的创伤知情小组。项目的重点是安全感、自我调节和重建信任，而不是追问经历的细节。',
      approach:
        '“木棉女性支持网络”的一名心理学家和一名心理健康工作者每周到监狱带领一次九十分钟的小组，每组不超过十人，为期十二周。内容包括认识创伤反应、呼吸和放松练习、情绪识别、个人边界和求助方式。参加者自愿报名，可以随时退出；小组内容不记入纪律或风险档案。曾被极端组织招募或控制的女性，先由工作者单独面谈，评估是否适合参加小组。狱方的女性工作人员接受了两天的创伤知情培训，以便在日常管理中减少可能引发创伤反应的做法，例如大声呵斥和突然搜身。',
      results:
        '三年内共开办九期小组，83名女性参加，完成率为76%。参加者自评的睡眠问题和焦虑程度在小组结束时普遍下降。监狱记录显示，参加者在小组期间的违纪次数有所减少，但样本小，也没有对照组。',
      measurement:
        '小组开始和结束时使用简短的自评问卷，并收集参加者和工作人员的书面反馈；违纪次数来自监狱记录，仅作描述。',
      lessons:
        '不能在小组中要求讲述创伤经历，这会让部分参加者的情况恶化。只有小组是不够的，监狱的日常环境也要改变。参加者的语言多样，需要有翻译的材料。',
      sustainability:
        '监狱已承担场地和工作人员培训的费用，心理工作者的费用仍依赖基金会资助。模式可用于其他女子监狱和青年女性中心。',
      resources: '一名心理学家、一名心理健康工作者；每期约八千令吉；自编练习手册和放松音频。',
      legalFramework:
        '参照《曼谷规则》关于女性在押人员心理健康和创伤知情照护的规定（第12条和第42条），以及国家监狱法规。',
    },
    country: 'MY',
    region: 'asia_pacific',
    facilityTypes: ['women'],
    themes: ['women', 'prevention_in_prison'],
    targetGroups: ['women_in_custody', 'mental_health_needs'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist', 'mental_health_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2021-02-01',
    endedOn: null,
    contributorName: '木棉女性支持网络',
    updatedDaysAgo: 160,
  },
  {
    key: 'zh-shaonianyuan-fuxue-pinggu',
    kind: 'evaluation',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '少年院与学校的衔接：出院后重返课堂的效果评估',
      summary:
        '本评估考察一个让少年院学员在出院前与原学校或职业学校建立联系的项目。出院六个月后仍在学的比例明显较高，但对家庭支持薄弱的少年效果有限。',
      approach:
        '项目由“青苗教育支援社”的教师和社会工作者运行。学员在出院前四个月，由社工与家长、原学校共同制定复学计划，教师在院内按照学校课程每周补课两次。出院前，社工陪同学员到学校参观两次，认识班主任和辅导老师。出院后六个月内，社工每周联络学员和学校一次，协助处理缺课、同伴冲突和标签问题。评估由独立团队在2019年至2022年进行，比较参加者与此前没有衔接服务的学员。',
      results:
        '出院六个月后仍在学或参加职业培训的比例，参加者为71%，对照组为48%。一年内再次被拘留的比例分别为15%和22%。家庭支持评分低的少年，两组差别不明显。学校老师反映，提前见面减少了对学员的排斥。',
      measurement:
        '独立评估团队使用历史对照组，数据来自学校出勤记录和少年院档案，并访谈了25名学员、18名家长和14名教师。',
      lessons:
        '复学不只是教育问题，家庭和同伴环境同样重要。部分学校以名额为由拒收，需要教育主管部门事先协调。学员的经历必须保密，不应让班上同学知道。',
      sustainability:
        '教育主管部门已同意把衔接服务列入学校辅导计划。适合在少年院与学校距离不远的城市地区推广。',
      resources: '两名教师、三名社工；每年约一百二十万港元，包括补课教材和学员交通费用。',
      legalFramework:
        '依据少年司法相关条例，参照联合国少年司法标准和全球反恐论坛《纳沙泰尔备忘录》关于出院后教育的建议。',
    },
    country: 'HK',
    region: 'asia_pacific',
    facilityTypes: ['juvenile'],
    themes: ['juveniles', 'release_reintegration'],
    targetGroups: ['juveniles', 'families'],
    preventionLevels: ['tertiary', 'secondary'],
    actors: ['teacher_trainer', 'social_worker'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2017-09-01',
    endedOn: null,
    contributorName: '青苗教育支援社',
    updatedDaysAgo: 60,
  },
  {
    key: 'zh-dongtai-anquan-yujing',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    featured: true,
    text: {
      title: '动态安全培训：狱警通过日常交流及早发现紧张局势',
      summary:
        '为期五天的培训课程，帮助狱警在日常巡查和交流中了解在押人员、建立专业关系，从而及早发现冲突、欺凌和招募迹象。课程强调动态安全与尊重人权相辅相成。',
      approach:
        '课程由“湄南矫正培训中心”的两名培训师与一所混合监狱的资深狱警共同授课，每期二十名狱警，先后在四所监狱举办。内容包括：动态安全的原则；如何进行有目的的日常交谈；观察和记录行为变化；区分正当的宗教实践与令人担忧的行为；化解冲突的降级技巧；以及信息如何按规定上报。课程采用角色扮演和案例讨论。结业后，每名学员由一名资深同事带教三个月，每月见面一次。课程有一个单元向在监狱工作的民间社会人员开放，说明各自角色的边界。',
      results:
        '2020年至2023年共培训312名狱警。培训三个月后的问卷显示，学员与在押人员的主动交流增加，自评信心分数平均提高23%。试点监区的暴力事件报告在一年内下降约15%，但同期的其他措施也可能有影响。',
      measurement:
        '培训前后问卷、三个月后的跟进问卷，以及试点监区事件登记的前后对比；外部顾问观察了六次课程。',
      lessons:
        '狱警担心“和在押人员聊天”被视为软弱，需要领导层明确支持。人员配比太低的监区很难落实日常交流。培训内容必须避免把宗教虔诚等同于风险。',
      sustainability: '课程已纳入监狱培训学校的在职培训计划，教材可以翻译使用。前提是监区有足够的人手。',
      resources: '两名培训师，每期五天，约十五万泰铢；培训手册、案例卡片和角色扮演指引。',
      legalFramework:
        '依据国家矫正法规，参照联合国毒品和犯罪问题办公室关于动态安全和监狱情报的手册，以及《曼德拉规则》第75至76条关于工作人员培训的规定。',
    },
    country: 'TH',
    region: 'asia_pacific',
    facilityTypes: ['mixed'],
    themes: ['dynamic_security', 'staff_training'],
    targetGroups: ['prison_staff'],
    preventionLevels: ['tertiary', 'secondary'],
    actors: ['prison_officer', 'teacher_trainer'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2020-01-10',
    endedOn: null,
    contributorName: '湄南矫正培训中心',
    updatedDaysAgo: 15,
  },
  {
    key: 'zh-jingdian-yandu-xiaozu',
    kind: 'good_practice',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '宗教学者与心理工作者共同主持的经典研读小组',
      summary:
        '在两所男子监狱中，由宗教学者和心理工作者共同主持研读小组，邀请因暴力极端主义相关罪行服刑的人员自愿参加，讨论经典中关于暴力、正义和共同生活的解释。项目同时关注参加者的个人需求，而不只是观点的改变。',
      approach:
        '“和言对话基金会”组织三名受过心理辅导训练的宗教学者和两名心理学家，每周在监狱主持两次小组，每组六至八人，为期二十周。讨论不是辩论或说教，而是共同阅读文本、提出问题，并联系参加者自己的经历和家庭。心理学家负责个别访谈，处理愤怒、失落和身份认同问题。宗教学者由监狱和基金会共同审查，与情报工作完全分开，小组内容不提供给安全部门。是否参加不影响减刑评定，完成者可以获得学习证书。',
      results:
        '2015年至2020年有96人参加，74人完成。同行评审的研究发现，完成者在支持暴力的态度量表上的得分平均下降，与家人的联系和参加教育的情况有所增加。出狱后两年的追踪只涵盖31人，其中2人再次因相关罪行被捕。',
      measurement:
        '两所大学的研究人员采用前后测量、半结构访谈和出狱后追踪，结果发表在同行评审期刊上；样本较小，没有随机对照。',
      lessons:
        '宗教学者的可信度来自其独立性，一旦被视为监狱的代言人，参加者就会退出。只讨论观点不够，就业和家庭支持同样重要。部分参加者只是为了证书而来，不能只看出勤。',
      sustainability:
        '基金会与宗教事务主管部门签订了长期合作协议，已在第三所监狱试行。需要既懂经典又懂心理辅导的人才，培养周期较长。',
      resources: '三名宗教学者、两名心理学家；每年约九亿印尼盾；研读材料由团队自编。',
      legalFramework:
        '依据国家矫正法和反恐法规中关于康复计划的规定，参照全球反恐论坛关于暴力极端主义罪犯康复和重返社会的《罗马备忘录》。',
    },
    translations: [
      {
        language: 'en',
        origin: 'machine_assisted',
        text: {
          title: 'Scripture study circles led jointly by religious scholars and psychologists',
          summary:
            'In two men’s prisons, religious scholars and psychologists jointly lead study circles that people serving sentences for violent extremist offences may join voluntarily, to discuss how the scriptures speak of violence, justice and living together. The programme also attends to each participant’s personal needs, not only to changes in views.',
        },
      },
    ],
    country: 'ID',
    region: 'asia_pacific',
    facilityTypes: ['men'],
    themes: ['religious_dialogue', 'disengagement'],
    targetGroups: ['men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['religious_scholar', 'psychologist'],
    evidenceLevel: 'peer_reviewed',
    startedOn: '2015-04-01',
    endedOn: null,
    contributorName: '和言对话基金会',
    updatedDaysAgo: 410,
    peerReview: {
      reviewerName: '苏明哲',
      reviewerAffiliation: '东南亚矫正实务研究学会',
      reviewedOn: '2022-03-15',
      conclusion:
        '方法描述清楚，独立性的安排值得借鉴；样本小且无随机对照，条目对结果的表述适度。建议补充出狱后支持的细节。',
    },
  },
  {
    key: 'zh-qian-jiduan-daoshi-shibai',
    kind: 'lesson_learned',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '前极端分子导师计划为何中途停止：一次失败的经验',
      summary:
        '一个邀请前极端分子在监狱中担任导师的试点项目在两年后停止。本条目坦率记录失败的原因：导师缺乏审查和督导，角色不清，也没有保护导师本人的安排。',
      approach:
        '项目由“晨桥和平倡议”发起，招募了五名已出狱多年的前极端分子，每周进入一所男子监狱与在押人员个别谈话。导师没有接受系统培训，只参加了一天的介绍会。监狱方面没有指定协调人，谈话没有记录，也没有定期督导。项目原计划让导师与心理工作者配合，但因人员变动未能落实。导师的交通补贴经常拖欠，项目协调员同时负责另外两个项目。',
      results:
        '两年内约40名在押人员与导师见过面。一名导师被发现替在押人员向外传递消息，项目随即被监狱叫停。另一名导师因受到原组织成员的威胁而退出。项目没有任何结果评估，部分在押人员表示导师的亲身经历对他们有触动。',
      measurement:
        '项目停止后，团队与监狱共同进行回顾，访谈了导师、狱方人员和八名在押人员，并查阅了有限的项目记录。',
      lessons:
        '前极端分子的可信度是真实的，但不能代替审查、培训和督导。导师本人也需要保护和心理支持。每次会面都应有记录，并与专业团队配合。角色和禁止事项（例如传递物品和消息）必须写入协议。',
      sustainability: '原项目已经停止。团队根据这些教训制定了导师审查和督导标准，供其他机构参考。',
      resources:
        '项目期间只有一名兼职协调员，导师只有少量交通补贴，几乎没有培训预算——这本身就是问题的一部分。',
      legalFramework: '当时没有关于外部导师进入监狱的书面规定，仅凭监狱长的个别批准。',
    },
    country: 'PH',
    region: 'asia_pacific',
    facilityTypes: ['men'],
    themes: ['disengagement', 'cso_access'],
    targetGroups: ['men_in_custody', 'cso_practitioners'],
    preventionLevels: ['tertiary'],
    actors: ['former_extremist_mentor'],
    evidenceLevel: 'descriptive',
    startedOn: '2016-06-01',
    endedOn: '2018-05-31',
    contributorName: '晨桥和平倡议',
    updatedDaysAgo: 870,
  },
  {
    key: 'zh-huifan-funu-ertong-jieshou',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'restricted',
    language: 'zh',
    text: {
      title: '回返妇女和儿童的接收支持：亚太地区多国经验汇编',
      summary:
        '本条目汇总亚太地区几个国家接收从冲突地区回返的妇女和儿童的做法，重点是抵达后的头六个月：身份证件、心理支持、儿童入学和家庭团聚。',
      approach:
        '“亚太回返支持工作组”由来自四个国家的社工、心理工作者和律师组成，每季度召开一次线上会议，比较各地做法。典型流程包括：抵达后的健康和心理筛查；在法律程序进行的同时，为儿童安排临时照料和入学；为妇女提供个案管理，由一名社工协调证件、住房和家庭联系；在家属同意的情况下，由家庭联络员准备家庭接纳。各国对成年妇女的司法处理不同，有的起诉，有的直接进入社区康复计划；工作组不评价司法决定，只交流支持方法。',
      results:
        '工作组整理了68个个案的匿名经验。多数儿童在抵达后三个月内入学；妇女办理证件平均需要五个月。约五分之一的家庭拒绝接纳，需要替代安置。',
      measurement: '描述性资料，来自各国工作者填写的匿名个案摘要和季度会议记录，没有统一的评估。',
      lessons:
        '儿童首先是受害者，不能与成年人的安全评估混为一谈。机构之间的信息共享必须有明确的法律依据。社区对回返者的恐惧需要提前处理。',
      sustainability:
        '工作组依靠成员机构自愿投入，没有长期资金。汇编的流程可供其他国家参考，但必须根据各国法律调整。',
      resources: '一名兼职秘书；每年约两万美元用于会议和翻译；成员的时间由各机构承担。',
      legalFramework:
        '参照联合国关于回返的外国恐怖主义战斗人员及其家属的指导原则、《儿童权利公约》以及各国国内法。',
    },
    country: null,
    region: 'asia_pacific',
    facilityTypes: ['community'],
    themes: ['returnees', 'family_involvement', 'women'],
    targetGroups: ['returnees', 'families', 'women_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['social_worker', 'family_liaison', 'lawyer'],
    evidenceLevel: 'descriptive',
    startedOn: '2021-05-01',
    endedOn: null,
    contributorName: '亚太回返支持工作组',
    updatedDaysAgo: 90,
  },
  {
    key: 'zh-minjian-zuzhi-zhunru-liucheng',
    kind: 'tool_guidance',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '民间社会组织进入监狱的准入流程：分级许可、背景审查和入职培训',
      summary:
        '一份供监狱和民间社会组织共同使用的准入流程指南，把外部人员分为临时访客和常驻人员两级，规定审查、培训、证件和协调人。目的是让民间组织的工作可以预期，同时保障安全和保密。',
      approach:
        '指南由一所混合监狱的管理层与“同舟志愿服务联盟”在2019年共同起草，经过一年试行后修订。临时访客（例如一次性讲座的讲者）由工作人员陪同，使用当日通行证；常驻人员（例如每周开课的志愿者）须通过背景审查，完成一天的入职培训，签署安全与保密承诺，佩戴带照片的证件，审查每年更新一次。监狱指定一名管理人员担任民间组织协调人，每月召开一次协调会。指南写明民间组织不承担收集情报的任务，并把独立监督机构与提供服务的组织区分开来。',
      results:
        '实施后，新志愿者从申请到进入监狱的平均时间由约十周缩短为四周。两年内有23个组织、约190名志愿者按流程进入监狱。协调会减少了临时取消活动的情况。',
      measurement: '监狱记录申请和批准的时间、活动取消次数；协调人每年对合作组织进行一次满意度调查。',
      lessons:
        '最重要的是有一名有权限的协调人。要求民间组织报告在押人员言论的做法会破坏信任，应明确禁止。培训要面向双方：狱警也需要了解民间组织的角色。',
      sustainability: '流程已写入监狱的常规程序，不依赖项目资金；其他监狱可以直接改编使用。',
      resources: '一名兼职协调人，入职培训材料和证件制作费用；每年约一万新元。',
      legalFramework:
        '依据监狱条例中关于探访者和志愿者的规定，参照《曼德拉规则》第88条和第108条关于社区机构参与的要求。',
    },
    translations: [
      {
        language: 'ar',
        origin: 'machine_assisted',
        text: {
          title: 'إجراءات دخول منظمات المجتمع المدني إلى السجون: تصاريح متدرجة وتدقيق أمني وتدريب تمهيدي',
          summary:
            'دليل لإجراءات الدخول تستخدمه إدارة السجن ومنظمات المجتمع المدني معا، يقسم الأشخاص من خارج السجن إلى زوار عرضيين ومتدخلين منتظمين، ويحدد التدقيق والتدريب والبطاقات ومنسق الجمعيات. الهدف أن يكون عمل الجمعيات قابلا للتوقع مع ضمان الأمن والسرية.',
          approach:
            'صاغت إدارة سجن مختلط الدليل مع "تحالف التطوع المشترك" عام 2019، وعدلته بعد سنة من التجربة. يدخل الزوار العرضيون بمرافقة موظف وتصريح يومي، أما المتطوعون المنتظمون فيخضعون لتدقيق في السوابق يجدد سنويا، ويحضرون يوما تدريبيا تمهيديا، ويوقعون التزاما بقواعد الأمن والسرية، ويحملون بطاقة بصورة. يعين السجن مسؤولا للتنسيق مع الجمعيات ويعقد اجتماعا شهريا. ينص الدليل على أن الجمعيات لا تكلف بجمع المعلومات الاستخباراتية.',
        },
      },
    ],
    country: 'SG',
    region: 'asia_pacific',
    facilityTypes: ['mixed'],
    themes: ['cso_access', 'staff_training'],
    targetGroups: ['cso_practitioners', 'prison_staff'],
    preventionLevels: ['tertiary'],
    actors: ['prison_officer', 'mentor'],
    evidenceLevel: 'descriptive',
    startedOn: '2019-02-01',
    endedOn: null,
    contributorName: '同舟志愿服务联盟',
    updatedDaysAgo: 200,
  },
  {
    key: 'zh-tousuxiang-shensu-gaijin',
    kind: 'lesson_learned',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '投诉箱为什么没人用：改进在押人员申诉渠道的经验',
      summary:
        '一所混合监狱设立的投诉箱在第一年几乎没有收到投诉。调查发现，投诉箱位于监控镜头下，由狱警开启，在押人员担心遭到报复。改为用密封信件直接寄给独立探视委员会后，投诉的数量和质量都明显提高。',
      approach:
        '独立探视委员会与“公义之声法律援助中心”合作，先访谈了50名在押人员和20名工作人员，了解大家不用投诉箱的原因。随后做了三项改变：投诉信装入免费的密封信封直接寄给委员会，狱方不得拆阅；委员会成员每月两次到监狱，与在押人员私下谈话；每季度公布匿名的投诉处理统计。律师为委员会成员提供关于禁止报复和调查程序的培训。',
      results:
        '改变后的第一年收到142件投诉，前一年只有9件。主要类别是医疗、探视安排和工作人员态度。委员会跟进后，约四成投诉得到全部或部分解决。没有发现投诉人因投诉受到处分的记录，但不能完全排除非正式的报复。',
      measurement:
        '过程评估：比较改变前后的投诉数量和类别，并对两批在押人员进行匿名问卷，询问他们是否知道并信任申诉渠道。',
      lessons:
        '申诉渠道是否保密，比是否存在更重要。投诉增加不代表情况变坏，而是信任增加，管理层需要事先理解这一点。处理结果一定要告知投诉人。',
      sustainability: '密封信件和定期探视已写入委员会的工作规程；费用低，容易在其他监狱推行。',
      resources: '委员会成员为志愿者；信封和邮资每年约三千令吉；律师培训两天。',
      legalFramework:
        '依据《曼德拉规则》第56至57条关于请求和投诉的规定，以及第83至85条关于内部和外部检查的规定。',
    },
    country: 'MY',
    region: 'asia_pacific',
    facilityTypes: ['mixed'],
    themes: ['oversight_human_rights'],
    targetGroups: ['men_in_custody', 'women_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['lawyer'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2018-07-01',
    endedOn: null,
    contributorName: '公义之声法律援助中心',
    updatedDaysAgo: 520,
  },
  {
    key: 'zh-jiance-zhibiao-kuangjia',
    kind: 'tool_guidance',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '不只看出勤人数：康复项目的监测指标框架',
      summary:
        '一份帮助民间社会组织和监狱设计监测与评估指标的实用框架。它提醒项目不要只报告参加人数，而要看投入、过程、短期变化和长期结果，并说明每类指标的数据来源和局限。',
      approach:
        '框架由“明证评估工作坊”的三名评估人员在2022年编写，并在四次区域研讨会上与实务人员讨论修改。框架分为四层：投入（人员、时间、经费）；过程（参加、完成、质量、参加者反馈）；短期变化（态度、技能、家庭联系、违纪情况）；长期结果（就业、住房、再犯以及社区反应）。每个指标都附有定义、数据来源、收集频率和常见的误读。框架特别提醒“虚假顺从”的风险：参加和表态不等于改变。附录提供一份简短的基线问卷模板和个案回顾表。',
      results:
        '框架本身尚未经过评估。到目前为止，有11个组织在项目设计中使用了它，其中4个已按框架完成了第一轮基线调查。部分组织反映指标太多、问卷太长，需要简化；也有组织表示，框架帮助他们第一次向资助方说明了参加人数以外的结果。',
      measurement: '目前只收集了使用者的书面反馈和下载记录，尚未检验使用框架是否提高了评估质量。',
      lessons:
        '小型组织没有能力收集所有指标，应该先选三到五个核心指标。长期结果需要与监狱和社区矫正机构共享数据，这必须有协议和隐私保护。',
      sustainability: '框架以开放许可发布，可以翻译和改编；由工作坊的志愿者维护，更新不定期。',
      resources: '三名评估人员约两个月的工作量，研讨会费用约一万美元；模板免费使用。',
      legalFramework:
        '收集和共享个人数据须遵守各国的数据保护法律；参照《罗马备忘录》关于设定明确目标和成功衡量标准的建议。',
    },
    country: null,
    region: 'global',
    facilityTypes: ['mixed', 'community'],
    themes: ['monitoring_evaluation'],
    targetGroups: ['cso_practitioners', 'prison_staff'],
    preventionLevels: ['tertiary', 'secondary'],
    actors: ['teacher_trainer'],
    evidenceLevel: 'none',
    startedOn: '2022-03-01',
    endedOn: null,
    contributorName: '明证评估工作坊',
    updatedDaysAgo: 30,
  },
  {
    key: 'zh-zhiye-peixun-zaifan-pinggu',
    kind: 'evaluation',
    status: 'peer_reviewed',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '监狱职业技能培训与出狱后再犯：三所男子监狱的五年追踪评估',
      summary:
        '本评估追踪三所男子监狱职业技能培训的参加者出狱后三年的情况。参加者就业较好，再次入狱的比例略低，但与当地劳动力市场脱节的课程几乎没有效果。',
      approach:
        '评估由“暹罗司法研究所”的研究团队在2014年至2019年进行。培训包括电工、焊接、烹饪和农机维修，每门课程六个月，由职业学校的教师授课，每周五天。团队收集了1,120名出狱人员的资料，将参加者与条件相近但未参加的人进行比较，并访谈了雇主和缓刑官。评估还分析了各门课程与当地招聘需求的匹配程度。',
      results:
        '出狱后三年内，参加者再次入狱的比例为27%，对照组为33%。与当地需求匹配的课程（电工和烹饪）效果较明显；农机维修课程的参加者，就业率与对照组没有差异。获得正式职业证书的人就业比例更高。',
      measurement:
        '准实验设计，使用倾向评分匹配；数据来自监狱和法院记录、社保登记，以及对85名出狱人员和30名雇主的访谈。报告经过同行评审。',
      lessons:
        '课程应根据当地劳动力市场设计，并与出狱后的就业介绍衔接。证书上不应出现监狱名称。评估需要从项目开始就规划数据收集，否则很难找到对照组。',
      sustainability:
        '监狱部门根据评估关闭了两门课程，增加了与企业合作的学徒岗位。评估方法可供其他国家参考。',
      resources: '研究团队四人，五年总经费约三百万泰铢；数据共享需要与三个机构签订协议。',
      legalFramework:
        '依据国家矫正法中关于教育和职业培训的规定，参照联合国毒品和犯罪问题办公室关于监狱康复项目的路线图。',
    },
    country: 'TH',
    region: 'asia_pacific',
    facilityTypes: ['men'],
    themes: ['release_reintegration', 'monitoring_evaluation'],
    targetGroups: ['men_in_custody', 'released_people'],
    preventionLevels: ['tertiary'],
    actors: ['teacher_trainer', 'probation_officer'],
    evidenceLevel: 'evaluated_outcome',
    startedOn: '2014-01-01',
    endedOn: '2019-12-31',
    contributorName: '暹罗司法研究所',
    updatedDaysAgo: 950,
    peerReview: {
      reviewerName: '陈立群',
      reviewerAffiliation: '湄公河刑事司法评估中心',
      reviewedOn: '2020-02-10',
      conclusion:
        '准实验设计执行严谨，结论与数据相符；课程与劳动力市场匹配的分析对实务很有价值。资料已超过五年，建议更新。',
    },
  },
  {
    key: 'zh-zhaomu-jixiang-shibie',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '识别监狱内的招募迹象：不以宗教信仰作为风险指标的工作坊',
      summary:
        '面向狱警和监区管理人员的两天工作坊，帮助他们识别监狱内极端组织招募和施压的迹象，例如控制他人财物、孤立新入狱者或强迫参加活动，同时避免把正常的宗教实践视为危险信号。',
      approach:
        '工作坊由“群岛矫正学习网络”的培训师与一名宗教学者、一名心理学家共同主持，每期二十五人，已在五所男子监狱举办。内容包括：招募过程的常见阶段；监狱中的弱势群体（新入狱者、年轻人、被欺凌者）；可观察的行为迹象；如何记录和上报；以及如何保护受到压力的在押人员。宗教学者讲解常见的宗教实践，以减少误判。每期结束后，各监狱成立一个由狱警、心理工作者和社工组成的小组，每月讨论一次需要关注的情况。',
      results:
        '约280名工作人员参加。课后测验显示，能正确区分宗教实践与招募迹象的比例从52%提高到81%。监狱报告说，把新入狱者安排到更安全监区的情况增多。目前还没有关于招募是否减少的数据。',
      measurement: '课前课后测验、参加者反馈表，以及对三所监狱月度小组会议记录的描述性分析。',
      lessons:
        '如果培训只讲意识形态，容易导致对某一宗教群体的普遍怀疑。重点应放在行为和控制关系上。月度小组比一次性培训更有作用，但需要管理层给出时间。',
      sustainability: '监狱培训中心已将工作坊纳入年度计划。教材可以改编，但宗教实践部分需要由当地学者审核。',
      resources: '三名主讲人；每期约两千五百万印尼盾；案例手册和观察记录表。',
      legalFramework:
        '依据国家矫正法规，参照联合国毒品和犯罪问题办公室手册中不得以宗教或民族作为风险代理指标的原则。',
    },
    country: 'ID',
    region: 'asia_pacific',
    facilityTypes: ['men'],
    themes: ['prevention_in_prison', 'staff_training'],
    targetGroups: ['prison_staff'],
    preventionLevels: ['secondary'],
    actors: ['prison_officer', 'religious_scholar', 'psychologist'],
    evidenceLevel: 'descriptive',
    startedOn: '2018-08-01',
    endedOn: null,
    contributorName: '群岛矫正学习网络',
    updatedDaysAgo: 500,
  },
  {
    key: 'zh-shouhaizhe-xiufu-duihua',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '受害者与服刑人员的修复性对话：充分准备后的面谈',
      summary:
        '一个修复性司法项目：在受害者自愿的前提下，安排暴力犯罪的受害者或其家属与服刑人员进行有准备的面谈，也为不愿见面的受害者提供书信交流。项目以受害者的需要为中心，不以减刑为条件。',
      approach:
        '“和解之路服务社”的受害者权益倡导者和两名受过训练的调解员负责项目。双方各自接受至少三次准备会谈，由调解员评估是否适合见面；受害者可以随时决定停止。面谈在监狱内的安静房间进行，由调解员主持，心理工作者在场待命。不适合面谈的，可以由调解员转交书信或录音。服刑人员在准备阶段参加一个八周的小组，讨论暴力的后果和个人责任。',
      results:
        '2019年至2023年共有61名服刑人员参加准备小组，完成了27次面谈和19次书信交流。访谈显示，多数受害者表示得到了想要的答案，也有三人表示面谈让他们更难受。服刑人员在承担责任量表上的得分有所提高。',
      measurement:
        '由调解员以外的研究人员对受害者和服刑人员进行面谈后访谈；服刑人员在小组前后填写责任感和同理心量表。',
      lessons:
        '准备工作比面谈本身更重要。绝不能让受害者觉得自己被利用来帮助服刑人员康复。与极端组织有关的案件，需要额外的安全评估和更长的准备时间。',
      sustainability:
        '项目于2023年结束，一家受害者服务机构已采用其准备流程，并继续提供书信交流。可在有受训调解员的地方推广。',
      resources: '一名受害者权益倡导者、两名调解员、一名心理工作者；每年约一百五十万比索。',
      legalFramework: '参照联合国关于在刑事事项中采用修复性司法方案的基本原则，以及国家的受害者保护法律。',
    },
    country: 'PH',
    region: 'asia_pacific',
    facilityTypes: ['men'],
    themes: ['disengagement', 'community_acceptance'],
    targetGroups: ['victims', 'men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['victims_advocate', 'psychologist'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2019-01-15',
    endedOn: '2023-12-31',
    contributorName: '和解之路服务社',
    updatedDaysAgo: 260,
  },
  {
    key: 'zh-jingshen-jiankang-shaicha-zhuanjie',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'restricted',
    language: 'zh',
    text: {
      title: '精神健康需求的筛查与转介：从入狱评估到出狱衔接',
      summary:
        '在一所混合监狱中，所有新入狱者在一周内接受简短的精神健康筛查，筛查阳性者转介给心理健康团队，出狱前再与社区精神健康服务衔接。',
      approach:
        '由监狱医疗部门与“安澜心理健康服务”合作实施。入狱时由受过训练的护士使用简短筛查表，阳性者在两周内接受心理健康工作者的评估。团队为有需要的人制定照护计划，包括药物、心理辅导和监区安排。风险与需求评估会议邀请心理健康工作者参加，以免把精神疾病的症状误判为极端主义风险。出狱前一个月，社工联系社区诊所预约首次就诊，并为本人准备药物和病历摘要。',
      results:
        '两年内筛查了2,480人，约18%被转介评估。出狱后一个月内按时到社区诊所就诊的比例从约三成提高到62%。工作人员反映，个案会议对精神健康问题的理解有所改善。',
      measurement: '过程评估：筛查和转介记录、社区诊所的就诊登记，以及对15名工作人员的访谈。',
      lessons:
        '筛查只有在有人接手时才有意义，否则只会增加名单。精神疾病本身不应被视为风险。与社区服务共享资料需要本人同意。',
      sustainability: '筛查已成为入狱程序的一部分；社区衔接依靠合作协议，每两年需要续签。',
      resources: '两名心理健康工作者、一名社工，护士培训一天；每年约二十万新元。',
      legalFramework: '依据《曼德拉规则》第24至35条关于医疗保健的规定，以及国家精神健康相关法律。',
    },
    country: 'SG',
    region: 'asia_pacific',
    facilityTypes: ['mixed'],
    themes: ['risk_needs_assessment', 'release_reintegration'],
    targetGroups: ['mental_health_needs'],
    preventionLevels: ['tertiary'],
    actors: ['mental_health_worker', 'social_worker'],
    evidenceLevel: 'evaluated_process',
    startedOn: '2020-06-01',
    endedOn: null,
    contributorName: '安澜心理健康服务',
    updatedDaysAgo: 75,
  },
  {
    key: 'zh-shequ-duihuahui-huigui',
    kind: 'good_practice',
    status: 'inspiring',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '出狱前的社区对话会：让接收社区参与回归准备',
      summary:
        '在出狱人员将要回到的社区里，由社区领袖和社工召开小型对话会，讨论居民的担忧、回归者的需要和社区能提供的支持。项目刚刚开始，尚无评估证据。',
      approach:
        '“邻里共融协会”在三个社区试行，每个社区由一名社区领袖、一名社工和一名缓刑官组成协调小组。有人即将出狱回到社区时（须本人和家属同意），小组先与家属见面，再邀请宗教场所、学校和商户的代表参加一次闭门对话会。对话会不透露出狱人员的身份细节，只讨论一般性的担忧和支持方式，例如工作机会、青年活动和误解的处理。对话会每季度一次，也向一般居民开放，讨论社区安全和青少年的预防工作。',
      results:
        '2023年以来共举办14次对话会，约300名居民参加。有6家商户表示愿意提供试工机会。目前没有系统地收集结果，项目计划从2025年开始使用简单的前后问卷。',
      measurement: '目前只有参加人数和会议记录；计划使用居民态度的前后问卷，并访谈出狱人员。',
      lessons:
        '不能把对话会变成对个人的公开审判，隐私保护必须放在第一位。社区领袖的参与能提高出席率，但也要避免只邀请同一批人。',
      sustainability: '依靠协会的志愿者和小额捐款；如果纳入地方政府的社区计划，会更容易持续。',
      resources: '一名兼职社工、志愿的社区领袖；每次对话会约五百令吉的茶点和场地费用。',
      legalFramework: '依据国家关于假释和出狱人员监督的规定，并遵守个人资料保护法律。',
    },
    country: 'MY',
    region: 'asia_pacific',
    facilityTypes: ['community'],
    themes: ['community_acceptance', 'release_reintegration'],
    targetGroups: ['communities', 'released_people'],
    preventionLevels: ['primary', 'secondary'],
    actors: ['community_leader', 'social_worker', 'probation_officer'],
    evidenceLevel: 'none',
    startedOn: '2023-04-01',
    endedOn: null,
    contributorName: '邻里共融协会',
    updatedDaysAgo: 10,
  },
  {
    key: 'zh-waiji-zaiya-fanyi-zhiyuanzhe',
    kind: 'good_practice',
    status: 'in_review',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '外籍在押人员的语言和领事支持：翻译志愿者网络',
      summary:
        '为不懂当地语言的外籍在押人员提供口译志愿者、翻译好的监狱规则和领事联系协助，使他们能够理解规则、参加项目和提出申诉。',
      approach:
        '“多语桥志愿翻译社”招募懂缅甸语、越南语、孟加拉语等语言的志愿者，经过背景审查和一天的保密培训后，每周两次到一所混合监狱提供口译。监狱规则和申诉程序已翻译成八种语言，在入狱时发放。社工协助在押人员联系本国领事馆，并为家属安排远程探视。志愿者不得参与纪律调查的翻译，以免角色冲突；这类情况使用专业口译员。',
      results:
        '一年内为约160名外籍在押人员提供服务。外籍人员参加教育项目的人数从11人增至37人。因语言问题无法处理的申诉明显减少。',
      measurement:
        '描述性资料：协调员的服务登记、教育项目的参加名单，以及实施前后一年申诉记录中因语言问题未能处理的件数比较。',
      lessons:
        '志愿者流动性大，需要持续招募。有些语言找不到志愿者，只能使用电话口译。联系领事馆须尊重本人意愿，有些人不希望通知本国。',
      sustainability: '监狱承担培训和材料费用，志愿者网络由社团维持；可在外籍人员较多的监狱复制。',
      resources: '一名协调员、约25名志愿者；翻译材料的一次性费用约一万五千令吉。',
      legalFramework: '依据《维也纳领事关系公约》第36条，以及《曼德拉规则》第55条和第62条。',
    },
    country: 'MY',
    region: 'asia_pacific',
    facilityTypes: ['mixed'],
    themes: ['cso_access', 'oversight_human_rights'],
    targetGroups: ['foreign_nationals'],
    preventionLevels: ['tertiary'],
    actors: ['social_worker'],
    evidenceLevel: 'descriptive',
    startedOn: '2024-01-08',
    endedOn: null,
    contributorName: '多语桥志愿翻译社',
    updatedDaysAgo: 5,
  },
  {
    key: 'zh-shaonian-zuqiu-daoshi',
    kind: 'good_practice',
    status: 'in_review',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '社区青少年足球与导师计划：面向辍学和边缘青少年的预防',
      summary:
        '在城市边缘社区为辍学和有违法风险的青少年开展每周的足球训练和导师谈话，帮助他们建立积极的同伴关系和个人目标。',
      approach:
        '“绿茵少年服务中心”的两名社工和八名志愿教练每周组织三次训练，每次训练后有二十分钟的小组谈话，内容涉及冲突处理、网络上的暴力和极端内容、学业和家庭。每名青少年配对一名导师，每月至少单独见面一次。家长每季度参加一次活动。服务对象由学校、社区和少年司法机构转介，也接受自愿报名。',
      results:
        '一年内有72名青少年参加，其中51人坚持超过六个月。19名辍学者中有8人重返学校或参加职业培训。没有对照组，结果仅作描述。',
      measurement:
        '社工整理的出勤记录、导师每月的个案记录，以及学期开始和结束时由青少年填写的简短问卷（自尊、同伴关系和上学意愿）。',
      lessons:
        '体育是吸引青少年的入口，但关键在于导师关系的稳定。教练需要接受儿童保护培训。不应给参加者贴上“高风险”的标签。',
      sustainability: '依靠地方社区基金的年度资助，场地由学校免费提供；适合在有运动场地的社区推广。',
      resources: '两名社工、八名志愿教练；每年约十二万元人民币，包括器材、保险和交通费用。',
      legalFramework: '依据国家未成年人保护和预防未成年人犯罪的相关法律中关于社会参与的规定。',
    },
    country: 'CN',
    region: 'asia_pacific',
    facilityTypes: ['community'],
    themes: ['juveniles', 'community_acceptance'],
    targetGroups: ['juveniles', 'communities'],
    preventionLevels: ['primary', 'secondary'],
    actors: ['social_worker', 'mentor'],
    evidenceLevel: 'descriptive',
    startedOn: '2025-03-01',
    endedOn: null,
    contributorName: '绿茵少年服务中心',
    updatedDaysAgo: 8,
  },
  {
    key: 'zh-renzhi-jineng-kecheng-shiyong',
    kind: 'good_practice',
    status: 'changes_requested',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '认知行为技能课程在高度戒备监区的试用',
      summary:
        '在高度戒备监区为因暴力犯罪服刑的男性试用一个十六节的认知行为技能课程，内容包括问题解决、情绪调节和换位思考。课程仍在试用阶段，结果尚未评估。',
      approach:
        '两名心理学家每周两次在监区内授课，每组最多六人；由于安全规定，授课在隔着栏杆的教室进行。课程根据一般暴力犯罪者的认知技能课程改编，加入了关于群体认同和“我们与他们”思维的单元。参加者由个案会议推荐，本人同意后参加。每节课后，心理学家填写观察记录，每四节课后与监区主管开会一次。',
      results:
        '第一轮有11人开始，7人完成。参加者和狱警都反映课堂气氛比预期好。由于人数少且没有评估设计，目前不能对效果下结论。',
      measurement:
        '目前只有出勤记录和心理学家的课堂观察记录；计划在下一轮使用标准化的前后量表，并收集监区的违纪记录作为参考。',
      lessons:
        '隔着栏杆授课影响讨论和信任，应争取更合适的教室。改编课程需要获得原作者的授权。需要说明课程记录与风险评估报告之间的关系。',
      sustainability:
        '取决于监狱能否为心理学家安排固定的工作时间，并解决课程授权问题；目前完全依靠一个两年期的项目资金。',
      resources: '两名心理学家，每周约六小时；课程材料的授权费用尚未确定。',
      legalFramework: '依据监狱条例中关于高度戒备监区管理的规定，以及在押人员自愿参加康复项目的原则。',
    },
    country: 'TH',
    region: 'asia_pacific',
    facilityTypes: ['men'],
    themes: ['disengagement'],
    targetGroups: ['men_in_custody'],
    preventionLevels: ['tertiary'],
    actors: ['psychologist'],
    evidenceLevel: 'none',
    startedOn: '2024-09-01',
    endedOn: null,
    contributorName: '湄南矫正培训中心',
    updatedDaysAgo: 20,
  },
  {
    key: 'zh-chuyu-anzhi-qingdan',
    kind: 'tool_guidance',
    status: 'draft',
    visibility: 'public',
    language: 'zh',
    text: {
      title: '出狱前安置计划清单（草稿）',
      summary:
        '一份供社工和缓刑官在出狱前三个月使用的安置计划清单，涵盖身份证件、住房、就业、家庭、健康、债务和监督条件等领域。',
      approach:
        '清单按出狱前九十天、六十天、三十天和出狱当天四个时间点排列。每个领域列出需要确认的事项、负责人和转介机构，例如出狱前九十天申请补办身份证件，六十天前确认住房，三十天前安排首次报到和医疗预约。清单要求与本人共同填写，并记录本人的意愿和担忧。涉及受害者的案件，清单提醒核查居住地限制和受害者的安全安排。目前正在两所监狱的社工中征求意见。',
      results:
        '清单尚未正式使用。目前正在收集两所监狱十名社工和三名缓刑官的书面意见，初步反馈集中在清单长度、与现有文书的重复，以及出狱当天的交接安排。',
      measurement: '计划在试用期间记录各项事项在出狱前完成的比例，并比较试用前后的出狱档案。',
      lessons:
        '初步意见认为清单过长，需要区分必需事项和可选事项，并为女性和未成年人增加专门的提示。清单不能变成只打勾的表格，每一项都要写明由谁负责、何时完成。',
      sustainability: '如果试用顺利，计划纳入社区矫正机构的标准文书，并提供给合作的民间组织使用。',
      resources: '一名社工督导编写，约三周工作量；试用阶段没有额外费用。',
      legalFramework: '依据社区矫正和出狱人员帮扶的相关规定。',
    },
    country: 'CN',
    region: 'asia_pacific',
    facilityTypes: ['community'],
    themes: ['release_reintegration'],
    targetGroups: ['released_people'],
    preventionLevels: ['tertiary'],
    actors: ['social_worker', 'probation_officer'],
    evidenceLevel: 'descriptive',
    startedOn: '2026-01-05',
    endedOn: null,
    contributorName: '新程就业互助会',
    updatedDaysAgo: 3,
  },
];
