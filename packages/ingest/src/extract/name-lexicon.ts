/** Chinese surnames in pinyin, the usual single- and double-syllable ones. */
export const CHINESE_SURNAMES = new Set(
  (
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han " +
    "feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng wei su lu lyu lv ding ren shen yao cui " +
    "zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao " +
    "gong shao wan qian dai mo kong xiang chang wen kang niu qi zhen huai miao chao an ou ge lou rao zhan bao ji nie ni " +
    "geng yue zhai mu shang le zhuang cen ouyang sima zhuge situ yi bi hong lan mei sheng shan shu tong wei xing zhi " +
    "zhuo zuo ai ba bo che chu cong dang di diao fei gan guan gui hang hua huo jian jiao jing ju kou kuang lai lang " +
    "lian ling man ning pang pei pu quan rong ruan sang sha shou si tu wo xi xin yong you zang zha zhan zhuo " +
    "ran teng ke bu ming bian min mai chi mi sui kan zu zong gou heng qu jie gai ying shangguan huangfu dongfang"
  ).split(" "),
);

/** Chinese surnames in characters, for names in Chinese text. */
export const CHINESE_SURNAME_CHARS = new Set([
  ...("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程魏苏吕丁任沈姚卢崔钟谭范金石廖贾夏傅方白邹孟熊秦邱尹薛闫段雷侯龙陶顾毛郝龚邵万钱戴莫孔向汤常温康施牛齐甄怀苗晁安欧葛楼饶詹鲍纪聂倪耿岳翟穆尚乐庄岑易毕洪兰梅盛单舒童邢祝卓左艾柏车储丛党狄刁费甘关桂杭华霍简焦井鞠寇匡赖郎廉凌满宁庞裴蒲全荣阮桑沙寿司涂沃奚辛雍游臧查占卓彭陆" +
    "姜严武贺阎黎殷包俞鲁韦申冉伍覃房佟祁宫戚滕谷符柯管卜边卞古喻褚蓝闵麦靳胥荆隋阚粟巩祖樊鄢萧晏苟衡郁娄邬虞裘屈颜骆蔺丘巫苑逯姬揭郜"),
]);

/** Given names common in Russian, Kazakh and English-language texts, in Latin script. */
export const GIVEN_NAMES = new Set(
  (
    "aleksandr alexander alexandr aleksey alexey alexei andrey andrei anna anton artem artyom boris vadim valentin " +
    "valery valeriy vasily vasiliy victor viktor victoria viktoria vladimir vladislav vyacheslav gennady gennadiy " +
    "georgy georgiy gleb grigory denis dmitry dmitri dmitriy evgeny evgeniy yevgeny evgenia evgeniya egor yegor elena " +
    "yelena ekaterina yekaterina igor ilya irina ivan kirill konstantin larisa leonid lyudmila ludmila maxim maksim " +
    "maria mariya marina mikhail nadezhda natalia natalya nataliya nikita nikolay nikolai oleg olga pavel petr pyotr " +
    "roman ruslan sergey sergei stanislav svetlana tatiana tatyana timur felix yuri yury yuriy yulia yuliya yaroslav " +
    "arkady anatoly anatoliy valentina galina lyubov oksana polina daria darya sofia ksenia kseniya alina inna vera " +
    "rustam marat ramil ildar rinat emil eduard fyodor fedor semyon stepan timofey vsevolod zakhar lev artur veniamin " +
    "nurlan askar sayasat yerlan aigerim gulnara daulet john michael david james robert william timothy peter paul " +
    "mark thomas richard scott stephen steven george charles daniel andrew matthew anthony christopher joseph brian " +
    "kevin jason edward ronald jeffrey ryan jacob gary nicholas eric jonathan larry justin frank benjamin samuel " +
    "patrick jack dennis jerry tyler aaron henry douglas peter adam nathan zachary kyle walter harold carl arthur " +
    "gerald roger keith lawrence terry sean christian albert joe ethan austin jesse willie billy bryan bruce jordan " +
    "ralph roy noah dylan eugene wayne alan juan louis russell gabriel randy philip harry vincent bobby johnny logan " +
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley " +
    "kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen " +
    "amy shirley angela helen brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn " +
    "janet ruth heather maria diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith " +
    "megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison " +
    "devang pranab narendra rajesh suresh ramesh amit anil sunil vijay ashok sanjay rahul"
  ).split(" "),
);

/** Words that begin or make up a role: "Vice President", "Dean of the Faculty of Chemistry". */
export const ROLE_WORDS = new Set(
  (
    "president vice vice-president rector vice-rector prorector pro-rector dean vice-dean director deputy head chairman " +
    "chairwoman chair chairperson secretary party professor prof minister vice-minister ambassador consul governor " +
    "vice-governor mayor executive assistant provost chancellor vice-chancellor member board founder ceo general " +
    "academician premier prime counsellor counselor attache attaché envoy representative commissioner senior chief " +
    "leader coordinator manager lecturer researcher scientist principal officer spokesman spokesperson staff " +
    "associate acting first honorary curator adviser advisor supervisor inspector"
  ).split(" "),
);

/** Honorifics that come before a name. */
export const HONORIFICS = new Set("prof professor dr mr mrs ms academician sir madam mme".split(" "));

/**
 * Lines that credit authors, editors, photographers or translators, who are not participants. The end of a credit
 * word is a lookahead, not `\b`, which knows only ASCII letters: "Фото: …" and "摄影：…" are credits too.
 */
export const BYLINE =
  /^\s*(?:\(?\s*)?(?:written|edited|text|photos?|author|authors|editor|editors|translated|translation|translator|reporter|reported|reporting|additional reporting|editing|compiled|source|reviewed|proofread|by|撰稿|编辑|审核|摄影|图|文|供稿|责任编辑|текст|фото|фотографи[яи]|автор|авторы|редактор|перевод)(?![\p{L}\p{N}])|^\s*\S{0,40}\/\s*text\b|\((?:text|photo)[^)]*\)|[(（][^)）]*\/(?:text|photo|文|图)[)）]/iu;

/** Given names in Cyrillic, for people named in Russian text. */
export const GIVEN_NAMES_RU = new Set(
  (
    "александр алексей андрей анна антон артем артём борис вадим валентин валерий василий виктор виктория владимир " +
    "владислав вячеслав геннадий георгий глеб григорий денис дмитрий евгений евгения егор елена екатерина игорь илья " +
    "ирина иван кирилл константин лариса леонид людмила максим мария марина михаил надежда наталья наталия никита " +
    "николай олег ольга павел петр пётр роман руслан сергей станислав светлана татьяна тимур феликс юрий юлия ярослав " +
    "аркадий анатолий валентина галина любовь оксана полина дарья софия ксения алина инна вера рустам марат эдуард " +
    "федор фёдор семен семён степан тимофей всеволод захар лев артур " +
    "алевтина антонина валерия вероника елизавета жанна зинаида зоя лидия маргарита нина раиса регина римма роза " +
    "софья тамара ульяна эльвира яна альбина алла анжела ангелина диана эвелина карина кристина милена снежана " +
    "василиса варвара таисия эльмира гульнара лилия эмма анастасия альберт арсений богдан герман давид даниил " +
    "ефим игнат ильдар ильшат наиль ренат рафаэль рамиль ринат фарид айдар азат булат динар эрик филипп эмиль " +
    "святослав тарас яков марк остап виталий эльдар рафаил роберт"
  ).split(" "),
);
