import type { OrganizationKind, UnitKind } from "@accord/domain";

/** Head words that make a capitalized phrase an organization's name, with the kind they suggest. */
export const ORG_HEADS: ReadonlyMap<string, OrganizationKind> = new Map([
  ["university", "university"],
  ["universitat", "university"],
  ["universite", "university"],
  ["universidad", "university"],
  ["universita", "university"],
  ["college", "university"],
  ["polytechnic", "university"],
  ["conservatory", "university"],
  ["conservatoire", "university"],
  ["institute", "institute"],
  ["institution", "institute"],
  ["academy", "academy"],
  ["association", "association"],
  ["alliance", "association"],
  ["union", "association"],
  ["consortium", "association"],
  ["league", "association"],
  ["society", "association"],
  ["ministry", "government"],
  ["government", "government"],
  ["embassy", "government"],
  ["consulate", "government"],
  ["commission", "government"],
  ["committee", "government"],
  ["bureau", "government"],
  ["agency", "government"],
  ["administration", "government"],
  ["duma", "government"],
  ["parliament", "government"],
  ["council", "government"],
  ["corporation", "company"],
  ["company", "company"],
  ["group", "company"],
  ["inc", "company"],
  ["ltd", "company"],
  ["plc", "company"],
  ["foundation", "other"],
  ["fund", "other"],
  ["organization", "other"],
  ["organisation", "other"],
  ["center", "other"],
  ["centre", "other"],
  ["laboratory", "other"],
  ["lab", "other"],
  ["museum", "other"],
  ["library", "other"],
  ["hospital", "other"],
  ["campus", "other"],
  ["school", "other"],
  ["faculty", "other"],
  ["department", "other"],
  ["office", "other"],
  ["workshop", "other"],
  ["branch", "other"],
  ["division", "other"],
  ["service", "other"],
]);

/** Heads that name a part of an organization when the phrase has a parent. */
export const UNIT_HEADS: ReadonlyMap<string, UnitKind> = new Map([
  ["school", "school"],
  ["faculty", "faculty"],
  ["department", "department"],
  ["laboratory", "lab"],
  ["lab", "lab"],
  ["office", "office"],
  ["center", "centre"],
  ["centre", "centre"],
  ["institute", "other"],
  ["college", "school"],
  ["museum", "other"],
  ["library", "other"],
  ["campus", "campus"],
  ["division", "department"],
  ["branch", "campus"],
  ["service", "office"],
  ["chair", "department"],
]);

/** Lower-case words allowed inside a name between capitalized ones. */
export const CONNECTORS = new Set(["of", "and", "for", "the", "on", "in", "at", "named", "after", "&", "de", "la", "du", "des", "der", "für"]);

/** Plural heads: "Chinese Universities" is a description, not a name. */
export const PLURAL_HEADS = new Set([
  "universities", "institutes", "academies", "associations", "ministries", "colleges", "schools", "centers", "centres",
  "laboratories", "labs", "companies", "governments", "faculties", "departments", "offices", "institutions",
]);

/** Words that describe rather than name: a phrase made of them and a head is not a name. */
export const GENERIC_WORDS = new Set([
  "chinese", "russian", "sino", "russia", "china", "foreign", "partner", "leading", "top", "key", "other", "both",
  "two", "three", "several", "many", "new", "joint", "international", "national", "regional", "local", "our", "their",
  "this", "that", "these", "those", "each", "every", "all", "some", "such", "its", "his", "her", "a", "an", "the",
  "first", "second", "major", "main", "world", "global", "western", "eastern", "asian", "european", "federal", "state",
  "public", "private", "research", "higher", "education", "educational", "university", "universities", "institute",
  "school", "department", "office", "center", "centre", "ministry", "government", "committee", "union", "college",
  "laboratory", "lab", "faculty", "relevant", "related", "host", "home", "partnering", "participating", "member",
  "sub", "side", "sides", "party", "parties", "general", "representative", "organization", "organisation",
]);

/** Capitalized words that begin sentences and are not part of a name. */
export const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "at", "in", "on", "during", "after", "before", "following", "according", "meanwhile", "furthermore",
  "moreover", "however", "also", "as", "by", "for", "from", "with", "without", "to", "of", "and", "but", "or", "so",
  "since", "when", "while", "where", "this", "that", "these", "those", "both", "each", "all", "some", "many", "his",
  "her", "their", "its", "our", "we", "they", "he", "she", "it", "i", "representatives", "recently", "today",
  "yesterday", "last", "next", "earlier", "later", "then", "thus", "therefore", "besides", "among", "under", "between",
  "together", "based", "located", "founded", "established", "attendees", "participants", "visit", "tour", "welcome",
  "copyright", "source", "photo", "address", "tel", "email", "contact", "dear", "why", "how", "what", "who", "if",
  "through", "within", "into", "upon", "about", "around", "across", "along", "over", "via", "per", "head", "heads",
  "leaders", "members", "delegation", "delegations", "students", "staff", "professor", "prof", "president", "rector",
  "dean", "director", "vice", "deputy", "chairman", "secretary", "minister", "speaking", "addressing", "says", "said",
]);
