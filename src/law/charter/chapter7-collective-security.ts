// Collective security: the Council determines a threat to the peace, breach of the peace or act of
// aggression (art 39) and authorises Member States to use force (art 42 read with art 48(1): the
// "authorisation" practice that replaced the unused art 43 agreements). No armed attack, declaration
// or request is needed; the Council, not the acting state, decides who may act, where, for what
// and until when. Only an adopted Council resolution can authorise (drafts that failed,
// presidential statements and Assembly resolutions cannot); a ceasefire resolution authorises
// nothing, and "revival" of an earlier authorisation is at most at issue after a material breach of
// the ceasefire determined as such (S/RES/687 (1991), para 34; S/RES/1441 (2002), para 1).
import { all, every, leaf, no, position, some, unknown, yes, type Finding, type Rule } from "../../engine/rule.js";
import { reasons, type Reason } from "../../engine/reason.js";
import { onOrBefore } from "../../engine/dates.js";
import { and } from "../../engine/tri.js";
import { fact, list, scope } from "../../scenario/model.js";
import type { Resolution } from "../../scenario/schema.js";
import { useFact, type LawCtx } from "../context.js";
import { say } from "../wording.js";
import { adoption, dateOf, determinationKind, kindOf, symbolOf } from "./security-council.js";

/** The paragraphs a record names, cleanly: "para 4", "paras 7, 9, 19", "sole operative paragraph". */
export function paragraphs(text: string | undefined): { all: string[]; sole: boolean } {
  if (!text || /^\s*none\b/i.test(text)) return { all: [], sole: false };
  if (/sole operative paragraph/i.test(text)) return { all: [], sole: true };
  return { all: [...new Set(text.match(/\d+(?:\s*-\s*\d+)?/g) ?? [])].map((x) => x.replace(/\s+/g, "")), sole: false };
}

const paraText = (ps: string[]) => (ps.length === 0 ? "" : ps.length === 1 && !ps[0].includes("-") ? `para ${ps[0]}` : `paras ${ps.join(", ")}`);

/** "S/RES/NNN (YEAR), para N" / "paras N, M"; where words are quoted, only the paragraph they come from. */
export function resCite(r: Resolution, quoting = false): string {
  const p = paragraphs(r.paragraph);
  const where = p.sole ? "sole operative paragraph" : paraText(quoting ? p.all.slice(0, 1) : p.all);
  return `${symbolOf(r)}${where ? `, ${where}` : ""}`;
}

/** The record's own flags on a field ("words of para 8 in English (seen in Russian text only)"). */
export function unverifiedOn(r: Resolution, field: string): string[] {
  return (r.unverified ?? []).filter((u) => u.toLowerCase().startsWith(field.toLowerCase()));
}

const C = reasons("chapter7", {
  adoptedOnlyOn: say(
    (a: { sym: string; date: string }) => `${a.sym} was adopted only on ${a.date}`,
    (a) => `${a.sym}は${a.date}に初めて採択された`,
  ),
  adoptedByUnknown: say(
    (a: { sym: string; date: string }) => `whether ${a.sym} was adopted by ${a.date} is unknown`,
    (a) => `${a.sym}が${a.date}までに採択されたかどうかは不明である`,
  ),
  determinationNotRecorded: say(
    (a: { sym: string }) => `whether ${a.sym} rests on an art 39 determination is not recorded`,
    (a) => `${a.sym}が第39条の認定に基づくかどうかは記録されていない`,
  ),
  noDetermination: say(
    (a: { sym: string }) => `${a.sym} makes or recalls no art 39 determination`,
    (a) => `${a.sym}は第39条の認定を行わず、また援用もしていない`,
  ),
  determination: say(
    (a: { sym: string; kind: string; in?: string; words?: string; unverified: string[] }, w) =>
      `${a.sym} determines a ${a.kind.replace(/-/g, " ")}${a.in ? ` (made in ${a.in})` : ""}${a.words ? `: "${a.words}"` : ""}${a.unverified.length ? ` (not checked against the text: ${w.list(a.unverified)})` : ""}`,
    (a, w) =>
      `${a.sym}は${a.kind === "threat-to-the-peace" ? "平和に対する脅威" : a.kind === "breach-of-the-peace" ? "平和の破壊" : "侵略行為"}を認定している${a.in ? `（${a.in}による認定）` : ""}${a.words ? `：「${a.words}」` : ""}${a.unverified.length ? `（原文未確認：${w.list(a.unverified)}）` : ""}`,
  ),
  chapterVIIExpress: say(
    (a: { sym: string }) => `${a.sym} says it acts under Chapter VII`,
    (a) => `${a.sym}は憲章第7章の下で行動すると明示している`,
  ),
  chapterVIIImplicit: say(
    (a: { sym: string }) => `${a.sym} acts under Chapter VII without the formula (as its record notes)`,
    (a) => `${a.sym}は定型文言なしに第7章の下で行動している（記録の注記による）`,
  ),
  recommendationException: say(
    (a: { sym: string }) => `${a.sym} has no Chapter VII formula: an art 39 recommendation after a determination, which the Council's practice of 1950 admits as a basis (the recommendation exception)`,
    (a) => `${a.sym}には第7章の定型文言がない。認定に続く第39条の勧告であり、1950年の安保理の実行はこれを根拠として認める（勧告の例外）`,
  ),
  chapterVIINone: say(
    (a: { sym: string }) => `${a.sym} does not act under Chapter VII`,
    (a) => `${a.sym}は第7章の下で行動していない`,
  ),
  chapterVIIUnknown: say(
    (a: { sym: string }) => `whether ${a.sym} acts under Chapter VII is not recorded`,
    (a) => `${a.sym}が第7章の下で行動しているかどうかは記録されていない`,
  ),
  authorises: say(
    (a: { cite: string; words?: string; unverified: string[] }, w) => `${a.cite} authorises force${a.words ? `: "${a.words}"` : ""}${a.unverified.length ? ` (not checked against the text: ${w.list(a.unverified)})` : ""}`,
    (a, w) => `${a.cite}は武力行使を授権している${a.words ? `：「${a.words}」` : ""}${a.unverified.length ? `（原文未確認：${w.list(a.unverified)}）` : ""}`,
  ),
  recommends: say(
    (a: { cite: string; words?: string; unverified: string[] }, w) => `${a.cite} recommends Members to furnish armed assistance, an art 39 recommendation${a.words ? `: "${a.words}"` : ""}${a.unverified.length ? ` (not checked against the text: ${w.list(a.unverified)})` : ""}`,
    (a, w) => `${a.cite}は加盟国に武力による援助を勧告している（第39条の勧告）${a.words ? `：「${a.words}」` : ""}${a.unverified.length ? `（原文未確認：${w.list(a.unverified)}）` : ""}`,
  ),
  notAdopted: say(
    (a: { sym: string }) => `${a.sym} was not adopted: a text that was not adopted authorises nothing`,
    (a) => `${a.sym}は採択されなかった。採択されなかった文書は何も授権しない`,
  ),
  callsUpon: say(
    (a: { cite: string }) => `${a.cite} only "calls upon": it authorises no force`,
    (a) => `${a.cite}は「要請する」にとどまり、武力行使を授権していない`,
  ),
  authorisesNone: say(
    (a: { sym: string; sanctions: boolean }) => `${a.sym} authorises no force${a.sanctions ? " (art 41 measures only)" : ""}`,
    (a) => `${a.sym}は武力行使を授権していない${a.sanctions ? "（第41条の措置のみ）" : ""}`,
  ),
  authorisationUnknown: say(
    (a: { sym: string }) => `whether ${a.sym} authorises force is not recorded`,
    (a) => `${a.sym}が武力行使を授権しているかどうかは記録されていない`,
  ),
  implied: say(
    (a: { sym: string; accepted: boolean }) => `${a.sym} contains no express authorisation; force in support of its purposes is ${a.accepted ? "taken as impliedly authorised (accepted position)" : "not authorised (express-only position)"}`,
    (a) => `${a.sym}には明示の授権がない。その目的を支援する武力行使は${a.accepted ? "黙示的に授権されたものとされる（肯定説）" : "授権されていない（明示授権限定説）"}`,
  ),
  ceasefireAuthorisesNothing: say(
    (a: { sym: string; earlier: string }) => `${a.sym} establishes a ceasefire: a ceasefire resolution does not itself authorise force, and does not revive ${a.earlier}`,
    (a) => `${a.sym}は停戦を定める。停戦決議はそれ自体武力行使を授権せず、${a.earlier}を復活させるものでもない`,
  ),
  noMaterialBreach: say(
    (a: { sym: string; earlier: string; date: string }) => `${a.sym} is argued to revive ${a.earlier}, but by ${a.date} the Council had determined no material breach of the ceasefire: revival is not at issue`,
    (a) => `${a.sym}が${a.earlier}を復活させるとの主張があるが、${a.date}までに安保理は停戦の重大な違反を認定しておらず、復活は問題とならない`,
  ),
  revival: say(
    (a: { sym: string; earlier: string; breach: string; accepted: boolean }) =>
      `${a.breach} determined a material breach of the ceasefire; ${a.sym} is argued to revive the authorisation in ${a.earlier}: under the ${a.accepted ? "accepted" : "rejected"} position it ${a.accepted ? "does" : "does not: only the Council can authorise force anew"}`,
    (a) => `${a.breach}は停戦の重大な違反を認定した。${a.sym}が${a.earlier}の授権を復活させるとの主張について、${a.accepted ? "肯定説によれば復活する" : "否定説によれば復活しない（武力行使を改めて授権できるのは安保理のみである）"}`,
  ),
  addresseeStated: say(
    (a: { actor: string; value: string }) => (a.value === "yes" ? `${a.actor} is among those authorised` : a.value === "no" ? `${a.actor} is not among those authorised` : `whether ${a.actor} is among those authorised is not established`),
    (a) => (a.value === "yes" ? `${a.actor}は授権された者に含まれる` : a.value === "no" ? `${a.actor}は授権された者に含まれない` : `${a.actor}が授権された者に含まれるかどうかは確定していない`),
  ),
  addresseesNotRecorded: say(
    (a: { sym: string }) => `who ${a.sym} authorises is not recorded in structured form`,
    (a) => `${a.sym}が誰を授権しているかは構造化された形で記録されていない`,
  ),
  notAddressee: say(
    (a: { sym: string; who: string; actor: string; express?: boolean }) => `${a.sym} ${a.express === false ? "is addressed to" : "authorises"} ${a.who}, not ${a.actor}`,
    (a) => (a.express === false ? `${a.sym}が宛てられているのは${a.who}であり、${a.actor}ではない` : `${a.sym}が授権しているのは${a.who}であり、${a.actor}ではない`),
  ),
  missionContingent: say(
    (a: { sym: string; actor: string; mission: string }) => `${a.sym} authorises ${a.mission} to use force for its tasks, and ${a.actor}'s contingent acts as part of ${a.mission}`,
    (a) => `${a.sym}は${a.mission}にその任務のための武力行使を授権しており、${a.actor}の部隊は${a.mission}の一部として行動している`,
  ),
  membershipUnknown: say(
    (a: { sym: string; actor: string }) => `${a.sym} authorises Member States; whether ${a.actor} was a Member on the date is unknown (not listed in data/un-membership.yaml: state its unMember)`,
    (a) => `${a.sym}は加盟国を授権しているが、${a.actor}がその日に加盟国であったかどうかは不明である（data/un-membership.yamlに記載がない。unMemberを記載すること）`,
  ),
  cooperating: say(
    (a: { sym: string; government: string; actor: string }) => `${a.sym} authorises states co-operating with ${a.government}, as ${a.actor} does (it acts at that government's request or on its behalf)`,
    (a) => `${a.sym}は${a.government}と協力する国を授権しており、${a.actor}はこれに当たる（同政府の要請により又はそのために行動している）`,
  ),
  ownGovernment: say(
    (a: { sym: string; government: string }) => `${a.sym} authorises states co-operating with the government of ${a.government}: ${a.government} itself, acting through that government, is one`,
    (a) => `${a.sym}は${a.government}政府と協力する国を授権しており、同政府の下で行動する${a.government}自身はこれに当たる`,
  ),
  cooperatingUnknown: say(
    (a: { sym: string; government: string; actor: string }) => `${a.sym} authorises states co-operating with ${a.government}; whether ${a.actor} does is not stated`,
    (a) => `${a.sym}は${a.government}と協力する国を授権しているが、${a.actor}がこれに当たるかどうかは示されていない`,
  ),
  notifiedUnknown: say(
    (a: { sym: string; actor: string }) => `${a.sym} authorises states that notified the Secretary-General; whether ${a.actor} did is not stated`,
    (a) => `${a.sym}は事務総長に通報した国を授権しているが、${a.actor}が通報したかどうかは示されていない`,
  ),
  addressee: say(
    (a: { sym: string; who: string; express?: boolean; admitted?: string; unverified?: boolean }) =>
      `${a.sym} ${a.express === false ? "is addressed to" : "authorises"} ${a.who}${a.admitted ? ` (a Member since ${a.admitted}, from data/un-membership.yaml${a.unverified ? ": date not checked against the UN list" : ""})` : ""}`,
    (a) =>
      `${a.express === false ? `${a.sym}は${a.who}に宛てられている` : `${a.sym}は${a.who}を授権している`}${a.admitted ? `（${a.admitted}以降の加盟国。data/un-membership.yamlによる${a.unverified ? "。日付は国連の一覧で未確認" : ""}）` : ""}`,
  ),
  scopeDisputed: say(
    (a: { sym: string; field: string; broad: boolean }) => `the ${a.field} of ${a.sym} is disputed; read ${a.broad ? "broadly it covers" : "strictly it does not cover"} this force`,
    (a) => `${a.sym}の${a.field === "purpose" ? "目的" : a.field === "area" ? "地域" : "限定"}には争いがある。${a.broad ? "広く解すればこの武力行使を含む" : "厳格に解すればこの武力行使を含まない"}`,
  ),
  scopeStated: say(
    (a: { field: string; value: string }) => (a.value === "yes" ? `within the authorised ${a.field}` : a.value === "no" ? `outside the authorised ${a.field}` : `whether the force is within the ${a.field} is not established`),
    (a) => {
      const f = a.field === "purpose" ? "目的" : a.field === "area" ? "地域" : "限定";
      return a.value === "yes" ? `授権された${f}の範囲内である` : a.value === "no" ? `授権された${f}の範囲外である` : `武力行使が${f}の範囲内かどうかは確定していない`;
    },
  ),
  purposeNotStated: say(
    (a: { sym: string }) => `whether the force serves the purpose of ${a.sym} is not stated`,
    (a) => `武力行使が${a.sym}の目的に資するかどうかは示されていない`,
  ),
  purposeShared: say(
    (a: { sym: string; purposes: string[]; express?: boolean }, w) => `it serves ${w.list(a.purposes)}, a purpose ${a.sym} ${a.express === false ? "sets" : "authorises"}`,
    (a, w) => `${w.list(a.purposes)}に資するものであり、${a.sym}が${a.express === false ? "定める" : "授権する"}目的である`,
  ),
  purposeOther: say(
    (a: { sym: string; have: string[]; want: string[]; express?: boolean }, w) => `its purposes (${w.list(a.have)}) are not those ${a.sym} ${a.express === false ? "sets" : "authorises"} (${w.list(a.want)})`,
    (a, w) => `その目的（${w.list(a.have)}）は${a.sym}が${a.express === false ? "定める" : "授権する"}目的（${w.list(a.want)}）ではない`,
  ),
  areaNotRecorded: say(
    (a: { sym: string }) => `the area of ${a.sym} is not recorded in structured form`,
    (a) => `${a.sym}の地域は構造化された形で記録されていない`,
  ),
  areaOutside: say(
    (a: { sym: string; places: string[]; areas: string[] }, w) => `${w.list(a.places)} lies outside the area of ${a.sym} (${w.list(a.areas)})`,
    (a, w) => `${w.list(a.places)}は${a.sym}の地域（${w.list(a.areas)}）の外にある`,
  ),
  areaInside: say(
    (a: { sym: string }) => `within the area of ${a.sym}`,
    (a) => `${a.sym}の地域内である`,
  ),
  noLimits: say(
    (a: { sym: string }) => `${a.sym} records no express limits`,
    (a) => `${a.sym}には明示の限定は記録されていない`,
  ),
  limitsUnknown: say(
    (a: { sym: string; limits: string[] }) => `whether the force respects the limits of ${a.sym} (${a.limits.join("; ")}) is not stated`,
    (a) => `武力行使が${a.sym}の限定（${a.limits.join("；")}）を守っているかどうかは示されていない`,
  ),
  windowFromUnknown: say(
    (a: { sym: string }) => `when the authorisation of ${a.sym} begins is not recorded`,
    (a) => `${a.sym}の授権の開始時期は記録されていない`,
  ),
  windowFrom: say(
    (a: { sym: string; from: string }) => `the authorisation of ${a.sym} applies only from ${a.from}`,
    (a) => `${a.sym}の授権は${a.from}からのみ適用される`,
  ),
  windowEnded: say(
    (a: { sym: string; until: string }) => `the authorisation of ${a.sym} ended on ${a.until}`,
    (a) => `${a.sym}の授権は${a.until}に終了した`,
  ),
  terminated: say(
    (a: { sym: string; by: string; from: string }) => `the authorisation of ${a.sym} was ended by ${a.by} from ${a.from}`,
    (a) => `${a.sym}の授権は${a.by}により${a.from}から終了した`,
  ),
  conditionNotMet: say(
    (a: { sym: string }) => `the condition of ${a.sym} was not met`,
    (a) => `${a.sym}の条件は満たされなかった`,
  ),
  windowUnknown: say(
    (a: { sym: string; date: string; from: string; until?: string }) => `whether ${a.date} lies within the window of ${a.sym} (from ${a.from}${a.until ? ` until ${a.until}` : ""}) is not established`,
    (a) => `${a.date}が${a.sym}の授権期間（${a.from}から${a.until ? `${a.until}まで` : ""}）内かどうかは確定していない`,
  ),
  window: say(
    (a: { from: string; until?: string; condition?: Reason }, w) => `from ${a.from}${a.until ? ` until ${a.until}` : ", with no end set"}${a.condition ? `; ${w.reason(a.condition)}` : ""}`,
    (a, w) => `${a.from}から${a.until ? `${a.until}まで` : "（終期の定めなし）"}${a.condition ? `。${w.reason(a.condition)}` : ""}`,
  ),
  conditionMet: say(
    (_: void) => "its condition is met",
    () => "その条件は満たされている",
  ),
  noResolution: say(
    (_: void) => "the Council adopted no resolution on the situation",
    () => "安保理はこの事態について決議を採択していない",
  ),
  resolutionsMayBeMissing: say(
    (_: void) => "no Council resolution is recorded, and the record may be incomplete",
    () => "安保理決議は記録されておらず、記録は不完全である可能性がある",
  ),
  noneAuthorises: say(
    (a: { items: Reason[] }, w) => `no adopted Council resolution authorises force: ${a.items.map((r) => w.reason(r)).join("; ")}`,
    (a, w) => `武力行使を授権する採択済みの安保理決議はない：${a.items.map((r) => w.reason(r)).join("；")}`,
  ),
  noActor: say(
    (_: void) => "no state using force is named",
    () => "武力を行使する国が示されていない",
  ),
});

const rpath = (c: LawCtx, field?: string) => c.m.path("resolutions", c.resolution!.id, field);

const adopted = leaf<LawCtx>({ id: "adopted", label: "The resolution was adopted (art 27) by the date", cite: ["charter-27-3", "charter-27-2", "namibia-22"] }, (c) => {
  const r = c.resolution!;
  const d = dateOf(r);
  const when = d ? onOrBefore(d, c.date) : "unknown";
  const f = adoption(c.m, r);
  if (f.value === "no") return f;
  if (when === "no") return no(C.adoptedOnlyOn({ sym: symbolOf(r), date: d! }), [rpath(c, "adopted")]);
  if (when === "unknown") return unknown(C.adoptedByUnknown({ sym: symbolOf(r), date: c.date }), [rpath(c, "adopted")]);
  return f;
});

const determination = leaf<LawCtx>(
  { id: "determination", label: "Art 39 determination: a threat to the peace, breach of the peace or act of aggression", cite: ["charter-39", "sc-reading-rules"] },
  (c) => {
    const r = c.resolution!;
    const sym = symbolOf(r);
    const kind = determinationKind(r);
    if (kind === undefined) return unknown(C.determinationNotRecorded({ sym }), [rpath(c, "determination")]);
    if (kind === "none") return no(C.noDetermination({ sym }), [rpath(c, "determination")]);
    const d = typeof r.determination === "object" ? r.determination : undefined;
    return yes(C.determination({ sym, kind, in: d?.in, words: d?.words, unverified: d?.words ? unverifiedOn(r, "determination") : [] }), [rpath(c, "determination")]);
  },
);

const chapterVII = leaf<LawCtx>({ id: "chapter-vii", label: "The Council acts under Chapter VII (or makes an art 39 recommendation)", cite: ["charter-39", "charter-42", "sc-reading-rules"] }, (c) => {
  const r = c.resolution!;
  const sym = symbolOf(r);
  if (r.chapterVII === "express") return yes(C.chapterVIIExpress({ sym }), [rpath(c, "chapterVII")]);
  if (r.chapterVII === "implicit") return yes(C.chapterVIIImplicit({ sym }), [rpath(c, "chapterVII")]);
  const det = determinationKind(r);
  if (r.authorisation === "recommends" && det !== undefined && det !== "none") return yes(C.recommendationException({ sym }), [rpath(c, "chapterVII"), rpath(c, "authorisation")]);
  if (r.chapterVII === "none") return no(C.chapterVIINone({ sym }), [rpath(c, "chapterVII")]);
  return unknown(C.chapterVIIUnknown({ sym }), [rpath(c, "chapterVII")]);
});

const isCeasefire = (r: Resolution) => (r.measures ?? []).includes("ceasefire") || r.ceasefireEffective !== undefined;

/** An adopted resolution, by the date, determining a material breach of a ceasefire. */
function materialBreachBy(c: LawCtx, self: Resolution): Resolution | undefined {
  return [self, ...(c.m.situation.resolutions ?? [])].find((t) => {
    const d = dateOf(t);
    return fact(t.materialBreach).value === "yes" && t.organ === "security-council" && d !== undefined && onOrBefore(d, c.date) === "yes" && adoption(c.m, t).value === "yes";
  });
}

const authorisesForce = leaf<LawCtx>(
  { id: "authorises", label: "It authorises force ('all necessary means/measures'), not only art 41 measures", cite: ["charter-42", "charter-48", "charter-41", "authorisation-practice"] },
  (c) => {
    const r = c.resolution!;
    const path = rpath(c, "authorisation");
    const sym = symbolOf(r);
    const wordsFlag = r.words ? [...unverifiedOn(r, "words"), ...unverifiedOn(r, "operative_paragraph")] : [];
    if (adoption(c.m, r).value === "no") return no(C.notAdopted({ sym }), [path, rpath(c, "votes")]);
    if (r.revives) {
      const earlier = c.m.resolutions.get(r.revives);
      const esym = earlier ? symbolOf(earlier) : r.revives;
      if (isCeasefire(r) || r.terminates?.includes(r.revives)) return no(C.ceasefireAuthorisesNothing({ sym, earlier: esym }), [path, rpath(c, "revives")]);
      const breach = materialBreachBy(c, r);
      if (!breach) return no(C.noMaterialBreach({ sym, earlier: esym, date: c.date }), [path, rpath(c, "revives"), rpath(c, "materialBreach")]);
      const p = position(c, "revival");
      return { value: p === "accepted" ? "yes" : "no", reason: C.revival({ sym, earlier: esym, breach: resCite(breach), accepted: p === "accepted" }), facts: [path, rpath(c, "revives"), c.m.path("resolutions", breach.id, "materialBreach")], doctrine: { switch: "revival", position: p } };
    }
    switch (r.authorisation) {
      case "authorises":
        return yes(C.authorises({ cite: resCite(r, r.words !== undefined), words: r.words, unverified: wordsFlag }), [path]);
      case "recommends":
        return yes(C.recommends({ cite: resCite(r, r.words !== undefined), words: r.words, unverified: wordsFlag }), [path]);
      case "calls-upon":
        return r.impliedFrom ? implied(c) : no(C.callsUpon({ cite: resCite(r) }), [path]);
      case "none":
        return r.impliedFrom ? implied(c) : no(C.authorisesNone({ sym, sanctions: (r.measures ?? []).includes("sanctions") }), [path]);
      case "contested":
        return r.impliedFrom ? implied(c) : isCeasefire(r) ? no(C.authorisesNone({ sym, sanctions: false }), [path]) : implied(c);
      default:
        return r.impliedFrom ? implied(c) : unknown(C.authorisationUnknown({ sym }), [path]);
    }
  },
);

function implied(c: LawCtx): Finding {
  const r = c.resolution!;
  const p = position(c, "impliedAuthorisation");
  return { value: p === "accepted" ? "yes" : "no", reason: C.implied({ sym: symbolOf(r), accepted: p === "accepted" }), facts: [rpath(c, "authorisation")], doctrine: { switch: "impliedAuthorisation", position: p } };
}

/** Does the record say the act authorises (or recommends) force in words? Otherwise its addressees and purposes are only those it is addressed to and sets. */
const expressly = (r: Resolution) => r.authorisation === "authorises" || r.authorisation === "recommends";

/**
 * The resolution whose terms (addressees, purposes, area, limits) an authorisation has. A resolution
 * reviving an earlier authorisation after a material breach revives that authorisation (the revival
 * argument, doctrine switch `revival`): it is judged on the earlier resolution's terms, and on the
 * facts recorded of the use under either (its own `mandates` entry first).
 */
const termsOf = (c: LawCtx): Resolution => {
  const r = c.resolution!;
  if (r.revives === undefined || isCeasefire(r) || r.terminates?.includes(r.revives)) return r; // a ceasefire revives nothing (authorisesForce)
  return c.m.resolutions.get(r.revives) ?? r;
};
const tpath = (c: LawCtx, field: string) => c.m.path("resolutions", termsOf(c).id, field);
const mandateId = (c: LawCtx) => {
  const r = c.resolution!;
  const terms = termsOf(c);
  return terms !== r && c.use.mandates?.[r.id] === undefined && c.use.mandates?.[terms.id] !== undefined ? terms.id : r.id;
};
const mandate = (c: LawCtx) => c.use.mandates?.[mandateId(c)];
const mpath = (c: LawCtx, field: string) => useFact(c, `mandates.${mandateId(c)}.${field}`);

const addressee = leaf<LawCtx>({ id: "addressee", label: "This state is an addressee of the authorisation", cite: ["charter-48", "sc-reading-rules"] }, (c) => {
  const r = termsOf(c);
  const sym = symbolOf(r);
  const actor = c.m.name(c.actor);
  const stated = mandate(c)?.addressee;
  if (stated !== undefined) {
    const f = fact(stated);
    const why = C.addresseeStated({ actor, value: f.value }, f);
    return f.value === "unknown" ? unknown(why, [mpath(c, "addressee")]) : { value: f.value, reason: why, facts: [mpath(c, "addressee")] };
  }
  const a = r.addressees;
  if (!a) return unknown(C.addresseesNotRecorded({ sym }), [tpath(c, "addressees"), mpath(c, "addressee")]);
  const path = tpath(c, "addressees");
  // A UN mission authorised to use all necessary means: contingents acting as part of it are authorised (issue 8, point 7).
  if (c.use.asPartOf !== undefined && a.missions?.includes(c.use.asPartOf)) return yes(C.missionContingent({ sym, actor, mission: c.m.name(c.use.asPartOf) }), [path, useFact(c, "asPartOf")]);
  const viaOrg = c.use.through !== undefined && (a.organisations?.includes(c.use.through) || a.throughRegionalOrganisations === true);
  const named = Array.isArray(a.states) && a.states.includes(c.actor);
  const member = a.states === "all-members" ? c.m.isMember(c.actor, c.date) : "no";
  if (!named && member === "unknown" && !viaOrg) return unknown(C.membershipUnknown({ sym, actor }), [c.m.path("actors", c.actor, "unMember")], [path]);
  if (!named && member !== "yes" && !viaOrg && !(a.organisations ?? []).includes(c.actor)) return no(C.notAddressee({ sym, who: describeAddressees(c, r), actor, express: expressly(r) }), [path]);
  if (a.condition === "cooperating-with") {
    // Co-operation shows in the record: the government asked this state for help, consented to it, or is the one it defends.
    const g = a.cooperatingWith;
    const evidence =
      g !== undefined &&
      ((c.use.onBehalfOf ?? []).includes(g) ||
        (c.m.situation.requests ?? []).some((q) => q.by === g && (q.to === "all" || q.to.includes(c.actor)) && onOrBefore(q.date, c.date) === "yes") ||
        (c.m.situation.consents ?? []).some((k) => k.state === g && (k.to === "all" || k.to.includes(c.actor)) && onOrBefore(k.date, c.date) === "yes"));
    const government = c.m.name(g ?? "the government named");
    // "Member States co-operating with the Government of Kuwait" (S/RES/665 para 1, 678 para 2): a state
    // always co-operates with its own government; the words reach other states only through co-operation.
    if (g !== undefined && c.actor === g) return yes(C.ownGovernment({ sym, government }), [path]);
    if (evidence) return yes(C.cooperating({ sym, government, actor }), [path]);
    return unknown(C.cooperatingUnknown({ sym, government, actor }), [mpath(c, "addressee")], [path]);
  }
  if (a.condition === "notified-secretary-general") return unknown(C.notifiedUnknown({ sym, actor }), [mpath(c, "addressee")], [path]);
  // Membership read from the dataset is shown with its date and whether it was checked (data/un-membership.yaml `verified`).
  const ms = a.states === "all-members" && !named ? c.m.membership(c.actor, c.date) : undefined;
  const fromData = ms?.from === "dataset" ? { admitted: ms.admitted, unverified: ms.verified !== true } : {};
  return yes(C.addressee({ sym, who: describeAddressees(c, r), express: expressly(r), ...fromData }), [path]);
});

function describeAddressees(c: LawCtx, r: Resolution): string {
  const a = r.addressees!;
  const parts: string[] = [];
  if (a.states === "all-members") parts.push("Member States");
  else if (Array.isArray(a.states) && a.states.length) parts.push(a.states.map((s) => c.m.name(s)).join(", "));
  if (a.organisations?.length) parts.push(a.organisations.map((s) => c.m.name(s)).join(", "));
  if (a.missions?.length) parts.push(a.missions.map((s) => c.m.name(s)).join(", "));
  if (a.throughRegionalOrganisations) parts.push("acting nationally or through regional organisations");
  return parts.join(", ") || "no one";
}

function scopeLeaf(field: "purpose" | "area" | "limits", label: string, derive: (c: LawCtx) => Finding): Rule<LawCtx> {
  return leaf<LawCtx>({ id: field, label, cite: ["charter-42", "sc-reading-rules"] }, (c) => {
    const stated = mandate(c)?.[field];
    if (stated === undefined) return derive(c);
    const f = scope(stated);
    const path = mpath(c, field);
    if (f.value === "disputed") {
      const p = position(c, "authorisationScope");
      return { value: p === "broad" ? "yes" : "no", reason: C.scopeDisputed({ sym: symbolOf(termsOf(c)), field, broad: p === "broad" }, f.why || f.source ? { source: [f.why, f.source].filter(Boolean).join("; ") } : undefined), facts: [path], doctrine: { switch: "authorisationScope", position: p } };
    }
    const why = C.scopeStated({ field, value: f.value }, f);
    if (f.value === "unknown") return unknown(why, [path]);
    return { value: f.value, reason: why, facts: [path] };
  });
}

const purpose = scopeLeaf("purpose", "The force serves the authorised purpose", (c) => {
  const r = termsOf(c);
  const sym = symbolOf(r);
  const want = r.purposes;
  const have = c.use.purposes;
  if (!want || !have) return unknown(C.purposeNotStated({ sym }), [mpath(c, "purpose")]);
  const shared = have.filter((p) => want.includes(p));
  const facts = [tpath(c, "purposes"), useFact(c, "purposes")];
  const express = expressly(r);
  return shared.length ? yes(C.purposeShared({ sym, purposes: shared, express }), facts) : no(C.purposeOther({ sym, have, want, express }), facts);
});

const area = scopeLeaf("area", "The force is used in the authorised area", (c) => {
  const r = termsOf(c);
  const sym = symbolOf(r);
  if (!r.areas) return unknown(C.areaNotRecorded({ sym }), [tpath(c, "areas"), mpath(c, "area")]);
  const places = list(c.use.where);
  const inside = (w: string) => r.areas!.includes(w) || r.areas!.includes(c.m.territoryOf(w) ?? "");
  const outside = places.filter((w) => !inside(w));
  const facts = [tpath(c, "areas"), useFact(c, "where")];
  return outside.length ? no(C.areaOutside({ sym, places: outside.map((w) => c.m.name(w)), areas: r.areas.map((x) => c.m.name(x)) }), facts) : yes(C.areaInside({ sym }), facts);
});

const limits = scopeLeaf("limits", "The force respects the authorisation's limits", (c) => {
  const r = termsOf(c);
  const sym = symbolOf(r);
  if (!r.limits || r.limits.length === 0) return yes(C.noLimits({ sym }), [tpath(c, "limits")]);
  return unknown(C.limitsUnknown({ sym, limits: r.limits }), [mpath(c, "limits")], [tpath(c, "limits")]);
});

const window = leaf<LawCtx>({ id: "window", label: "The date lies within the authorisation's time window", cite: ["sc-reading-rules"] }, (c) => {
  const r = c.resolution!;
  const sym = symbolOf(r);
  const from = r.from ?? r.adopted;
  if (!from) return unknown(C.windowFromUnknown({ sym }), [rpath(c, "from")]);
  const started = onOrBefore(from, c.date);
  if (started === "no") return no(C.windowFrom({ sym, from }), [rpath(c, "from")]);
  const ended = r.until ? onOrBefore(c.date, r.until) : "yes";
  if (ended === "no") return no(C.windowEnded({ sym, until: r.until! }), [rpath(c, "until")]);
  const terminator = (c.m.situation.resolutions ?? []).find((t) => {
    const effective = t.ceasefireEffective ?? t.from ?? t.adopted;
    return t.terminates?.includes(r.id) && effective !== undefined && onOrBefore(effective, c.date) === "yes" && adoption(c.m, t).value === "yes";
  });
  if (terminator) return no(C.terminated({ sym, by: symbolOf(terminator), from: (terminator.ceasefireEffective ?? terminator.from ?? terminator.adopted)! }), [c.m.path("resolutions", terminator.id, "terminates")]);
  const cond = r.conditionMet === undefined ? { value: "yes" as const, stated: false } : fact(r.conditionMet);
  if (cond.value === "no") return no(C.conditionNotMet({ sym }, cond), [rpath(c, "conditionMet")]);
  const v = and([started, ended, cond.value]);
  if (v === "unknown") return unknown(C.windowUnknown({ sym, date: c.date, from, until: r.until }), [rpath(c, "from"), rpath(c, "until"), rpath(c, "conditionMet")]);
  return yes(C.window({ from, until: r.until, condition: cond.stated ? C.conditionMet(undefined, cond) : undefined }), [rpath(c, "from"), rpath(c, "until")]);
});

export const resolutionConditions: Rule<LawCtx>[] = [adopted, determination, chapterVII, authorisesForce, addressee, purpose, area, limits, window];

/** Could this act authorise force at all? Not a presidential statement, a failed draft, or a resolution that plainly authorises nothing. */
function candidate(c: LawCtx, r: Resolution): boolean {
  if (r.organ !== "security-council" || kindOf(r) === "presidential-statement") return false;
  // A text put to the vote that would have authorised force is shown failing on its adoption; other failed texts are listed once.
  if (adoption(c.m, r).value === "no") return r.authorisation === "authorises" || r.authorisation === "recommends";
  if (r.revives || r.impliedFrom) return true;
  return r.authorisation !== "none" && r.authorisation !== "calls-upon";
}

export const councilResolutions = (c: LawCtx) =>
  (c.m.situation.resolutions ?? [])
    .filter((r) => candidate(c, r))
    .map((r) => ({ key: r.id, label: `${symbolOf(r)}${dateOf(r) ? ` (${dateOf(r)})` : ""}`, ctx: { ...c, resolution: r } }));

/** Why no Council act authorises: each one, once (failed drafts as not adopted, never as adopted). */
export const noResolution = (c: LawCtx): Finding => {
  const council = (c.m.situation.resolutions ?? []).filter((r) => r.organ === "security-council");
  if (council.length === 0) return c.m.absent("resolutions") === "no" ? no(C.noResolution(), ["$.resolutions"]) : unknown(C.resolutionsMayBeMissing(), ["$.resolutions"]);
  const items: Reason[] = council.map((r) => {
    const f = adoption(c.m, r);
    if (f.value === "no" && f.reason) return f.reason;
    return r.authorisation === "calls-upon" ? C.callsUpon({ cite: resCite(r) }) : C.authorisesNone({ sym: symbolOf(r), sanctions: (r.measures ?? []).includes("sanctions") });
  });
  return no(C.noneAuthorises({ items }), ["$.resolutions"]);
};

/** Some Council resolution authorises this state's force, here, now, for this purpose. */
export const councilAuthorisation: Rule<LawCtx> = some(
  { id: "resolutions", label: "A Council authorisation covers this force", cite: ["charter-39", "charter-42", "charter-48"] },
  councilResolutions,
  all({ id: "conditions", label: "Conditions of a Council authorisation", cite: ["charter-39", "charter-42"] }, resolutionConditions),
  noResolution,
);

export const collectiveSecurity: Rule<LawCtx> = every(
  { id: "actors", label: "Each state using force is authorised by the Council", cite: ["charter-42", "charter-48"] },
  (c) => list(c.use.by).map((a) => ({ key: a, label: c.m.name(a), ctx: { ...c, actor: a } })),
  councilAuthorisation,
  () => unknown(C.noActor(), ["$.uses.by"]),
);
