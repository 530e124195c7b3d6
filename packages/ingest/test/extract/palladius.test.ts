import { expect, test } from "vitest";
import { pinyinOfPalladius } from "../../src/text/palladius.ts";

test("Palladius Cyrillic reads back as pinyin; a Russian word does not", () => {
  expect(["Чжан", "Пинвэнь", "Сяоцзюнь", "Юаньюань", "Шаньдун", "Цзилинь", "Сюй"].map(pinyinOfPalladius)).toEqual([
    "zhang",
    "pingwen",
    "xiaojun",
    "yuanyuan",
    "shandong",
    "jilin",
    "xu",
  ]);
  expect(pinyinOfPalladius("Петров")).toBeUndefined();
});

test("'о' after a consonant other than b, p, m, f is uo; 'хуэй' is hui", () => {
  expect(["Го", "Хуэйшэн", "Ло", "Бо", "Гуй", "Чжоу"].map(pinyinOfPalladius)).toEqual([
    "guo",
    "huisheng",
    "luo",
    "bo",
    "gui",
    "zhou",
  ]);
});
