import type { FieldId, PartialDate, PartnershipKind, PartnershipStatus } from "@accord/domain";
import { type Cue, cue } from "./cue.ts";
import {
  DISCUSSED_ACTION,
  FUTURE,
  KIND_CUES,
  PAIR_REFERENCE,
  PAST,
  SELF_REFERENCE,
  SPECIFIC_KIND,
  STATUS_CUES,
  TO_CREATE,
  UNDER_INSTRUMENT,
} from "./cues.ts";
import type { DocumentContext } from "./document-context.ts";
import { fieldsIn } from "./fields-in.ts";
import { afterPublication, type DateMention, type SentenceDates } from "./find-dates.ts";
import { type OrganizationTable, type OrgEntity, type OrgMention, rootOf } from "./organization-table.ts";

/** Cooperation one sentence reports, before it becomes a domain `Partnership`. */
export interface PartnershipMention {
  parties: OrgEntity[];
  kind: PartnershipKind;
  status: PartnershipStatus;
  date: PartialDate | null;
  fields: FieldId[];
  sentences: number[];
  /** How directly the date was read: 3 in the sentence, 2 earlier in its paragraph, 1 the story's date, 0 none. */
  dateRank: number;
}

const ACADEMIC = new Set(["university", "institute", "academy", "association"]);
// What is done, what goes on, and what is only talked of are different facts about one pair.
const STATUS_GROUP: Record<PartnershipStatus, string> = {
  signed: "done",
  approved: "done",
  launched: "done",
  ongoing: "ongoing",
  planned: "intent",
  discussed: "intent",
};
const STATUS_RANK: Record<PartnershipStatus, number> = {
  signed: 6,
  approved: 5,
  launched: 4,
  ongoing: 3,
  planned: 2,
  discussed: 1,
};

/** The two organizations the story is about: the most mentioned academic ones, of two countries where possible. */
export function principalPair(
  orgs: OrganizationTable,
  /** Whether the text speaks of itself ("我校") with no publisher known: that unknown one is the other party. */
  selfUnknown: () => boolean = () => false,
): [OrgEntity, OrgEntity] | undefined {
  const counts = new Map<OrgEntity, number>();
  for (const m of orgs.mentions) {
    const root = rootOf(m.entity);
    if (!ACADEMIC.has(root.kind) || root.kind === "association") continue;
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([e]) => e);
  const [first] = ranked;
  if (!first) return undefined;
  const abroad = ranked.find((e) => e !== first && e.country !== first.country && e.country && first.country);
  const second = abroad ?? (selfUnknown() ? undefined : ranked[1]);
  return second ? [first, second] : undefined;
}

const MEMBERSHIP = cue(
  /\b(join\S*|members?|membership|found\S*|co-?found\S*|establish\S*|initiat\S*|creat\S*|launch\S*|participa\S*|includ\S*|unit\S*|construction of)\b|加入|成员|发起|成立|вступ\S*|член\S*|учред\S*|созда\S*/iu,
);
// Words that list an organization's partners ("its partners include", "Среди его партнеров", "合作伙伴包括").
const PARTNER_LIST = cue(
  /\b(its|their)\s+(\S+\s+){0,2}partners\b|\bpartners\s+(include|are)\b|партн[её]р(ов|ами|ы)(?!\p{L})|合作伙伴(包括|有)/iu,
);
const RECALL = cue(
  /\b(previously|earlier|before that|in the past|formerly)\b|此前|之前|以前|曾|ранее|прежде|до этого/iu,
);
// "Recently", "近日", "недавно": the sentence says it happened lately and gives no date, so it takes none from others.
const RECENT = cue(/\b(recently|lately)\b|近日|日前|近期|不久前|недавно|на днях/iu);
const UNDER = cue(UNDER_INSTRUMENT);
// A joint body's name: "joint", a Confucius Institute, or two countries' words joined ("Kazakh-Chinese Institute",
// "中俄学院").
const JOINT_BODY =
  /\bjoint\b|\bconfucius institute\b|孔子学院|институт конфуция|\b(sino|china|chinese|russia|russian|kazakh|kazakhstan|belarus|belarusian|mongolian|indian)[-–](china|chinese|russia|russian|kazakh|kazakhstan|belarus|belarusian|mongolian|indian)\b|联合|中俄|俄中|中哈|中白|совместн|(российско|китайско|казахстанско|белорусско)-/iu;
// "Agreed on exchanges and research", not "agreed on Thursday to set up a centre".
const AGREED_ON = cue(
  /\b(agreed\s+(on|upon)(?!\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|reached\s+(an?\s+)?(\S+\s+)?agreements?\s+(on|to))\b/i,
);
const WITH_PARTNER = cue(
  /\b(jointly|together|in (partnership|cooperation|collaboration)) with\b|совместно с(о)?(?![а-яё])|вместе с(о)?(?![а-яё])|в (партн[её]рстве|сотрудничестве) с(о)?(?![а-яё])/iu,
);
// What joins the names of a list and nothing more: ", ", " and ", "、", " и ".
const LIST_JOINER = /^[\s,;]*(and|as well as|и|а также|、|和|及|以及)?[\s,;]*$/iu;
const SIGNED_IN_REFERENCE = /\b(signed|concluded)\b|подписанн|заключ[её]нн/iu;
const DOCUMENT_SIGNED = /\b(the|a) document was signed\b/i;
const AGREEMENT_WORD = /\bagreements?\b/i;
// A verb of signing an agreement or a memorandum, next to it.
const SIGNED_INSTRUMENT = cue(
  /\b(signed|renewed)\s+(an?\s+|the\s+)?(\S+\s+){0,3}(agreements?|memorand(um|a)|mou|letters? of intent|road ?maps?)\b|(签署|签订|续签)了?[^，。；]{0,12}(协议|备忘录|意向书|路线图)|(подписали|подписано|подписан|заключили|заключено|продлили)\s+(\S+\s+){0,3}(соглашени|договор|меморандум|протокол|дорожн\S*\s+карт)/iu,
);
/** The parties of a partnership as one key: their ids, sorted, joined. */
const partiesKey = (parties: readonly OrgEntity[]) =>
  parties
    .map((p) => p.id)
    .sort()
    .join("+");
const SECONDARY = new Set<PartnershipKind>(["exchange", "research-project", "joint-program"]);
const STORY_STATUSES = new Set<PartnershipStatus>(["signed", "approved", "launched", "discussed"]);
const JOINT = cue(
  /\b(jointly|together|trilateral|tripartite|three parties|all parties)\b|共同|三方|совместно|трёхсторонн|трехсторонн/iu,
);

// An instrument signed, in a sentence that names no party: "Following the talks, a memorandum was signed."
const SIGNED_UNNAMED = cue(
  /\b(memorand(um|a)( of understanding)?|mou|agreements?)\s+((\S+\s+){0,8}(was|were|has been|have been|is|are|will be|to be)\s+)?signed\b|\bsigned\s+(an?\s+|the\s+)?(\S+\s+){0,3}(agreements?|memorand(um|a)|mou)\b|(签署|签订|续签)了?[^，。；]{0,12}(协议|备忘录|意向书)|(协议|备忘录|意向书)[^，。；]{0,6}(签署|签订|签约)|(подписан|подписано|подписаны|заключено|заключен)\s+(\S+\s+){0,3}(соглашени|договор|меморандум|протокол)|(соглашени|договор|меморандум|протокол)\S*\s+(\S+\s+){0,7}(был\S*\s+)?(подписан|заключ[её]н)/iu,
);
// A sentence that begins with the instrument just told of, and the verbs of what it provides for.
const INSTRUMENT_FIRST =
  /^\s*((the|this)\s+(agreement|memorandum|document|mou|contract|road\s?map)|(документ|соглашени|меморандум|договор)\S*|дорожн\S*\s+карт\S*|(该|此)?(协议|备忘录|路线图)|根据(协议|备忘录|路线图))/iu;
const PROVIDES =
  /\b(provides?|envisages?|stipulates?|covers?|includes?)\b|предусматрива\S*|включа\S*|规定|包括|涵盖/giu;
const PROVIDED = new Set<PartnershipKind>([
  "exchange",
  "research-project",
  "joint-program",
  "joint-lab",
  "joint-institute",
]);
// What an instrument is signed for: "to promote academic collaboration", "aimed at".
const PURPOSE = cue(
  /\b(to|will)\s+(promote|foster|enhance|facilitate|strengthen|expand|develop|deepen|boost|encourage|support)\b|\baim(ed|s)?\s+at\b|旨在|以促进|推动|促进|с целью|направлен\S*\s+на/iu,
);
const MEMORANDUM = /memorand|\bmou\b|intent|备忘录|意向书|меморандум|намерени/iu;
// An alliance made in a sentence of another kind of cooperation: "agreed to create a consortium for joint training".
const ALLIANCE_MADE = cue(
  /\b(establish|form|creat|launch|found|set up)\S*\s+(an?\s+|the\s+)?(\S+\s+){0,2}(alliance|consortium)\b|(成立|组建|建立|发起)[^，。；]{0,8}联盟|(создани|созда|учрежд|учреди|сформир|формировани)\S*\s+(\S+\s+){0,2}(консорциум|альянс)/iu,
);

/** Finds the partnerships each sentence reports; the same parties and kind in one document are one partnership. */
export function findPartnerships(
  ctx: DocumentContext,
  orgs: OrganizationTable,
  dates: SentenceDates,
): PartnershipMention[] {
  const self = ctx.publisher ? (orgs.entities.get(ctx.publisher.id) ?? null) : null;
  const storyPair = principalPair(orgs, () => !self && SELF_REFERENCE.test(ctx.text));
  const found = new Map<string, PartnershipMention>();
  let lastAlliance: { key: string; sentence: number } | undefined;
  // An association founded or joined in a sentence naming fewer than two members, whose members may follow.
  let awaitingMembers:
    | { association: OrgEntity; status: PartnershipStatus; date: PartialDate | null; sentence: number }
    | undefined;
  let lastAssociation: OrgEntity | undefined;
  // One set of sentences a partnership: rebuilding the list on every mention is quadratic in long documents.
  const sentenceSets = new Map<string, Set<number>>();
  const add = (key: string, m: PartnershipMention) => {
    const seen = found.get(key);
    if (!seen) {
      found.set(key, m);
      return;
    }
    seen.parties = [...new Set([...seen.parties, ...m.parties])];
    let sentences = sentenceSets.get(key);
    if (!sentences) {
      sentences = new Set(seen.sentences);
      sentenceSets.set(key, sentences);
    }
    for (const s of m.sentences)
      if (!sentences.has(s)) {
        sentences.add(s);
        seen.sentences.push(s);
      }
    if (STATUS_RANK[m.status] > STATUS_RANK[seen.status]) seen.status = m.status;
    if (m.dateRank > seen.dateRank) {
      seen.date = m.date;
      seen.dateRank = m.dateRank;
    }
    seen.fields = [...new Set([...seen.fields, ...m.fields])];
  };
  // The first full date of the story: what the article reports happened then, unless a sentence says otherwise.
  const published = ctx.published?.precision === "day" ? ctx.published.value : null;
  let storyDate: PartialDate | null | undefined;
  const storyDateOf = () => {
    if (storyDate === undefined) {
      storyDate = null;
      for (let si = 0; si < dates.count && storyDate === null; si++)
        storyDate = dates.at(si).find((d) => d.date.precision === "day" && d.date.value !== published)?.date ?? null;
    }
    return storyDate;
  };
  // A joint body's own name is the cue of what the partners made ("…共建中俄联合研究院"): read once per organization.
  const jointBodies = new Map<OrgEntity, boolean>();
  const isJointBody = (e: OrgEntity) => {
    let joint = jointBodies.get(e);
    if (joint === undefined) {
      // A body the text alone names ("Kazakh-Chinese Institute of Engineering") is what the partners made; a
      // listed one ("Joint Institute for Nuclear Research") is an organization of its own.
      joint = JOINT_BODY.test(e.name) && (!ACADEMIC.has(e.kind) || !e.known);
      jointBodies.set(e, joint);
    }
    return joint;
  };
  // "Inaugurated a Center for Chinese Studies", "открыли Центр китайского языка": a body the text alone names, opened
  // in the sentence, is what the parties made, not one of them.
  const openedBody = (m: OrgMention) =>
    !m.entity.known &&
    !m.entity.parent &&
    m.entity.kind !== "university" &&
    BODY_NAME.test(m.entity.name) &&
    OPENED_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start));
  // The parties of the last sentence that told of cooperation, and where it was.
  let lastGroups: { groups: OrgEntity[][]; sentence: number } | undefined;
  // "The two universities" right after a sentence naming two universities are those two, not the story's pair.
  let recent: { pair: [OrgEntity, OrgEntity]; sentence: number } | undefined;
  const visit = (sentence: Stretch, si: number, mentions: readonly OrgMention[]) => {
    const text = sentence.text;
    // Nothing below changes state for a sentence that names no one, but a memorandum signed right after a
    // sentence of cooperation is one of its parties ("The sides discussed … . A memorandum was signed.").
    // "The document provides for joint training of postgraduates and exchanges of teachers": what the instrument just
    // told of provides for is planned between its parties.
    // The kinds an instrument's words tell it is for ("provides for exchanges", "о реализации … программы"), each
    // between the instrument's parties.
    const addProvided = (
      groups: readonly OrgEntity[][],
      rest: string,
      statusFor: () => PartnershipStatus,
      date: PartialDate | null,
      dateRank: number,
    ) => {
      for (const [kind, re] of KIND_CUES) {
        if (!PROVIDED.has(kind) || !re.test(rest)) continue;
        const status = statusFor();
        for (const group of groups)
          add(`${partiesKey(group)}|${kind}|${STATUS_GROUP[status]}`, {
            parties: group,
            kind,
            status,
            date,
            dateRank,
            fields: fieldsIn(rest),
            sentences: [si],
          });
      }
    };
    const providedFor = (groups: readonly OrgEntity[][], text: string) => {
      const ref = INSTRUMENT_FIRST.exec(text);
      if (!ref) return;
      const rest = blank(text, ref);
      // What an instrument provides for is to come, though its words name a start ("and the launch of a programme").
      const provided = () => {
        const cued = cuedStatus(rest.replace(PROVIDES, " "));
        return cued === undefined || DONE.has(cued) ? "planned" : cued;
      };
      addProvided(groups, rest, provided, null, 0);
    };
    // An instrument signed in a sentence that names none of its parties, or one of the story's pair alone.
    const signedBy = (groups: readonly OrgEntity[][], text: string) => {
      const signed = SIGNED_UNNAMED.exec(text);
      if (!signed || UNDER.test(text)) return;
      const kind: PartnershipKind = MEMORANDUM.test(signed[0]) ? "mou" : "agreement";
      // "A memorandum is expected to be signed early next year": a signing to come is planned, and dated only by
      // its own words.
      const ahead = /\b(will|to) be\s+signed$/i.test(signed[0]);
      const own = nearestDate(dates.at(si), sentence.start, signed.index);
      const date = own ?? (ahead ? null : (dateBefore(ctx, dates, si) ?? storyDateOf()));
      for (const group of groups)
        add(`${partiesKey(group)}|${kind}|${ahead ? "intent" : "done"}`, {
          parties: group,
          kind,
          status: ahead ? "planned" : "signed",
          date,
          dateRank: own ? 3 : date ? 1 : 0,
          fields: [],
          sentences: [si],
        });
      // "Было подписано соглашение о реализации сетевой образовательной программы": what it is signed on, too.
      const rest = blank(text, signed);
      const status = (): PartnershipStatus =>
        FUTURE.test(text) || PURPOSE.test(text) || TO_CREATE.test(rest) ? "planned" : (cuedStatus(rest) ?? "signed");
      addProvided(groups, rest, status, date, own ? 3 : date ? 1 : 0);
    };
    if (mentions.length === 0 && !PAIR_REFERENCE.test(text)) {
      if (lastGroups && si - lastGroups.sentence <= 2) signedBy(lastGroups.groups, text);
      if (lastGroups && si - lastGroups.sentence <= 2) providedFor(lastGroups.groups, text);
      return;
    }
    // "两校在深圳北理莫斯科大学框架下的合作": where the cooperation sits, not one of its parties (an association named
    // so still tells that the parties are its members).
    const acting = mentions.filter(
      (m) =>
        (rootOf(m.entity).kind === "association" || !framesCooperation(ctx.text, m)) &&
        !APPOSITIVE_JOINT_BODY.test(ctx.text.slice(m.end, m.end + 60)),
    );
    const named = acting.map((m) => rootOf(m.entity));
    const academic = [...new Set(named.filter((e) => ACADEMIC.has(e.kind) && e.kind !== "association"))];
    const pair =
      recent && si - recent.sentence <= 1 && !recent.pair.every((p) => storyPair?.includes(p)) && academic.length === 0
        ? recent.pair
        : storyPair;
    if (academic.length === 2) recent = { pair: [academic[0] as OrgEntity, academic[1] as OrgEntity], sentence: si };
    else if (academic.length === 0) {
      // "中国教育部部长与俄罗斯联邦科学和高等教育部部长举行会谈。双方签署了路线图": two ministries are "the sides" too.
      const bodies = [...new Set(named.filter((e) => e.kind === "government"))];
      if (bodies.length === 2) recent = { pair: [bodies[0] as OrgEntity, bodies[1] as OrgEntity], sentence: si };
    }
    // Cue words inside names ("… Center for International Cultural Exchanges") say nothing of the sentence.
    let masked = "";
    let at = sentence.start;
    for (const m of mentions) {
      if (isJointBody(m.entity) || openedBody(m)) continue;
      masked += ctx.folded.slice(at, m.start) + " ".repeat(m.end - m.start);
      at = m.end;
    }
    masked += ctx.folded.slice(at, sentence.end);
    const association =
      named.find((e) => e.kind === "association") ??
      (/\b(the|this) (association|alliance|union|consortium)\b/i.test(text) ? lastAssociation : undefined);
    if (association) lastAssociation = association;
    let under = UNDER.exec(masked);
    if (under) {
      const framed = blank(masked, under);
      // "According to a memorandum signed by the two rectors, the centre will …": with nothing else to tell, the
      // instrument's signing is the sentence's news.
      if (SIGNED_IN_REFERENCE.test(under[0]) && !KIND_CUES.some(([, re]) => re.test(framed))) under = null;
      else masked = framed;
    }
    // A date inside the reference is the instrument's, not what the sentence reports.
    const frame = under;
    const inUnder = (d: DateMention) =>
      frame !== null &&
      d.start - sentence.start >= frame.index &&
      d.start - sentence.start < frame.index + frame[0].length;
    const ownDates = under ? dates.at(si).filter((d) => !inUnder(d)) : dates.at(si);
    // The joint body is what the partners made, not one of them, when two others are named.
    const made = acting.filter((m) => !isJointBody(m.entity) && !openedBody(m));
    // "…jointly run a Confucius Institute": with the pair named by reference, the joint body is still not a party.
    // "Центр создан совместно с Харбинским инженерным университетом": one of the story's pair, made with, stands
    // for both.
    const withPartner =
      pair !== undefined &&
      academic.length === 1 &&
      pair.includes(academic[0] as OrgEntity) &&
      WITH_PARTNER.test(masked);
    const toPair = withPartner || PAIR_REFERENCE.test(masked);
    const byReference = pair !== undefined && made.length >= 1 && toPair;
    const all = partiesOf(made.length >= 2 || byReference ? made : acting, masked, pair, self);
    // Cooperation needs two parties: named, or "the two universities" standing for the story's pair; one of the
    // pair named with a memorandum signed ("the centre builds on a memorandum signed in 2021") is the pair's.
    if (all.length < 2 && !(pair && toPair)) {
      if (pair && academic.length === 1 && pair.includes(academic[0] as OrgEntity)) signedBy([pair], masked);
      // "Eight universities established the X Consortium." then "Founding members include A, B, C …".
      const founded = named.find((e) => e.kind === "association");
      if (founded && MEMBERSHIP.test(masked))
        awaitingMembers = {
          association: founded,
          status: statusOf(masked, "alliance"),
          date: nearestDate(dates.at(si), sentence.start, 0),
          sentence: si,
        };
      return;
    }
    const members = all.filter((p) => p.kind !== "association");
    const joinsAssociation = named.some((e) => e.kind === "association") && MEMBERSHIP.test(masked);
    const kindCue: (typeof KIND_CUES)[number] | undefined = joinsAssociation
      ? ["alliance", MEMBERSHIP]
      : SPECIFIC_KIND.test(masked)
        ? KIND_CUES.find(([, re]) => re.test(masked))
        : KIND_CUES.find(([k, re]) => k === "other" && re.test(masked));
    // A list of members right after an alliance's sentence belongs to that alliance.
    if (
      (!kindCue || kindCue[0] === "other") &&
      lastAlliance &&
      si - lastAlliance.sentence <= 2 &&
      members.length >= 3
    ) {
      const seen = found.get(lastAlliance.key);
      if (seen) add(lastAlliance.key, { ...seen, parties: members, sentences: [si], fields: [], dateRank: 0 });
      lastAlliance.sentence = si;
      return;
    }
    if (
      (!kindCue || kindCue[0] === "other") &&
      awaitingMembers &&
      si - awaitingMembers.sentence <= 2 &&
      members.length >= 3
    ) {
      const { association: body, status, date } = awaitingMembers;
      const key = `alliance|${body.id}`;
      add(key, {
        parties: members,
        kind: "alliance",
        status,
        date,
        dateRank: date ? 3 : 0,
        fields: [],
        sentences: [si],
      });
      lastAlliance = { key, sentence: si };
      awaitingMembers = undefined;
      return;
    }
    if (!kindCue) return;
    // "俄罗斯科学院院士、新西伯利亚国立大学教授某某表示，中俄高校合作潜力巨大": organizations named only in a
    // person's academic titles do not cooperate for saying so.
    if (kindCue[0] === "other" && acting.length > 0 && acting.every((m) => inTitle(ctx.text, m))) return;
    // "The parties agreed on exchanges, joint programmes and research": one agreement whose content is listed,
    // not a partnership of each kind; "reached agreements to expand cooperation" is an agreement talked of.
    const agreedOn = AGREED_ON.exec(masked);
    if (agreedOn && kindCue[0] !== "alliance") {
      const agreedParties = members.length >= 2 ? members : pair && toPair ? pair : all;
      if (agreedParties.length < 2) return;
      const own = nearestDate(dates.at(si), sentence.start, agreedOn.index);
      const date = own ?? dateBefore(ctx, dates, si);
      const status: PartnershipStatus = /reached/i.test(agreedOn[0]) ? "discussed" : "signed";
      const groups = agreedParties.length > 2 && !JOINT.test(text) ? star(agreedParties, pair) : [agreedParties];
      for (const group of groups)
        add(`${partiesKey(group)}|agreement|${STATUS_GROUP[status]}`, {
          parties: group,
          kind: "agreement",
          status,
          date,
          dateRank: own ? 3 : date ? 2 : 0,
          fields: fieldsIn(masked),
          sentences: [si],
        });
      return;
    }
    // Words of a name ("西安交通大学", "University of Science and Technology") are not fields of the partnership.
    const fields = fieldsIn(masked);
    const [kind, kindRe] = kindCue;
    let status = statusOf(masked, kind);
    const first = kindRe.exec(masked);
    // The date nearest to the cue of the kind or to the verb of the status: "…, the joint university founded in 2016".
    const verb = STATUS_CUES.find(([k]) => k === status)?.[1].exec(masked);
    const nearest = nearestDate(ownDates, sentence.start, first?.index ?? 0, verb?.index);
    // "According to a memorandum signed …, the centre will recruit students from 2024": a date after the story's is
    // not when something was signed or launched.
    // Talk took place by the story's day too: "обсудили … организацию конференции в 2026 году" was not talked of in 2026.
    const own =
      nearest && (DONE.has(status) || status === "discussed") && afterPublication(nearest, ctx.published)
        ? null
        : nearest;
    // "Previously", "此前": what the sentence recalls is not dated by the sentences before it.
    const recalled = RECALL.test(masked);
    const lately = !own && RECENT.test(masked);
    // A date after the story's, told before, is not when something done or talked of took place.
    const told = own || recalled || lately ? null : dateBefore(ctx, dates, si);
    const before =
      told && (DONE.has(status) || status === "discussed") && afterPublication(told, ctx.published) ? null : told;
    // "…which began with a memorandum signed in 2018. The two universities also plan to set up a centre": a plan the
    // story reports is not dated by a year long before the story's.
    const near = before && status === "planned" && longBefore(before, ctx.published) ? null : before;
    let date = own ?? near ?? (STORY_STATUSES.has(status) && !recalled && !lately ? storyDateOf() : null);
    let dateRank = own ? 3 : near ? 2 : date ? 1 : 0;
    // "孔子学院举行成立十周年庆祝活动", "the 10th anniversary of the joint institute": what was made N years before
    // the celebration was launched then.
    const years = anniversaryYears(masked);
    const celebrated = (date?.precision === "day" || date?.precision === "month" ? date : null) ?? ctx.published;
    if (years !== undefined && celebrated && (status === "launched" || MADE.has(kind))) {
      status = "launched";
      date = { precision: "year", value: String(yearOf(celebrated) - years) };
      dateRank = 3;
    }
    if (kind === "alliance") {
      // "The parties also discussed joining the BRICS Network University": the story's pair, together.
      if (members.length < 2 && pair && toPair && association) {
        const key = `alliance|${association.id}`;
        add(key, {
          parties: [...new Set([...members, ...pair])],
          kind,
          status,
          date,
          dateRank,
          fields,
          sentences: [si],
        });
        lastAlliance = { key, sentence: si };
        return;
      }
      // "Twenty medical universities have established the X Alliance, Y University said": its members may follow.
      if (members.length < 2) {
        if (association) awaitingMembers = { association, status, date, sentence: si };
        return;
      }
      const key = association ? `alliance|${association.id}` : `${partiesKey(members)}|alliance`;
      add(key, { parties: members, kind, status, date, dateRank, fields, sentences: [si] });
      lastAlliance = { key, sentence: si };
      return;
    }
    // Members first; "the two universities" before an association they belong to.
    const parties = members.length >= 2 ? members : pair && toPair ? [...new Set([...members, ...pair])] : all;
    if (parties.length < 2) return;
    // "Среди его партнеров — Ланьчжоуский университет и Пекинский педагогический университет": partners of one
    // country listed in a story of two are each the partner of the story's organization of the other country.
    const abroad = pair?.find(
      (p) => p.country !== null && parties.every((q) => q.country !== null && q.country !== p.country),
    );
    const listedPartners =
      kind === "other" &&
      abroad !== undefined &&
      PARTNER_LIST.test(masked) &&
      new Set(parties.map((p) => p.country)).size === 1;
    // "Vice President Zhen Liang led a delegation to visit A, B and C", on the publisher's site: the visitor the
    // sentence does not name is the publisher, and it visited each of them.
    const visitedBySelf =
      self !== null && !parties.includes(self) && parties.length >= 2 && DELEGATION_VISIT.test(masked);
    const groups = listedPartners
      ? parties.map((p) => [abroad, p])
      : visitedBySelf
        ? parties.map((p) => [self, p])
        : parties.length > 2 && !JOINT.test(text)
          ? star(parties, pair)
          : [parties];
    lastGroups = { groups, sentence: si };
    if (members.length >= 2 && ALLIANCE_MADE.test(masked)) {
      const key = `${partiesKey(members)}|alliance`;
      add(key, { parties: members, kind: "alliance", status, date, dateRank, fields, sentences: [si] });
      lastAlliance = { key, sentence: si };
    }
    const facts: [PartnershipKind, PartnershipStatus][] = listedPartners
      ? [[kind, cuedStatus(masked) ?? "ongoing"]]
      : factsOf(masked, kindCue, status);
    // "Beihang signed a framework agreement with BMSTU, a student exchange agreement with SPbPU, and …": each party
    // of a centre takes the kinds written just before its name, where those words name one.
    // A party after "and" with no words of its own takes those of the party before it ("agreements with MSU and
    // SPbU, and a memorandum with TPU").
    const partyFacts = (group: OrgEntity[]) => {
      if (groups.length < 2) return facts;
      const other = group[1] as OrgEntity;
      const at = mentions.findIndex((m) => rootOf(m.entity) === other);
      for (let j = at; j >= 1; j--) {
        const previous = mentions[j - 1] as OrgMention;
        const words = masked.slice(previous.end - sentence.start, (mentions[j] as OrgMention).start - sentence.start);
        if (!SPECIFIC_KIND.test(words)) {
          if (LIST_JOINER.test(words)) continue;
          return facts;
        }
        const cue = KIND_CUES.find(([, re]) => re.test(words));
        return cue ? factsOf(words, cue, cuedStatus(words) ?? status) : facts;
      }
      return facts;
    };
    // "The document was signed by …" after a memorandum of the same parties is that memorandum.
    const theDocument = kind === "agreement" && DOCUMENT_SIGNED.test(masked) && !AGREEMENT_WORD.test(masked);
    for (const group of groups)
      for (const [k, st] of partyFacts(group)) {
        const ids = partiesKey(group);
        const named = theDocument && k === "agreement" && found.has(`${ids}|mou|${STATUS_GROUP[st]}`) ? "mou" : k;
        add(`${ids}|${named}|${STATUS_GROUP[st]}`, {
          parties: group,
          kind: named,
          status: st,
          date,
          dateRank,
          fields,
          sentences: [si],
        });
      }
    // "…, under an agreement signed in 2023", "according to a memorandum signed by the rectors": the instrument the
    // sentence builds on was signed by the same parties, then (or as the sentences before tell).
    if (under && SIGNED_IN_REFERENCE.test(under[0])) {
      const instrument: PartnershipKind = MEMORANDUM.test(under[0]) ? "mou" : "agreement";
      const signedOn = nearestDate(dates.at(si).filter(inUnder), sentence.start, under.index);
      const signedDate = signedOn ?? dateBefore(ctx, dates, si) ?? storyDateOf();
      for (const group of groups)
        add(`${partiesKey(group)}|${instrument}|done`, {
          parties: group,
          kind: instrument,
          status: "signed",
          date: signedDate,
          dateRank: signedOn ? 3 : signedDate ? 2 : 0,
          fields: [],
          sentences: [si],
        });
    }
  };
  ctx.sentences.forEach((sentence, si) => {
    for (const clause of clausesOf(ctx, sentence, orgs.inSentence(si))) visit(clause.stretch, si, clause.mentions);
  });
  // "Институт … открылся на базе Ланьчжоуского университета", then "На мероприятии присутствовали руководители …
  // Белорусского государственного экономического университета": organizations of another country whose people
  // attended the opening of a body a university hosts took part in it with the host.
  const hosted = openingHost(ctx, orgs, dates);
  if (hosted)
    for (let si = hosted.sentence + 1; si < ctx.sentences.length; si++) {
      if (!ATTENDED.test((ctx.sentences[si] as Stretch).text)) continue;
      const { host } = hosted;
      for (const m of orgs.inSentence(si)) {
        const guest = rootOf(m.entity);
        if (guest === host || !ACADEMIC.has(guest.kind) || guest.kind === "association") continue;
        if (isJointBody(guest) || openedBody(m) || !guest.country || !host.country || guest.country === host.country)
          continue;
        const date = hosted.date ?? storyDateOf();
        add(`${partiesKey([host, guest])}|other|done`, {
          parties: [host, guest],
          kind: "other",
          status: "launched",
          date,
          dateRank: hosted.date ? 2 : date ? 1 : 0,
          fields: [],
          sentences: [si],
        });
      }
    }
  // Talk of cooperation between parties that the text gives a specific partnership is that partnership told
  // again ("during the visit, the two universities signed an agreement"): the meeting itself is an event.
  const specific = new Set([...found.values()].filter((m) => m.kind !== "other").map((m) => partiesKey(m.parties)));
  // A ministry or a government is a party to what it signs; its support, approval or praise of a programme is
  // not a partnership with it.
  const governmentFree = (m: PartnershipMention) =>
    m.kind === "agreement" || m.kind === "mou" || m.parties.every((p) => p.kind !== "government");
  return [...found.values()].filter(
    (m) => (m.kind !== "other" || !specific.has(partiesKey(m.parties))) && governmentFree(m),
  );
}

/**
 * The kinds and statuses of cooperation words tell: the kind of the cue, a second kind beside it, and an
 * instrument signed beside another kind ("signed a memorandum to establish a joint centre").
 */
function factsOf(
  masked: string,
  [kind, kindRe]: readonly [PartnershipKind, Cue],
  status: PartnershipStatus,
): [PartnershipKind, PartnershipStatus][] {
  // "An agreement on student exchange": one sentence can tell of a second kind of cooperation.
  // The second kind is looked for outside the words that gave the first ("joint research center" is one thing).
  const first = kindRe.exec(masked);
  const rest = first ? blank(masked, first) : masked;
  const seconds = KIND_CUES.filter(
    ([k, re]) => k !== kind && k !== "other" && k !== "alliance" && SECONDARY.has(k) && re.test(rest),
  );
  const second = seconds[0];
  // The words of signing an instrument, and what the sentence says outside them.
  const signing = SIGNED_INSTRUMENT.exec(masked);
  const outsideSigning = signing ? blank(masked, signing) : masked;
  // "签署合作谅解备忘录，双方将开展联合研究", "signed an MoU to promote exchange and joint research": what a signed
  // memorandum says will be done is planned.
  // "就联合研究达成共识，并续签了合作备忘录": the other kinds stand where the words outside the signing put them.
  const signedInstrument = status === "signed" && (kind === "mou" || kind === "agreement");
  const secondStatus = !signedInstrument
    ? status
    : FUTURE.test(masked) || PURPOSE.test(masked)
      ? "planned"
      : (cuedStatus(outsideSigning) ?? status);
  const facts: [PartnershipKind, PartnershipStatus][] = [[kind, status]];
  if (kind !== "other") for (const [k] of seconds) facts.push([k, secondStatus]);
  // "Signed a memorandum to establish a joint centre": the memorandum is signed, the centre is planned.
  const instrument =
    status === "signed"
      ? KIND_CUES.find(([k, re]) => (k === "mou" || k === "agreement") && re.test(masked))
      : undefined;
  // "签署了学生交流协议，并就共建联合研究中心进行了深入交流": what a later clause says is to be made is not what the
  // instrument is signed for.
  const created = TO_CREATE.exec(masked);
  const createdLater =
    signing !== null &&
    created !== null &&
    created.index >= signing.index + signing[0].length &&
    /[，；;,]/.test(masked.slice(signing.index + signing[0].length, created.index));
  if (instrument && kind !== instrument[0] && created && !createdLater) {
    facts.length = 0;
    facts.push([instrument[0], "signed"], [kind, "planned"]);
    if (second && second[0] !== instrument[0]) facts.push([second[0], "planned"]);
  } else if (instrument && kind !== instrument[0] && kind !== "other" && facts[0]) {
    // "Signed an agreement on training engineers and discussed a joint laboratory": the agreement is signed; the
    // laboratory stands where the words outside the signing put it, signed too when nothing else is said.
    // The kinds beside it too: "就联合人才培养、科研合作进行了深入交流，并续签了合作协议" discussed both.
    // A kind named in the instrument's own words ("签署了学生交流协议", "signed a student exchange agreement") is
    // signed with it.
    if (signing) {
      const outside = cuedStatus(outsideSigning);
      for (let i = 0; i < facts.length; i++) {
        const k = (facts[i] as [PartnershipKind, PartnershipStatus])[0];
        const named = KIND_CUES.find(([c]) => c === k)?.[1].test(signing[0]) ?? false;
        facts[i] = [k, named ? "signed" : (outside ?? status)];
      }
      facts.push([instrument[0], "signed"]);
    }
  } else if (status !== "signed" && kind !== "agreement" && kind !== "mou" && signing) {
    // "两校续签了校际合作协议，并启动了双学位项目": an agreement signed beside a programme launched.
    const signed = KIND_CUES.find(([k, re]) => (k === "mou" || k === "agreement") && re.test(masked));
    if (signed) facts.push([signed[0], "signed"]);
  }
  return facts;
}

// A person leading a delegation to visit: "led a delegation to visit", "率团访问", "возглавил делегацию, посетившую".
const DELEGATION_VISIT = cue(
  /\b(led|headed)\s+(a|an|the|his|her)\s+(\S+\s+){0,2}delegation\s+(on a visit\s+)?to\s+(visit|tour)\b|率(领)?(代表)?团(访问|出访|赴)|возглави\S*\s+(\S+\s+)?делегаци\S*[^.]{0,40}(посети|визит)/iu,
);
// What tells of a body opened, and of the organization hosting it, written just before its name.
const OPENING =
  /\b(opened|opens|inaugurated|launched|unveiled|established|set up)\b|открыл\S*|открыт\S*|созда[нл]\S*|учрежд[её]н\S*|揭牌|成立|开设/iu;
const HOST_BEFORE =
  /\b(on the basis of|based at|hosted by|housed at|housed in)\s+(the\s+)?$|на\s+(базе|площадке)\s+$|依托$/iu;
// Words of people attending: "were present", "took part in the ceremony", "присутствовали", "出席".
const ATTENDED = cue(
  /\b(attended|were present|was present|took part|participated)\b|присутствовал\S*|(принял|приняла|приняли)\s+участие|出席|参加了?(仪式|活动|典礼)/iu,
);

/** The university or institute hosting a body the text tells was opened ("открылся на базе X"), and that sentence. */
function openingHost(
  ctx: DocumentContext,
  orgs: OrganizationTable,
  dates: SentenceDates,
): { host: OrgEntity; sentence: number; date: PartialDate | null } | undefined {
  for (let si = 0; si < ctx.sentences.length; si++) {
    const text = (ctx.sentences[si] as Stretch).text;
    if (!OPENING.test(text)) continue;
    for (const m of orgs.inSentence(si)) {
      const host = rootOf(m.entity);
      if (host.kind !== "university" && host.kind !== "institute") continue;
      if (HOST_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 30), m.start)))
        return { host, sentence: si, date: nearestDate(dates.at(si), (ctx.sentences[si] as Stretch).start, 0) };
    }
  }
  return undefined;
}

const OPENED_BEFORE =
  /\b(inaugurat|open|launch|establish|unveil|set\s+up|creat|found|co-?found)\S*\s+(an?\s+|the\s+|its\s+|their\s+)?(new\s+)?$|(открыл\S*|открыт\S*|открыва\S*|создал\S*|создан\S*|учредил\S*)\s+(нов\S+\s+)?$/iu;
const BODY_NAME =
  /^(the\s+)?(cent(er|re)|institute|laborator|lab\b|school|college|academy|office)|^(центр|институт|лаборатори|школ|колледж|офис)/iu;
// "the Shenzhen MSU-BIT University, a joint university of MSU and BIT": what the two made, not one of them.
const APPOSITIVE_JOINT_BODY =
  /^,\s+(a|an|the)\s+(\S+\s+){0,2}joint\s+\S+\s+(of|between|set up by|founded by|established by|run by)\s/iu;
const FRAMEWORK_BEFORE = /\b(within|under|in)\s+the\s+(framework|umbrella|auspices)\s+of\s+(the\s+)?$|в\s+рамках\s+$/iu;
const FRAMEWORK_AFTER = /^的?(框架|平台|机制)(下|内|中)/u;

const TITLE_AFTER =
  /^(、|，|\s)*(院士|教授|副教授|研究员|学者|专家)|^\s+(academician|professor|researcher|scholar)s?\b/iu;
const TITLE_BEFORE = /\b(professor|academician|researcher|scholar|fellow)s?\s+(at|of|from)\s+(the\s+)?$/iu;

/** Whether an organization is named in a person's academic title: "X院士", "professor at X", "X professor". */
function inTitle(text: string, m: OrgMention): boolean {
  return (
    TITLE_AFTER.test(text.slice(m.end, m.end + 14)) || TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))
  );
}

/** Whether an organization is named as the framework of the cooperation, not as a party to it. */
function framesCooperation(text: string, m: OrgMention): boolean {
  return (
    FRAMEWORK_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
    FRAMEWORK_AFTER.test(text.slice(m.end, m.end + 4))
  );
}

const DONE = new Set<PartnershipStatus>(["signed", "launched", "approved"]);

/** The text with a match blanked out by spaces, so that offsets stay where they were. */
function blank(text: string, m: RegExpExecArray): string {
  return text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
}

/**
 * Many parties in one sentence without "jointly": each works with the one organization of its country among
 * parties of another ("应喀山…、乌法…和萨马拉…邀请，大连理工大学…访问"), else with the story's main organization.
 */
function star(parties: OrgEntity[], pair: [OrgEntity, OrgEntity] | undefined): OrgEntity[][] {
  const lone = parties.filter((p) => p.country !== null && parties.filter((q) => q.country === p.country).length === 1);
  const host = lone.length === 1 && parties.every((p) => p.country !== null) ? lone[0] : undefined;
  const center = host ?? pair?.find((p) => parties.includes(p)) ?? parties[0];
  if (!center) return [];
  return parties.filter((p) => p !== center).map((p) => [center, p]);
}

/** A sentence or a clause of one: its text, and where it is. */
interface Stretch {
  text: string;
  start: number;
  end: number;
}

const CLAUSE_BREAK = /[，；;]|,\s+while\s|,\s+(and\s+)?between\s/gu;

/**
 * A sentence whose clauses each name two parties of their own is read clause by clause: "论坛期间，A与B续签了合作协议，
 * C与D签署了联合办学意向书" is two partnerships, not four organizations with one centre.
 */
function clausesOf(
  ctx: DocumentContext,
  sentence: Stretch,
  mentions: readonly OrgMention[],
): { stretch: Stretch; mentions: readonly OrgMention[] }[] {
  const whole = [{ stretch: sentence, mentions }];
  if (new Set(mentions.map((m) => rootOf(m.entity))).size < 4) return whole;
  // Pieces between clause breaks, each with the distinct organizations it names.
  const cuts = [sentence.start];
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) cuts.push(sentence.start + m.index + m[0].length);
  cuts.push(sentence.end);
  const clauses: { start: number; end: number; mentions: OrgMention[] }[] = [];
  let pending: { start: number; mentions: OrgMention[] } | undefined;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = pending?.start ?? (cuts[k] as number);
    const end = cuts[k + 1] as number;
    const inside = mentions.filter((m) => m.start >= (cuts[k] as number) && m.end <= end);
    const named = [...(pending?.mentions ?? []), ...inside];
    // A piece with fewer than two organizations goes with the next one ("论坛期间，…").
    if (new Set(named.map((m) => rootOf(m.entity))).size < 2) {
      pending = { start, mentions: named };
      continue;
    }
    clauses.push({ start, end, mentions: named });
    pending = undefined;
  }
  const last = clauses[clauses.length - 1];
  if (pending && last) {
    last.end = sentence.end;
    last.mentions.push(...pending.mentions);
  }
  if (clauses.length < 2) return whole;
  // "Agreements were signed between A and B, and between C and D": a clause that names no kind of cooperation is
  // read with the words of the whole sentence.
  return clauses.map((c) => {
    const text = ctx.folded.slice(c.start, c.end);
    const told = KIND_CUES.some(([, re]) => re.test(text));
    return { stretch: told ? { text, start: c.start, end: c.end } : sentence, mentions: c.mentions };
  });
}

function partiesOf(
  mentions: readonly OrgMention[],
  text: string,
  pair: [OrgEntity, OrgEntity] | undefined,
  self: OrgEntity | null,
): OrgEntity[] {
  const roots: OrgEntity[] = [];
  for (const m of mentions) {
    const root = rootOf(m.entity);
    if (!roots.includes(root)) roots.push(root);
  }
  if (self && SELF_REFERENCE.test(text) && !roots.includes(self)) roots.push(self);
  // "我校与莫斯科国立师范大学签约" with the publisher unknown: "our university" is the pair's other one.
  if (!self && pair && roots.length === 1 && pair.includes(roots[0] as OrgEntity) && SELF_REFERENCE.test(text))
    return pair;
  const academic = roots.filter((r) => ACADEMIC.has(r.kind));
  if (academic.length >= 2) return academic;
  const formal = roots.filter((r) => r.kind !== "other");
  if (formal.length >= 2) return formal;
  if (!pair || !PAIR_REFERENCE.test(text)) return [];
  const [x] = academic;
  if (!x || pair.includes(x)) return pair;
  const partner = pair.find((p) => p.country !== x.country) ?? pair[0];
  return [x, partner];
}

function statusOf(text: string, kind: PartnershipKind): PartnershipStatus {
  return (
    cuedStatus(text) ?? (kind === "agreement" || kind === "mou" ? "signed" : kind === "other" ? "discussed" : "ongoing")
  );
}

/** Where the text's own words put the cooperation, if they say. */
function cuedStatus(text: string): PartnershipStatus | undefined {
  if (FUTURE.test(text) && !PAST.test(text)) return "planned";
  const cued = STATUS_CUES.find(([, re]) => re.test(text))?.[0];
  // "Discussed launching a double-degree programme", "обсудили открытие центра": the start was talked about.
  return cued === "launched" && DISCUSSED_ACTION.test(text) ? "discussed" : cued;
}

/** The latest date named earlier in the same paragraph (a visit's date holds for what was signed during it). */
function dateBefore(ctx: DocumentContext, dates: SentenceDates, si: number): PartialDate | null {
  for (let j = si - 1; j >= 0 && j >= si - 3; j--) {
    const here = ctx.sentences[j + 1];
    const prev = ctx.sentences[j];
    if (!here || !prev || /\n\s*\n/.test(ctx.text.slice(prev.end, here.start))) return null;
    // "Вузы сотрудничают с 2015 года", "cooperating since 2015": when a relationship began dates no later news.
    const found = dates.at(j).filter((d) => !sinceDate(ctx.text, d));
    const last = found[found.length - 1];
    if (last) return last.date;
  }
  return null;
}

// A date the words "since", "с", "自" or "从" introduce, before it or as the start of its mention.
const SINCE_BEFORE = /(\bsince\s+(the\s+)?|(?<![\p{L}])с\s+|自|从)$/iu;
const SINCE_START = /^(since\b|с\s|自|从)/iu;
const sinceDate = (text: string, d: DateMention) =>
  SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start)) || SINCE_START.test(text.slice(d.start, d.end));

const MADE = new Set<PartnershipKind>(["joint-institute", "joint-lab", "joint-program", "alliance"]);
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  fifteenth: 15,
  twentieth: 20,
  "twenty-fifth": 25,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  пяти: 5,
  десяти: 10,
  пятнадцати: 15,
  двадцати: 20,
  тридцати: 30,
};
const ANNIVERSARY =
  /\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fifteenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth)\s+anniversary\b|([一二三四五六七八九十\d]{1,3})\s*周年|(?<![\p{L}\d])(\d{1,3})\s*-?\s*(?:лети[еяюи]|летн\S*\s+юбиле)|(?<!\p{L})(пяти|десяти|пятнадцати|двадцати|тридцати)лети[еяюи]/iu;

/** How many years an anniversary the text celebrates counts, if it names one. */
function anniversaryYears(text: string): number | undefined {
  const m = ANNIVERSARY.exec(text);
  if (!m) return undefined;
  const word = (m[1] ?? m[4] ?? "").toLowerCase();
  if (m[1] && /^\d/.test(m[1])) return Number.parseInt(m[1], 10);
  if (m[3]) return Number(m[3]);
  if (m[2]) return chineseNumber(m[2]);
  return ORDINALS[word];
}

/** A number of up to three characters in Chinese numerals or digits: 十 10, 十五 15, 二十 20, 25. */
function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (c: string | undefined) => (c ? "一二三四五六七八九".indexOf(c) + 1 : 0);
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 && digit(text) > 0 ? digit(text) : undefined;
  const tens = ten === 0 ? 1 : digit(text[ten - 1]);
  return tens * 10 + digit(text[ten + 1]);
}

/** The year a date starts in, or ends in. */
const yearOf = (date: PartialDate, end = false) =>
  Number((date.precision === "range" ? (end ? date.end : date.start) : date.value).slice(0, 4));

/** Whether a date lies in a year before the one before the story's. */
function longBefore(date: PartialDate, published: PartialDate | null): boolean {
  return published !== null && yearOf(date, true) < yearOf(published) - 1;
}

function nearestDate(
  dates: DateMention[],
  sentenceStart: number,
  cueOffset: number,
  verbOffset?: number,
): PartialDate | null {
  const distance = (d: DateMention) => {
    const at = d.start - sentenceStart;
    const cue = Math.abs(at - cueOffset);
    return verbOffset === undefined ? cue : Math.min(cue, Math.abs(at - verbOffset));
  };
  let best: DateMention | undefined;
  for (const d of dates) if (!best || distance(d) < distance(best)) best = d;
  return best?.date ?? null;
}
