import type { DocumentFacts } from "@accord/domain";
import { event, evidenceIn, makeDocument, org, partnership, person } from "./make-facts.ts";
import { OTHER_STORY, STORY, STORY_SYNDICATED, THIRD_STORY } from "./texts.ts";

const SIGNED =
  "Northern Polytechnic University and the Amur Institute of Technology signed an agreement on joint research in new materials";

/** The signing story at an origin, with its organizations, partnership, rector and event. */
export function signingFacts(origin = "https://news.example.edu/2021/signing", text = STORY): DocumentFacts {
  const document = makeDocument(text, origin);
  const signed = evidenceIn(document, SIGNED);
  const rector = evidenceIn(document, "Rector Ivan Petrov said");
  return {
    document,
    organizations: [
      org("northern-polytechnic-university", "Northern Polytechnic University", [signed], {
        country: "CN",
        acronyms: ["NPU"],
      }),
      org("amur-institute-of-technology", "Amur Institute of Technology", [signed], { country: "RU" }),
    ],
    people: [person("ivan-petrov", "Petrov Ivan", "amur-institute-of-technology", [rector])],
    partnerships: [
      partnership(
        "amur-institute-of-technology-northern-polytechnic-university-agreement-2021-04",
        ["amur-institute-of-technology", "northern-polytechnic-university"],
        [signed],
      ),
    ],
    events: [
      event("signing-2021-04-26-harbin", ["amur-institute-of-technology", "northern-polytechnic-university"], [signed]),
    ],
  };
}

/** The syndicated copy of the signing story, at another outlet. */
export function syndicatedFacts(): DocumentFacts {
  return signingFacts("https://wire.example.com/materials-agreement", STORY_SYNDICATED);
}

/** The unrelated forum story. */
export function forumFacts(): DocumentFacts {
  const document = makeDocument(OTHER_STORY, "https://med.example.ru/forum");
  return { document, organizations: [], people: [], partnerships: [], events: [] };
}

/** The language-centre story: both universities again, with a Russian name and an alias. */
export function centreFacts(): DocumentFacts {
  const document = makeDocument(THIRD_STORY, "https://amur.example.ru/news/centre", { language: "en" });
  const opened = evidenceIn(document, "The Amur Institute of Technology opened a centre");
  const sent = evidenceIn(document, "Northern Polytechnic University sent two teachers");
  return {
    document,
    organizations: [
      org("amur-institute-of-technology", "Amur Institute of Technology", [opened], {
        country: "RU",
        names: [{ lang: "ru", value: "Амурский технологический институт" }],
        aliases: ["Amur Tech"],
      }),
      org("northern-polytechnic-university", "Northern Polytechnic University", [sent], { country: "CN" }),
    ],
    people: [],
    partnerships: [],
    events: [],
  };
}
