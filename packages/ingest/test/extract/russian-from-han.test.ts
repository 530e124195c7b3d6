import { describe, expect, test } from "vitest";
import { latinOfTranscribedName, latinOfTranscribedWord } from "../../src/text/russian-from-han.ts";

describe("Russian names in Chinese transcription", () => {
  test("a surname reads syllable by syllable, with its ending whole", () => {
    expect(latinOfTranscribedWord("科瓦列夫斯基")).toBe("Kovalevsky");
    expect(latinOfTranscribedWord("伊万诺维奇")).toBe("Ivanovich");
    expect(latinOfTranscribedWord("彼得罗夫娜")).toBe("Petrovna");
    expect(latinOfTranscribedWord("斯米尔诺娃")).toBe("Smirnova");
    expect(latinOfTranscribedWord("别洛孔")).toBe("Belokon");
  });

  test("a given name is read whole, a single character is an initial", () => {
    expect(latinOfTranscribedWord("格里戈里")).toBe("Grigory");
    expect(latinOfTranscribedWord("叶莲娜")).toBe("Elena");
    expect(latinOfTranscribedWord("弗")).toBe("V.");
  });

  test("拉 and 列 are р after к, т, д, and 夫列 is фре", () => {
    expect(latinOfTranscribedWord("克拉耶娃")).toBe("Krayeva");
    expect(latinOfTranscribedWord("叶夫列莫娃")).toBe("Efremova");
    expect(latinOfTranscribedWord("科瓦列娃")).toBe("Kovaleva");
  });

  test("a character outside the table reads nothing", () => {
    expect(latinOfTranscribedWord("施密特")).toBeUndefined();
    expect(latinOfTranscribedName(["伊万", "王明"])).toBeUndefined();
  });

  test("a given name after the surname comes first", () => {
    expect(latinOfTranscribedName(["斯米尔诺娃", "伊琳娜"])).toBe("Irina Smirnova");
    expect(latinOfTranscribedName(["伊琳娜", "斯米尔诺娃"])).toBe("Irina Smirnova");
  });

  test("Антонов and Васильев are read whole, and д after с is т", () => {
    expect(latinOfTranscribedWord("安东诺夫")).toBe("Antonov");
    expect(latinOfTranscribedWord("瓦西里耶娃")).toBe("Vasilyeva");
    expect(latinOfTranscribedWord("奇斯佳科娃")).toBe("Chistyakova");
    expect(latinOfTranscribedWord("叶甫根尼")).toBe("Evgeny");
    // 瓦西里 alone is the given name.
    expect(latinOfTranscribedWord("瓦西里")).toBe("Vasily");
  });

  test("波格丹 is Bogdan", () => {
    expect(latinOfTranscribedWord("波格丹诺夫")).toBe("Bogdanov");
  });
});
