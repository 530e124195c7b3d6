// Roles as an English brief prints them. The original word stays in the evidence sentence.

const CHINESE_ROLES: Record<string, string> = {
  副校长: "Vice President",
  校长: "President",
  副院长: "Vice Dean",
  院长: "Dean",
  副主任: "Deputy Director",
  主任: "Director",
  副处长: "Deputy Director",
  处长: "Director",
  党委副书记: "Deputy Party Secretary",
  党委书记: "Party Secretary",
  副书记: "Deputy Party Secretary",
  书记: "Party Secretary",
  副部长: "Vice Minister",
  部长: "Minister",
  副主席: "Vice Chairman",
  主席: "Chairman",
  总领事: "Consul General",
  副总领事: "Deputy Consul General",
  大使: "Ambassador",
  理事长: "Chairman of the Board",
  秘书长: "Secretary General",
  副所长: "Deputy Director",
  所长: "Director",
  系主任: "Head of Department",
  教授: "Professor",
  研究员: "Research Fellow",
  副省长: "Vice Governor",
  省长: "Governor",
  副市长: "Vice Mayor",
  市长: "Mayor",
  局长: "Director",
  副局长: "Deputy Director",
  主管: "Head",
  总裁: "President",
  董事长: "Chairman",
};

/** The English for a Chinese role word ("副校长" is Vice President), or the word itself. */
export function englishChineseRole(role: string): string {
  return CHINESE_ROLES[role] ?? role;
}

// Russian role words by stem, so that every case form reads the same ("проректором" is Vice-Rector).
const RUSSIAN_ROLES: readonly [string, string][] = [
  ["проректор", "Vice-Rector"],
  ["ректор", "Rector"],
  ["вице-президент", "Vice President"],
  ["президент", "President"],
  ["директор", "Director"],
  ["декан", "Dean"],
  ["заведующ", "Head"],
  ["председател", "Chairman"],
  ["замминистр", "Deputy Minister"],
  ["министр", "Minister"],
  ["посол", "Ambassador"],
  ["посл", "Ambassador"],
  ["губернатор", "Governor"],
  ["глав", "Head"],
  ["руководител", "Head"],
  ["профессор", "Professor"],
  ["заместител", "Deputy"],
  ["академик", "Academician"],
  ["мэр", "Mayor"],
  ["генеральн консул", "Consul General"],
  ["консул", "Consul"],
  ["советник", "Adviser"],
  ["секретар", "Secretary"],
];

/** The English for a Russian role word in any case ("проректором" is Vice-Rector), or the word itself. */
export function englishRussianRole(role: string): string {
  const lower = role.toLowerCase();
  // "заместителя министра" is a Deputy Minister, "первого проректора" a First Vice-Rector.
  const [first, second] = lower.split(" ");
  if (second && first?.startsWith("заместител")) return `Deputy ${englishRussianRole(second)}`;
  if (second && first?.startsWith("перв")) return `First ${englishRussianRole(second)}`;
  return RUSSIAN_ROLES.find(([stem]) => lower.startsWith(stem))?.[1] ?? role;
}
