// Invented press releases, written for these tests.

const BODY = [
  "Northern Polytechnic University and the Amur Institute of Technology signed an agreement on joint research in new materials on Monday.",
  "The document was signed in Harbin by the rectors of both universities during a visit of a delegation of twelve scientists.",
  "Under the agreement the two universities will open a joint laboratory of light alloys for aircraft and space engineering.",
  "Graduate students will spend up to one year at the partner university and will be supervised by professors from both sides.",
  "The laboratory will also organise a summer school every July, with lectures in Russian, Chinese and English.",
  "Rector Ivan Petrov said that the partnership continues a friendship that began more than twenty years ago with the exchange of textbooks.",
  "He added that the first joint projects would study welding of titanium parts and the wear of coatings at very low temperatures.",
  "The Chinese side noted that its engineers had already tested several alloys in the cold climate of the northern provinces.",
  "Both universities plan to apply together for grants of national science foundations and to publish results in open journals.",
  "A steering committee with four members from each university will meet twice a year to review the work of the laboratory.",
  "The agreement is valid for five years and can be extended if both parties agree.",
  "After the ceremony the guests visited the testing halls, the library and the student dormitories on the new campus.",
  "The delegation will travel on to Shenyang, where it will meet representatives of two aircraft plants on Wednesday.",
  "Earlier this spring the universities held an online seminar on additive manufacturing that gathered more than three hundred participants.",
  "Organisers said the seminar showed a strong interest of young researchers in practical work with industry partners.",
  "The next meeting of the steering committee is planned for the autumn in Blagoveshchensk.",
].join(" ");

/** A story of about 280 words, headline first. */
export const STORY = `Universities agree on a joint laboratory of light alloys\n${BODY}`;

/** The same story as another outlet ran it: another headline and a few words changed. */
export const STORY_SYNDICATED = `Harbin hosts signing of materials science agreement\n${BODY.replace(
  "on Monday",
  "this week",
)
  .replace("twelve scientists", "ten scientists")
  .replace("very low temperatures", "low temperatures")}`;

/** An unrelated story. */
export const OTHER_STORY = [
  "Medical students from two countries meet at a winter forum",
  "More than two hundred medical students gathered in Vladivostok for a forum on rural health care.",
  "Teams from Dalian and Khabarovsk presented projects on mobile clinics and remote diagnosis by video.",
  "The jury chose a project that brings ultrasound devices to villages by boat during the summer.",
  "Participants also discussed how to recognise foreign medical diplomas and how to teach clinical skills online.",
  "The forum closed with a concert and a promise to meet again next year in Dalian.",
].join("\n");

/** A third story that mentions the same university. */
export const THIRD_STORY = [
  "Amur Institute of Technology opens a Chinese language centre",
  "The Amur Institute of Technology opened a centre for the study of the Chinese language and culture.",
  "Northern Polytechnic University sent two teachers and a collection of four thousand books to the centre.",
  "Courses for engineers who work with Chinese partners will start in September.",
].join("\n");
