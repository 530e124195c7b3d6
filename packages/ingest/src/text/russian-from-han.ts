// Russian names in Chinese text are written in the characters of Xinhua's Russian–Chinese transcription table
// ("弗拉索夫" is Vlasov, "叶卡捷琳娜" Ekaterina). Read backwards, the table gives the name as English news prints
// it: ё and е as "e", й as "y", х as "kh", the -ов, -ев and -ский endings as "-ov", "-ev" and "-sky". The table
// loses some distinctions (拉 is both ла and ра), so the common given names and a few word parts are read whole.

// Each character's syllable in Latin script; a consonant that stands alone ("夫", "斯") has no vowel.
const SYLLABLES: Record<string, string> = {
  阿: "a",
  历: "li",
  彼: "pi",
  鲍: "bo",
  雅: "ya",
  埃: "e",
  安: "an",
  奥: "o",
  乌: "u",
  尤: "yu",
  亚: "ya",
  伊: "i",
  叶: "ye",
  耶: "ye",
  因: "in",
  巴: "ba",
  别: "be",
  比: "bi",
  博: "bo",
  布: "bu",
  帕: "pa",
  佩: "pe",
  皮: "pi",
  波: "po",
  普: "pu",
  瓦: "va",
  韦: "ve",
  维: "vi",
  沃: "vo",
  武: "vu",
  万: "van",
  法: "fa",
  费: "fe",
  菲: "fi",
  福: "fo",
  富: "fu",
  加: "ga",
  盖: "ge",
  吉: "gi",
  戈: "go",
  古: "gu",
  根: "gen",
  卡: "ka",
  凯: "ke",
  基: "ki",
  科: "ko",
  柯: "ko",
  库: "ku",
  金: "kin",
  哈: "kha",
  霍: "kho",
  胡: "khu",
  达: "da",
  连: "len",
  山: "shan",
  丹: "dan",
  杰: "de",
  季: "di",
  多: "do",
  杜: "du",
  丁: "din",
  佳: "dya",
  久: "dyu",
  塔: "ta",
  坦: "tan",
  捷: "te",
  托: "to",
  图: "tu",
  秋: "tyu",
  廷: "tin",
  扎: "za",
  泽: "ze",
  济: "zi",
  佐: "zo",
  祖: "zu",
  津: "zin",
  萨: "sa",
  桑: "san",
  谢: "se",
  西: "si",
  辛: "sin",
  索: "so",
  苏: "su",
  夏: "sha",
  休: "syu",
  热: "zhe",
  若: "zho",
  茹: "zhu",
  日: "zhi",
  沙: "sha",
  莎: "sha",
  舍: "she",
  申: "shen",
  绍: "sho",
  舒: "shu",
  希: "shi",
  恰: "cha",
  切: "che",
  乔: "che",
  丘: "chu",
  钦: "chin",
  察: "tsa",
  采: "tse",
  齐: "tsi",
  措: "tso",
  楚: "tsu",
  拉: "la",
  兰: "lan",
  列: "le",
  利: "li",
  莉: "li",
  丽: "li",
  林: "lin",
  琳: "lin",
  洛: "lo",
  卢: "lu",
  柳: "lyu",
  廖: "le",
  里: "ri",
  罗: "ro",
  鲁: "ru",
  留: "ryu",
  马: "ma",
  玛: "ma",
  曼: "man",
  梅: "me",
  门: "men",
  米: "mi",
  明: "min",
  莫: "mo",
  穆: "mu",
  缪: "myu",
  纳: "na",
  娜: "na",
  南: "nan",
  涅: "ne",
  尼: "ni",
  妮: "ni",
  宁: "nin",
  诺: "no",
  努: "nu",
  纽: "nyu",
  娃: "va",
  娅: "ya",
  扬: "yan",
  延: "yen",
  // The table's дон ("安东诺夫" is Antonov). Its other -он and -ай characters (通, 代, 拜, ...) also begin common
  // words after a name ("代表", "拜访"), and would run the name on.
  东: "don",
  // кон ("别洛孔" is Belokon, "孔德拉季耶夫" Kondratyev).
  孔: "kon",
  // Consonants alone.
  夫: "v",
  弗: "v",
  甫: "v",
  克: "k",
  格: "g",
  赫: "kh",
  德: "d",
  得: "de",
  特: "t",
  兹: "z",
  斯: "s",
  什: "sh",
  奇: "ch",
  茨: "ts",
  尔: "r",
  姆: "m",
  恩: "n",
};

// Parts read whole, longest first: the endings and the parts where the table's guess is wrong.
const PARTS: [string, string][] = [
  ["亚历山德罗", "aleksandro"],
  // Антонов and Васильев, whose 东 and 里 the table reads as дон and ри.
  ["安东", "anton"],
  // Богданов: 波 is по in the table, бо in this name.
  ["波格丹", "bogdan"],
  ["瓦西里", "vasil"],
  ["亚历山德", "aleksand"],
  ["斯卡娅", "skaya"],
  ["茨卡娅", "tskaya"],
  ["耶维奇", "yevich"],
  ["耶夫娜", "yevna"],
  ["斯基", "sky"],
  ["钦科", "chenko"],
  ["茨基", "tsky"],
  ["维奇", "vich"],
  ["夫娜", "vna"],
  ["耶夫", "yev"],
  ["耶娃", "yeva"],
  ["巴甫", "pav"],
  ["彼得罗", "petro"],
  ["弗罗", "fro"],
  ["弗里", "fri"],
];

// Given names, which the table reads loosely ("米哈伊尔" is Mikhail, "谢尔盖" Sergey).
const GIVEN: Record<string, string> = {
  亚历山大: "Aleksandr",
  亚历山德拉: "Aleksandra",
  亚历克谢: "Alexey",
  阿列克谢: "Alexey",
  安娜斯塔西娅: "Anastasia",
  阿纳斯塔西娅: "Anastasia",
  阿纳托利: "Anatoly",
  安德烈: "Andrey",
  安娜: "Anna",
  安东: "Anton",
  阿尔卡季: "Arkady",
  阿尔谢尼: "Arseny",
  阿尔乔姆: "Artyom",
  鲍格丹: "Bogdan",
  波格丹: "Bogdan",
  鲍里斯: "Boris",
  丹尼尔: "Daniil",
  达尼伊尔: "Daniil",
  达里娅: "Daria",
  丹尼斯: "Denis",
  德米特里: "Dmitry",
  爱德华: "Eduard",
  叶戈尔: "Egor",
  叶卡捷琳娜: "Ekaterina",
  叶莲娜: "Elena",
  叶连娜: "Elena",
  叶夫根尼娅: "Evgenia",
  叶甫盖尼娅: "Evgenia",
  叶夫根尼: "Evgeny",
  叶甫盖尼: "Evgeny",
  叶甫根尼: "Evgeny",
  菲利普: "Filipp",
  费奥多尔: "Fyodor",
  加琳娜: "Galina",
  根纳季: "Gennady",
  格奥尔基: "Georgy",
  格列布: "Gleb",
  格里戈里: "Grigory",
  伊戈尔: "Igor",
  伊利亚: "Ilya",
  伊琳娜: "Irina",
  伊万: "Ivan",
  基里尔: "Kirill",
  康斯坦丁: "Konstantin",
  克塞尼娅: "Ksenia",
  克谢尼娅: "Ksenia",
  拉里莎: "Larisa",
  列昂尼德: "Leonid",
  列夫: "Lev",
  柳博芙: "Lyubov",
  柳德米拉: "Lyudmila",
  玛丽亚: "Maria",
  玛丽娜: "Marina",
  马特维: "Matvey",
  马克西姆: "Maxim",
  米哈伊尔: "Mikhail",
  娜杰日达: "Nadezhda",
  娜塔莉亚: "Natalia",
  娜塔莉娅: "Natalia",
  尼基塔: "Nikita",
  尼古拉: "Nikolay",
  奥克萨娜: "Oksana",
  奥列格: "Oleg",
  奥尔加: "Olga",
  奥莉加: "Olga",
  帕维尔: "Pavel",
  波利娜: "Polina",
  波琳娜: "Polina",
  彼得: "Pyotr",
  罗曼: "Roman",
  罗斯季斯拉夫: "Rostislav",
  鲁斯兰: "Ruslan",
  谢苗: "Semyon",
  谢尔盖: "Sergey",
  索菲亚: "Sofia",
  斯坦尼斯拉夫: "Stanislav",
  斯捷潘: "Stepan",
  斯维特兰娜: "Svetlana",
  塔季扬娜: "Tatiana",
  季莫费: "Timofey",
  瓦季姆: "Vadim",
  瓦连京: "Valentin",
  瓦莲京娜: "Valentina",
  瓦连京娜: "Valentina",
  瓦列里: "Valery",
  瓦西里: "Vasily",
  维拉: "Vera",
  薇拉: "Vera",
  维多利亚: "Victoria",
  维克多: "Viktor",
  维克托: "Viktor",
  维塔利: "Vitaly",
  弗拉基米尔: "Vladimir",
  弗拉季斯拉夫: "Vladislav",
  维亚切斯拉夫: "Vyacheslav",
  雅科夫: "Yakov",
  雅罗斯拉夫: "Yaroslav",
  尤利娅: "Yulia",
  尤里: "Yuri",
};

const isTranscribed = (c: string) => c in SYLLABLES;

/** Whether every character of `han` is one the transcription table uses. */
export function isTranscription(han: string): boolean {
  if (!han) return false;
  for (const c of han) if (!isTranscribed(c)) return false;
  return true;
}

/** Whether `han` is a given name in transcription ("弗拉基米尔"). */
export const isTranscribedGivenName = (han: string): boolean => han in GIVEN;

const GIVEN_BY_LENGTH = Object.keys(GIVEN).sort((a, b) => b.length - a.length);

/** The longest listed given name `han` ends with, also one with a character the table lacks ("康斯坦丁"). */
export function transcribedGivenNameAtEnd(han: string): string | undefined {
  return GIVEN_BY_LENGTH.find((name) => han.endsWith(name));
}

/**
 * One word of a Russian name in transcription, in Latin script ("弗拉索夫" → "Vlasov"); undefined when a
 * character is not the table's. A single character is an initial ("弗" → "V.").
 */
export function latinOfTranscribedWord(han: string): string | undefined {
  const given = GIVEN[han];
  if (given) return given;
  if (!isTranscription(han)) return undefined;
  let out = "";
  for (let i = 0; i < han.length; ) {
    const part = PARTS.find(([p]) => han.startsWith(p, i));
    if (part) {
      out += part[1];
      i += part[0].length;
      continue;
    }
    const c = han[i] as string;
    let syllable = SYLLABLES[c] ?? "";
    // 叶 begins a word as "E" (Elena, Efremov); 伊 after a vowel is й ("哈伊罗夫" is Khayrov).
    if (c === "叶" && i === 0) syllable = "e";
    if (c === "伊" && i > 0 && /[aeiou]$/.test(out)) syllable = "y";
    // 奇 ends a word as -ч, and is -чи inside one.
    if (c === "奇" && i < han.length - 1) syllable = "chi";
    // 布 and 普 are б and п before р and л ("Bro...", "Pro...").
    if ((c === "布" || c === "普") && /^[拉列利里罗洛鲁卢]/.test(han[i + 1] ?? "")) syllable = syllable[0] as string;
    // 拉 and 列 are both ла/ра and ле/ре: after к, т, д (and ф before е) Russian far more often has р
    // ("克拉耶娃" is Krayeva, "叶夫列莫娃" Efremova).
    if ((c === "拉" || c === "列") && (/[ktd]$/.test(out) || (c === "列" && /v$/.test(out))) && i > 0) {
      syllable = `r${syllable.slice(1)}`;
      if (out.endsWith("v")) out = `${out.slice(0, -1)}f`;
    }
    // The table writes д and т alike before a soft vowel (佳 is дя and тя); after с Russian has т: "Чистякова".
    if (/s$/.test(out) && /^d[eiy]/.test(syllable)) syllable = `t${syllable.slice(1)}`;
    // A syllable ending in н before one starting with it writes the one н twice: 伊万诺夫 is Ivanov.
    out += out.endsWith("n") && syllable.startsWith("n") ? syllable.slice(1) : syllable;
    i++;
  }
  if (han.length === 1) return `${out[0]?.toUpperCase()}.`;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

// The endings of a patronymic in transcription: -вич (维奇), -вна (夫娜), -ична (伊奇娜).
const PATRONYMIC_END = /(维奇|夫娜|奇娜)$/u;

/**
 * A Russian name in transcription, its words split by a middle dot or given as one word, in the order an English
 * text prints it: a given name first ("茹拉夫廖娃·叶甫盖尼娅" → "Evgenia Zhuravleva"). Undefined unless every word reads.
 */
export function latinOfTranscribedName(words: readonly string[]): string | undefined {
  const latin = words.map(latinOfTranscribedWord);
  if (latin.some((w) => w === undefined) || latin.length === 0) return undefined;
  const names = latin as string[];
  // Surname first, given name last ("茹拉夫廖娃·叶甫盖尼娅"): the given name goes in front.
  if (names.length === 2 && isTranscribedGivenName(words[1] as string) && !isTranscribedGivenName(words[0] as string))
    return `${names[1]} ${names[0]}`;
  // Surname, given name and patronymic ("阿尔古诺夫·叶戈尔·维亚切斯拉沃维奇"): printed as the given name and surname.
  if (
    names.length === 3 &&
    isTranscribedGivenName(words[1] as string) &&
    !isTranscribedGivenName(words[0] as string) &&
    PATRONYMIC_END.test(words[2] as string)
  )
    return `${names[1]} ${names[0]}`;
  return names.join(" ");
}
