import { normalizeName } from "@accord/domain";

// Countries, their adjectives and their main university cities, as clues to where an
// organization the gazetteer lacks is. Keys are normalized words; Han keys are matched as substrings.
const CLUES: Record<string, string[]> = {
  CN: [
    "china", "chinese", "prc", "sino", "beijing", "peking", "shanghai", "harbin", "heilongjiang", "jilin", "changchun",
    "liaoning", "shenyang", "dalian", "tianjin", "hebei", "shandong", "qingdao", "jinan", "jiangsu", "nanjing", "suzhou",
    "zhejiang", "hangzhou", "ningbo", "fujian", "xiamen", "fuzhou", "guangdong", "guangzhou", "shenzhen", "hainan",
    "guangxi", "yunnan", "kunming", "guizhou", "guiyang", "sichuan", "chengdu", "chongqing", "hubei", "wuhan", "hunan",
    "changsha", "henan", "zhengzhou", "anhui", "hefei", "jiangxi", "nanchang", "shanxi", "taiyuan", "shaanxi", "xian",
    "xi'an", "gansu", "lanzhou", "qinghai", "xining", "ningxia", "yinchuan", "xinjiang", "urumqi", "tibet", "lhasa",
    "inner mongolia", "hohhot", "heihe", "mudanjiang", "qiqihar", "jiamusi", "suifenhe", "manzhouli", "daqing",
    "yanbian", "hunchun", "tsinghua", "fudan", "zhongshan", "huazhong", "tongji", "nankai", "xiangtan", "zhuhai",
  ],
  RU: [
    "russia", "russian", "rossiya", "moscow", "petersburg", "leningrad", "novosibirsk", "tomsk", "kazan",
    "yekaterinburg", "ekaterinburg", "ural", "urals", "vladivostok", "khabarovsk", "irkutsk", "krasnoyarsk", "omsk",
    "samara", "saratov", "volgograd", "voronezh", "nizhny", "novgorod", "perm", "ufa", "chelyabinsk", "rostov",
    "krasnodar", "kaliningrad", "murmansk", "arkhangelsk", "yakutsk", "blagoveshchensk", "chita", "ulan ude",
    "barnaul", "kemerovo", "tyumen", "belgorod", "tambov", "tula", "kursk", "orel", "bryansk", "smolensk", "tver",
    "yaroslavl", "kostroma", "ivanovo", "vladimir", "ryazan", "penza", "ulyanovsk", "izhevsk", "kirov", "syktyvkar",
    "petrozavodsk", "pskov", "sevastopol", "simferopol", "astrakhan", "stavropol", "makhachkala", "grozny", "nalchik",
    "vladikavkaz", "magnitogorsk", "norilsk", "surgut", "sakhalinsk", "magadan", "kamchatka", "siberian",
    "siberia", "baikal", "amur", "volga", "bauman", "lomonosov", "kremlin", "duma", "rossotrudnichestvo",
    "skolkovo", "dubna", "obninsk", "sarov", "zelenograd", "zabaykalsky", "transbaikal", "buryat", "tatarstan",
    "bashkortostan", "bashkir", "chuvash", "mordovia", "udmurt", "komi", "karelia", "dagestan", "chechen", "altai",
  ],
  KZ: ["kazakhstan", "kazakh", "almaty", "astana", "nur sultan", "karaganda", "shymkent"],
  BY: ["belarus", "belarusian", "byelorussian", "minsk", "gomel", "grodno", "brest", "vitebsk", "mogilev", "baranovichi"],
  MN: ["mongolia", "mongolian", "ulaanbaatar", "ulan bator"],
  UZ: ["uzbekistan", "uzbek", "tashkent", "samarkand", "bukhara"],
  KG: ["kyrgyzstan", "kyrgyz", "bishkek"],
  TJ: ["tajikistan", "tajik", "dushanbe"],
  IN: ["india", "indian", "delhi", "mumbai", "bombay", "madras", "chennai", "kanpur", "kharagpur", "roorkee", "bangalore", "bengaluru", "kolkata", "calcutta", "hyderabad", "pune"],
  VN: ["vietnam", "vietnamese", "hanoi", "saigon"],
  HK: ["hong kong"],
  MO: ["macau", "macao"],
  TW: ["taiwan", "taipei"],
  US: ["american", "usa"],
  GB: ["british", "oxford", "cambridge", "london"],
  FR: ["france", "french", "paris"],
  DE: ["germany", "german", "berlin", "munich"],
  IR: ["iran", "iranian", "tehran"],
  BR: ["brazil", "brazilian"],
  ZA: ["south african"],
  EG: ["egypt", "egyptian", "cairo"],
  RS: ["serbia", "serbian", "belgrade"],
  JP: ["japan", "japanese", "tokyo"],
  KR: ["korea", "korean", "seoul"],
};

const HAN: Record<string, string[]> = {
  CN: ["中国", "中华", "北京", "上海", "天津", "重庆", "哈尔滨", "黑龙江", "吉林", "长春", "辽宁", "沈阳", "大连", "山东", "江苏", "南京", "浙江", "杭州", "广东", "广州", "深圳", "湖北", "武汉", "四川", "成都", "陕西", "西安", "甘肃", "兰州", "新疆", "内蒙古", "云南", "贵州", "福建", "厦门", "安徽", "湖南", "河南", "河北", "山西", "江西", "广西", "海南", "青海", "宁夏", "西藏", "华中", "华南", "华东", "华北", "东北", "西北", "西南", "我校"],
  RU: ["俄罗斯", "俄", "莫斯科", "圣彼得堡", "新西伯利亚", "托木斯克", "喀山", "叶卡捷琳堡", "符拉迪沃斯托克", "海参崴", "哈巴罗夫斯克", "伯力", "伊尔库茨克", "远东", "西伯利亚", "乌拉尔", "鲍曼", "罗蒙诺索夫"],
  KZ: ["哈萨克斯坦", "阿拉木图"],
  BY: ["白俄罗斯", "明斯克"],
  MN: ["蒙古国"],
};

const HAN_ORDER = Object.entries(HAN).flatMap(([country, words]) => words.map((w) => [w, country] as const));
HAN_ORDER.sort((a, b) => b[0].length - a[0].length);

const CYRILLIC: Record<string, string[]> = {
  RU: ["росси", "российск", "москов", "москв", "петербург", "томск", "новосибирск", "казан", "уральск", "сибирск", "дальневосточн", "владивосток", "хабаровск", "иркутск"],
  CN: ["китай", "китайск", "пекин", "шанха", "харбин", "хэйлунцзян", "чунцин", "ланьчжоу", "ганьсу", "цзилин", "далян", "шэньян", "ухан", "нанкин"],
  BY: ["беларус", "белорусск", "минск", "баранович"],
  KZ: ["казахстан", "казахск", "алмат"],
};

const WORD_TO_COUNTRY = new Map<string, string>();
for (const [country, words] of Object.entries(CLUES)) for (const w of words) WORD_TO_COUNTRY.set(normalizeName(w), country);

/**
 * A country guessed from the words of a name ("Heilongjiang University of Science and
 * Technology" → CN). Russian clues outrank Chinese ones only when they come first, so
 * "Russian Cultural Centre in Beijing" is RU; null when nothing in the name tells.
 */
export function countryFromName(name: string): string | null {
  for (const [word, country] of HAN_ORDER) if (name.includes(word)) return country;
  const lower = name.toLowerCase();
  for (const [country, stems] of Object.entries(CYRILLIC)) if (stems.some((s) => lower.includes(s))) return country;
  const words = normalizeName(name).split(" ");
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ""}`;
    const country = WORD_TO_COUNTRY.get(two) ?? WORD_TO_COUNTRY.get(words[i] ?? "");
    if (country) return country;
  }
  return null;
}
