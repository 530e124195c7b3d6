import { describe, expect, test } from "vitest";
import { fieldsIn } from "../../src/extract/fields-in.ts";

describe("fieldsIn", () => {
  test("finds a field by a whole English word, in any case", () => {
    expect(fieldsIn("A joint lab for ROBOTICS.")).toEqual(["engineering"]);
    expect(fieldsIn("The robotic arm.")).toEqual([]);
  });

  test("finds a shorter term inside a longer one at the same place", () => {
    // "materials science" is a term of one field, "materials" of the same; "space science" of another.
    expect(fieldsIn("Research in materials science.")).toEqual(["materials"]);
    expect(fieldsIn("Space science and machine learning")).toEqual(["aerospace", "artificial-intelligence"]);
  });

  test("finds terms that overlap each other", () => {
    expect(fieldsIn("a new materials physics lab")).toEqual(["materials", "physics"]);
    expect(fieldsIn("oil and gas law")).toEqual(["energy", "law"]);
  });

  test("reads Chinese terms as written and Russian ones by their stems", () => {
    expect(fieldsIn("人工智能联合实验室")).toEqual(["artificial-intelligence"]);
    expect(fieldsIn("в области искусственного интеллекта")).toEqual(["artificial-intelligence"]);
    expect(fieldsIn("в области искусства")).toEqual(["arts"]);
  });

  test("names no field in a sentence without one", () => {
    expect(fieldsIn("The two universities signed an agreement.")).toEqual([]);
    // The ministry that approves is no field; education taught is one.
    expect(fieldsIn("联合学院获教育部批准设立")).toEqual([]);
    expect(fieldsIn("两校将在教育领域开展合作")).toEqual(["education"]);
  });
});
