import type { EventKind, PartnershipKind, PartnershipStatus } from "@accord/domain";
import { type Cue, cue } from "./cue.ts";

/** Words that say what kind of cooperation a sentence reports, most specific first. */
const KIND_SOURCES: readonly [PartnershipKind, RegExp][] = [
  [
    "joint-lab",
    /\b(joint|co-?founded|shared|international)\s+(research\s+)?(laborator(y|ies)|labs?)\b|\b(co-?found|open|establish|launch|set up|creat)\S*\s+(an?\s+|the\s+)?(\S+\s+){0,3}research\s+cent(er|re)s?\b|\bjoint\s+research\s+cent(er|re)s?\b|\blaborator(y|ies)\b.{0,40}\bjointly\b|\b(laborator(y|ies)|labs?)\b[^.;]{0,40}\b(set up|established|founded|created|opened|launched|built)\s+(jointly\s+)?by\b|联合实验室|共建实验室|联合研究中心|联合中心|实验室由[^，。；]{0,40}(共建|合建|共同建设|联合建设|共同组建|联合组建|共同成立|联合成立)|совместн(ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)\s+(с\s+)?(\S+\s+){0,2}лаборатори|лаборатори\S*/iu,
  ],
  [
    "joint-program",
    /\b(summer|winter|spring|autumn) (school|camp|course)s?\b|夏令营|冬令营|暑期学校|летн\S* школ|зимн\S* школ/iu,
  ],
  [
    "joint-institute",
    /\bjoint\s+(institute|school|college|cent(er|re)|campus|university)s?\b|\bconfucius institute\b|институт\S*\s+конфуция|\b(co-?found|open|establish|launch|set up|creat|inaugurat|unveil)\S*\s+(an?\s+|the\s+)?(\S+\s+){0,3}(institute|school|college|cent(er|re)|campus|branch)\b|\b(institute|cent(er|re)|school|college)\s+((was|has been|had been)\s+)?(set up|established|founded|created|opened|launched)\s+(jointly\s+)?(by|with)\b|(институт|центр|школ)\S*\s+(был\S*\s+)?(открыт|создан|учрежд[её]н)\S*\s+(совместно|вместе)\s+с|联合研究院|联合研究生院|联合学院|\b(sino|russian|chinese|china|russia)[-–](russian|chinese|china|russia)\s+(\S+\s+){0,2}(institute|cent(er|re)|college|campus)s?\b|合作办学机构|孔子学院|合作举办[^，。；]{0,12}(学院|研究院|大学)|(中外|中俄)合作大学|(共建|合建|联合建立|联合成立|共同建设|共同成立|合作设立|合作建立|联合设立)[^，。；]{0,16}(学院|研究院|研究生院|中心|校区|分校)|(学院|研究院|研究生院|中心|校区|分校)由[^，。；]{0,40}(共建|合建|共同建设|联合建设|共同创办|联合创办|共同成立|联合成立|合作设立|联合设立|共同组建|联合组建)|(открыт|открыл|открыва|учреди|учрежд|созда)\S*\s+(\S+\s+){0,3}(институт|школ|колледж|центр|кампус|филиал)|(совместн(ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)|российско-китайск\S*|китайско-российск\S*)\s+(с\s+)?(\S+\s+){0,2}(институт|центр|школ|университет|колледж)/iu,
  ],
  [
    "joint-program",
    /\b(joint|double|dual|cooperative|co-?operation|educational|degree|training)\s+(\S+\s+){0,3}(programs?|programmes?)\b|\b(double|dual|joint)[- ]degrees?\b|\b(master'?s|bachelor'?s|doctoral|ph\.?d\.?|graduate|undergraduate)\s+(degree\s+)?(programs?|programmes?)\b|\b\d\s?\+\s?\d\s+(\S+\s+){0,2}(programs?|programmes?|model|scheme)\b|\bjoint(ly)?\s+(train|run|cultivat|educat|supervis)\S*|\bco-?supervis\S*|\bprograms?\b.{0,60}\bjointly\s+run\b|(联合|合作)(人才|学生|研究生|博士生|硕士生|本科生)?培养|双(硕士|博士|学士)?学位|合作举办[^，。；]{0,24}(项目|专业)|合作办学|联合办学|合作项目|[“"]?\d\s?\+\s?\d[”"]?(联合)?(培养|项目|模式|本科|硕士)|(образовательн|магистерск|совместн|сетев)\S*\s+(\S+\s+){0,2}программ|двойн\S*\s+диплом|программ\S*\s+[«"“]?\d\s?\+\s?\d|совместн\S*\s+(подготовк|обучени)|программ\S*\s+(\S+\s+){0,2}(бакалавриат|магистратур|аспирантур)/iu,
  ],
  [
    "alliance",
    /\balliance\b|\bconsortium\b|\bassociation\b|\bnetwork university\b|\bunion of\b|联盟|协会|ассоциаци|альянс|консорциум|союз/iu,
  ],
  [
    "mou",
    /\bmemorand(um|a)\b|\bmou\b|\bletters? of intent\b|备忘录|意向书|меморандум|(соглашени|протокол)\S*\s+о\s+намерени/iu,
  ],
  [
    "agreement",
    /\bagreements?\b|\bcontracts?\b|\baccords?\b|\broad ?maps?\b|\b(cooperation|action)\s+plans?\b|\bplans?\s+(for|of)\s+(\S+\s+){0,2}cooperation\b|合作计划|行动计划|план\S*\s+(сотрудничества|действий)|\b(the|a) document was signed\b|协议|合同|签约|路线图|дорожн\S*\s+карт|\b(sign|seal|ink|str(uck|ike)|reach|clinch)\S*\s+(\S+\s+){0,2}deals?\b|соглашени|договор(?!ил)|документ\S*\s+(\S+\s+){0,2}подписа|подписа\S*\s+(\S+\s+){0,2}документ/iu,
  ],
  [
    "research-project",
    /\b(joint|collaborative|cooperative)\s+(\S+\s+){0,2}(research|stud(y|ies)|projects?|investigations?)\b|\bresearch\s+(projects?|cooperation|collaboration)\b|\bresearching\b|科研合作|联合研究(?!生|院)|合作研究|联合科研|(联合|共同|合作)开展[^，。；]{0,6}研究|совместн\S*\s+(\S+\s+){0,2}(проект|исследовани|публикаци|стат[ьеия])|\bjoint\s+(publications|papers|articles)\b|联合发表|合作发表/iu,
  ],
  [
    "exchange",
    /\bexchanges?\b|\bexchanged\s+(\S+\s+){0,2}(students|faculty|scholars|staff|researchers|teachers|professors|members)\b|\bmobility\b|\bvisiting (students|scholars|professors)\b|(?<!(进行|展开|深入|广泛|友好|充分|坦诚|成效)[了的]?)交流|互访|交换(?!了?意见)|互换(?!了?意见)|互派|обмен|мобильност|стажировк|включенн\S*\s+обучени/iu,
  ],
  [
    "other",
    /\bcooperat\S*|\bcollaborat\S*|\bpartner(ship|s)?\b|\btalks?\b|\bmet\b|\bmeeting\b|\bvisit\S*|\bdelegations?\b|\bhost(ed|s|ing)\b|合作|会谈|会见|会晤|拜会|访问|来访|座谈|代表团|сотруднича\S*|сотрудничеств|партнёр|партнер|переговор|визит|встреч|встрет\S*|посетил\S*|посещени\S*|делегаци\S*/iu,
  ],
];

/** Words that say where the cooperation stands, checked in this order. */
const STATUS_SOURCES: readonly [PartnershipStatus, RegExp][] = [
  ["approved", /\bapprov\S*|批准|获批|одобр\S*|утвержд\S*/iu],
  [
    "signed",
    /\bsign(s|ed|ing)?\b|\bconclud\S*|\binked\b|\bseal(s|ed)\b|\bfinali[sz]ed\b|\bentered into\b|\brenew(s|ed)\b|签署|签订|签约|签字|续签|续约|подписал\S*|подписан\S*|заключил\S*|продлил\S*/iu,
  ],
  [
    "launched",
    /\blaunch\S*|\bopen(s|ed|ing)\b|\binaugurat\S*|\bunveil\S*|\bestablish(ed|ment)\b|\bset up\b|\bfounded\b|\bcreated\b|\bstarted\b|\bkicked off\b|\bwelcom\S*\s+(its\s+|the\s+)?first\s+(cohort|intake|students|class)\b|\binitiated\b|启动|揭牌|成立|开幕|迎来首批|首批[^，。；]{0,12}(入学|开学|报到)|建立|设立|开设|落成|创办|创建|创立|组建|открыл\S*|открыт\S*|создал\S*|создан(?!и[еяюи]|ием)\S*|запуст\S*|приступил\S*|начал(и|ось|ась|ся)?(?![а-яё])|стартова(л|ла|ли|ло)(?![а-яё])/iu,
  ],
  [
    "planned",
    /\bwill\b|\bplan(s|ned|ning)?\b|\bintend\S*|\baim(s|ed)? to\b|\bagreed to\b|\bgoing to\b|\bpropos\S*|\bprepar\S*|\bto be\b|\bexpect\S*|\bhope\S*|\bwould\b|\bshall\b|将|计划|拟|希望|愿(?!景)|期待|有望|(双方|两校|各方)(还|也|一致)?(同意|决定)|(?<!并)(商定|约定)|планиру\S*|намерен\S*|будут|будет|рассматрива\S*/iu,
  ],
  [
    "discussed",
    /\bdiscuss\S*|\breach(ed|es)?\s+(a\s+|an\s+)?(consensus|understanding)\b|\btalks?\b|\bexplor\S*|\bnegotiat\S*|\bconsider\S*|\bexchanged views\b|\bmet\b|\bmeeting\b|探讨|商讨|会谈|讨论|会见|会晤|座谈|达成共识|达成一致|交换了?意见|就[^，。；]{1,40}?(进行|展开|开展)了?(深入|广泛|友好)?的?(交流|沟通|研讨)|议题|обсудил\S*|обсужд\S*|переговор\S*|встрет\S*|встреч\S*/iu,
  ],
  [
    "ongoing",
    /\bhave been\b|\bhas been\b|\bcontinu\S*|\blong-standing\b|\bfor (many|several) years\b|\bsince\b|\bcurrently\b|\bongoing\b|\bmaintain\S*|\balready\b|\bexisting\b|\bare (working|engaged|researching|collaborating)\b|\bis (working|researching)\b|持续|一直|多年|长期|поддерживает|продолжа\S*|уже|на протяжении|многолетн\S*|давн\S*|сотруднича(ет|ют)/iu,
  ],
];

/** Talk of starting something: what it starts is discussed, not launched ("discussed launching a programme"). */
export const DISCUSSED_ACTION = cue(
  /\b(discuss|consider|explor|negotiat)\S*\s+(the\s+)?(possibility\s+of\s+|prospects?\s+(of|for)\s+)?(launch|establish|open|creat|set\S*\s+up|introduc)\S*|\b(possibilit(y|ies)|prospects?|feasibility)\s+(of|for)\s+(launch|establish|open|creat|set\S*\s+up|introduc)\S*|обсуд\S*\s+(\S+\s+){0,2}(создани|открыти|запуск|организаци)|(перспектив|возможност)\S*\s+(создани|открыти|запуск|организаци)|(探讨|商讨|讨论|磋商)了?(共建|设立|建立|成立|开设|启动)|就(共建|设立|建立|成立|开设|启动)[^，。；]{0,24}(进行|展开)了?(深入|广泛)?的?(探讨|讨论|交流|磋商)/iu,
);

/** Words that put a sentence in the future: with no past form beside them the cooperation is planned. */
export const FUTURE = cue(
  /\bwill\b|\blook(s|ed|ing)? forward to\b|\bhop(e|es|ed|ing) to\b|\b(ready|willing|keen|eager) to\b|\bwould like to\b|\bwould\s+(jointly\s+|also\s+|soon\s+)?(launch|open|establish|create|set up|start|sign|introduce|offer|develop|hold|host|build)\b|\bexpress(ed|es)? (the |their |his |her )?(hope|willingness|readiness|desire|intention)\b|\bplan(s|ned|ning)? to\b|\bintend\S* to\b|\baim(s|ed)? to\b|\bagreed\s+(\S+\s+){0,3}?to\s+(?!the\b|a\b|an\b)|\bto (launch|open|establish|create|set up|start|introduce|offer)\b|\bgoing to\b|\bto be (launched|opened|established|signed|created)\b|\bshall\b|将|计划|拟|(?<!不)(同意|决定)(共同|联合)?(建立|成立|开展|共建|设立|开设|启动|举办|签署|互派)|希望|愿(?!景)|期待|期望|有望|力争|打算|планиру\S*|намерен\S*|надежд\S*|надеются|надеется|готов[аы]?(?![а-яё])|хотели бы|хотел бы|будут|будет|пройд(ет|ут)|состоится|состоятся|проведут|откроют|подпишут|создадут|запустят|организуют|начнут|начн[её]тся|начнутся|стартует|стартуют|договорил\S* о (создании|открытии|запуске|подготовке|разработке|проведении|развитии|расширении|реализации|совместн\S*)|договорил\S* об (открытии|организации|обмене|обменах)|(договорил|условил|решил|согласил)(и|ись|ась|ся)\s+(\S+\s+){0,3}?[а-яё]+(ть|ти)(?![а-яё])|откро\S*|запуст(ит|ят)|созда(ст|дут)|подпиш\S*/iu,
);
/** Past forms that keep a sentence in the past even beside "will" ("have agreed to" looks ahead). */
export const PAST = cue(
  /\b(signed|launched|opened|inaugurated|unveiled|established|founded|created|started|approved|concluded|held|was|were)\b|\b(has|have|had)\b(?!\s+(agreed|decided|planned|pledged|promised|resolved|vowed)\b)|了|已|签署|签订|签约|揭牌|举行|подписал\S*|открыл\S*|создал\S*|запустил\S*|утвердил\S*|одобрил\S*/iu,
);

/**
 * A reference to an instrument already named ("under the agreement"), or to one signed before ("в рамках соглашения,
 * подписанного в 2023 году"): what it frames is the news, not a new instrument, and the words of its signing are not.
 */
export const UNDER_INSTRUMENT = new RegExp(
  [
    String.raw`\b(under|according to|in line with|within the framework of|as part of|in accordance with|pursuant to|on the basis of) (the|this|that|their|an?) (\S+\s+){0,2}?(memorand(um|a)( of understanding)?|agreements?|mou|accords?)\b(,?\s+((that|which) (was|were) )?(signed|concluded|reached)\b[^,.;:!?]*)?`,
    "根据(协议|备忘录|合作协议|合作备忘录)",
    "在(协议|备忘录)框架下",
    String.raw`((в рамках|на основании|на основе) (\S+\s+){0,2}?(соглашени[яй]|меморандум(а|ов)|договор(а|ов))|согласно (\S+\s+){0,2}?(соглашению|меморандуму|договору))(,?\s+(подписанн(ого|ому|ых)|заключ[её]нн(ого|ому|ых))(?![а-яё])[^,.;:!?]*)?`,
  ].join("|"),
  "giu",
);
/** An instrument signed to create something: "signed an MoU to establish a joint centre". */
export const TO_CREATE = cue(
  /\b(to|on|for) (establish|create|set up|launch|open|build|develop|offer|start|introduce|the establishment of|the creation of|establishing|creating|setting up|launching|opening)\b|\b(establishing|creating|setting up|launching)\b|共建|设立|建立|成立|开设|开办|о создании|об открытии|о запуске|о развитии|по (созданию|открытию|запуску|организации)/iu,
);

/** Words that say a dated happening took place, with its kind. */
const EVENT_SOURCES: readonly [EventKind, RegExp][] = [
  ["signing", /\bsign(ed|ing)\b|签署|签订|подписал\S*|подписан\S*/iu],
  ["approval", /\bapprov\S*|批准|одобр\S*/iu],
  ["ceremony", /\bceremony\b|\bunveil\S*|\binaugurat\S*|仪式|揭牌|церемони/iu],
  ["online-talk", /\bonline\b|\bvideo ?conferenc\S*|\bvirtual\b|线上|视频会议|онлайн|видеоконферен/iu],
  ["forum", /\bforum\b|\bconference\b|\bsymposium\b|\bsummit\b|论坛|会议|форум|конференци/iu],
  ["visit", /\bvisit\S*|\bdelegation\b|\btoured\b|访问|来访|代表团|визит\S*|делегаци\S*|посетил\S*/iu],
  ["meeting", /\bmet\b|\bmeeting\b|\btalks\b|会谈|会见|встреч\S*|переговор\S*/iu],
];

/** Phrases that stand for the two partners of the story: "the two universities", "双方", "the guests" (who talk with their hosts). */
export const PAIR_REFERENCE = cue(
  /\b(the|both|two)\s+(two\s+)?(universities|institutes|colleges|academies|sides|parties|institutions|schools|partners|organi[sz]ations|countries' universities)\b|\b(both|two)\s+(founding|partner|participating|sister)\s+(universities|institutions|schools|partners)\b|\bboth\b|\beach other\b|双方|两校|两所大学|стороны|обе стороны|вузы|университеты|(?<!(?<!обо)(ими|ыми|ым|им|их|ых)\s)(вуз|университет)(ами|ам|ах)(?![а-яё])|(двух|обоих|обеих|оба|обе)\s+(вуз|университет|сторон|партн[её]р)|(китайск|российск)\S*\s+((вуз|университет|партн[её]р)(?!ами|ах|ам|ы|ов)|сторон)|\bthe\s+(chinese|russian)\s+(side|university|partner)\b|\bthe guests\b|(?<![а-яё])гости(?![а-яё])/iu,
);

/** Phrases for the publishing organization: "our university", "我校". */
export const SELF_REFERENCE = cue(/\bour (university|school|institute|college)\b|我校|本校|наш (университет|вуз)/iu);

/** Words that say what kind of cooperation a sentence reports, most specific first. */
export const KIND_CUES: readonly [PartnershipKind, Cue][] = KIND_SOURCES.map(([k, re]) => [k, cue(re)]);
/** Any kind but "other" (talks, visits, cooperation in general): one search rules them all out for most sentences. */
export const SPECIFIC_KIND = cue(
  new RegExp(
    KIND_SOURCES.filter(([k]) => k !== "other")
      .map(([, re]) => re.source)
      .join("|"),
    "iu",
  ),
);
/** Words that say where the cooperation stands, checked in this order. */
export const STATUS_CUES: readonly [PartnershipStatus, Cue][] = STATUS_SOURCES.map(([k, re]) => [k, cue(re)]);
/** Words that say a dated happening took place, with its kind. */
export const EVENT_CUES: readonly [EventKind, Cue][] = EVENT_SOURCES.map(([k, re]) => [k, cue(re)]);
