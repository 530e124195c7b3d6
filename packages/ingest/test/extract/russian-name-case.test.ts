import { describe, expect, test } from "vitest";
import { russianNameInNominative } from "../../src/extract/russian-name-case.ts";

describe("russianNameInNominative", () => {
  test.each([
    ["Константина", "Могилевского", "Константин Могилевский"],
    ["Елены", "Ивановой", "Елена Иванова"],
    ["Андреем", "Смирновым", "Андрей Смирнов"],
    ["Натальей", "Орловой", "Наталья Орлова"],
    ["Дмитрию", "Кузнецову", "Дмитрий Кузнецов"],
    ["Ирину", "Белову", "Ирина Белова"],
    ["Павла", "Шевчука", "Павел Шевчук"],
    ["Никиты", "Анисимова", "Никита Анисимов"],
    ["Игоря", "Троицкого", "Игорь Троицкий"],
    ["Сергея", "Ильина", "Сергей Ильин"],
  ])("%s %s is %s", (given, surname, nominative) => {
    expect(russianNameInNominative(given, surname)).toBe(nominative);
  });

  test("a name in the nominative, or a surname that does not decline, is kept as written", () => {
    expect(russianNameInNominative("Анна", "Петрова")).toBe("Анна Петрова");
    expect(russianNameInNominative("Ольги", "Шевченко")).toBe("Ольга Шевченко");
    expect(russianNameInNominative("Олега", "Дурново")).toBe("Олег Дурново");
  });

  test("a first word that is no listed given name gives nothing", () => {
    expect(russianNameInNominative("Харбина", "Шэньчжэня")).toBeUndefined();
  });
});
