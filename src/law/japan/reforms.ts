// Amendment and reinterpretation options, switchable like doctrine profiles (--reform NAME). Each
// is a pure function over Japan's rulebook: it replaces the reading of Article 9 and, where the
// text presupposes one, adds the implementing law it needs (marked hypothetical). The engine and the
// international rules are unchanged.
//
// The first three are the options the 2007 op-ed asks the debate to choose between (japan.md 4.3),
// written here as clear text (own drafting, not an official proposal). The last two are the LDP's
// texts of 2012 (arts 9 and 9-2) and 2018 (art 9-2) (japan.md 4.1, 4.2).
import { reasons } from "../../engine/reason.js";
import { all, any, doctrine, leaf, no, unknown, yes, type Finding, type Rule } from "../../engine/rule.js";
import type { BasisId } from "../../answer/types.js";
import type { ReformInfo } from "../domestic.js";
import { attackOnJapanNew, minimumNecessary, newReading, noForces, noOtherMeans, traditionalReading } from "./constitution.js";
import type { JpCtx } from "./context.js";
import type { DietKind } from "./diet.js";
import type { Instrument } from "./instrument.js";
import type { JapanRulebook } from "./rulebook.js";

export interface Reform {
  id: string;
  label: { en: string; ja: string };
  /** The text the reform would enact. */
  text: { en: string; ja: string };
  /** How casus reads it. */
  reading: { en: string; ja: string };
  cite: string[];
  apply(rb: JapanRulebook): JapanRulebook;
}

const BASIS_NAME: Record<string, [string, string]> = {
  "individual-self-defence": ["individual self-defence", "個別的自衛権"],
  "collective-self-defence": ["collective self-defence", "集団的自衛権"],
  "collective-security": ["collective security (a Council authorisation)", "集団安全保障（安保理の授権）"],
};

type Bases = { bases: string[] };
const basisNames = (a: Bases, ja: boolean) => a.bases.map((b) => BASIS_NAME[b][ja ? 1 : 0]).join(ja ? "又は" : " or ");
export const R = reasons("jp.reform", {
  available: {
    en: (a: { basis: string; summary: string }) => `${BASIS_NAME[a.basis][0]} is available under international law: ${a.summary}`,
    ja: (a: { basis: string; summary: string }) => `国際法上${BASIS_NAME[a.basis][1]}が援用可能`,
  },
  open: {
    en: (a: Bases & { statuses: string[]; summaries: string[] }) => `${basisNames(a, false)}: ${a.statuses.map((s, i) => `${s} (${a.summaries[i]})`).join("; ")}`,
    ja: (a: Bases & { statuses: string[]; summaries: string[] }) => `${basisNames(a, true)}：国際法上${a.statuses.map((s) => (s === "contested" ? "争いあり" : "未確定")).join("、")}`,
  },
  notAvailable: { en: (a: Bases) => `${basisNames(a, false)} is not available under international law`, ja: (a: Bases) => `国際法上${basisNames(a, true)}は援用できない` },
  assumedLaw: {
    en: () => "assumed: the reform presupposes a law authorising what its text permits; Article 9 above decides",
    ja: () => "仮定：改正はその文言が許す範囲を授権する法律を前提とする。可否は上記の第9条による",
  },
  cooperationOnly: { en: () => "read as cooperation short of the use of force", ja: () => "武力の行使に至らない協力と読む" },
});

/** The international answer for the same use: is one of these bases available? */
function intl(id: string, label: string, bases: BasisId[], cite: string[]): Rule<JpCtx> {
  return leaf<JpCtx>({ id, label, cite }, (c): Finding => {
    const rs = c.bases.filter((b) => bases.includes(b.basis));
    const hit = rs.find((b) => b.status === "available");
    if (hit) return yes(R.available({ basis: hit.basis, summary: hit.summary }));
    const open = rs.filter((b) => b.status === "undetermined" || b.status === "contested");
    if (open.length)
      return unknown(R.open({ bases, statuses: open.map((b) => b.status), summaries: open.map((b) => b.summary) }), []);
    return no(R.notAvailable({ bases }));
  });
}

/** Individual self-defence, as Article 9 already permits it on any reading. */
const individual: Rule<JpCtx> = all(
  { id: "jp-reform-individual", label: "Individual self-defence, as Article 9 already permits it (an armed attack on Japan, no other means, minimum necessary)", cite: ["jp-three-conditions", "jp-new-three-conditions"] },
  [attackOnJapanNew, noOtherMeans("jp-reform-2", "No other appropriate means", ["jp-three-conditions"]), minimumNecessary("jp-reform-3", "Minimum extent necessary", ["jp-three-conditions"])],
);

const csd = intl("jp-intl-csd", "Collective self-defence is available under international law (Charter art 51)", ["collective-self-defence"], ["charter-51", "jp-martin-2007"]);
const cs = intl("jp-intl-cs", "A Security Council authorisation covers Japan's force (collective security)", ["collective-security"], ["charter-42", "jp-martin-2007"]);
const selfDefence = intl("jp-intl-self-defence", "The right of self-defence, individual or collective, is available under international law", ["individual-self-defence", "collective-self-defence"], ["charter-51", "jp-ldp-2012"]);

function implementing(id: string, name: { en: string; ja: string }, diet: DietKind, governmentBasis: string[], cite: string[]): Instrument {
  return {
    id: `reform-law-${id}`,
    name,
    law: { en: "hypothetical implementing law", ja: "仮定の実施法" },
    from: "1947-05-03",
    cite,
    activities: ["repel-attack", "escort", "missile-interception", "minesweeping", "forcible-inspection"],
    character: "use-of-force",
    conditions: [
      leaf<JpCtx>({ id: "jp-reform-law", label: "The implementing law authorises the force the amended Article 9 permits", cite }, (c) =>
        yes(R.assumedLaw()),
      ),
    ],
    diet: () => ({ kind: diet, cite }),
    governmentBasis,
    hypothetical: true,
  };
}

function option(id: string, label: { en: string; ja: string }, text: { en: string; ja: string }, reading: { en: string; ja: string }, rule: Rule<JpCtx>, bases: string[], implementingName: { en: string; ja: string }): Reform {
  const cite = ["jp-casus-options", "jp-martin-2007"];
  return {
    id,
    label,
    text,
    reading,
    cite,
    apply: (rb) => ({
      ...rb,
      reading: (r) => (r.reading === "no-forces" ? noForces : rule),
      instruments: [...rb.instruments, implementing(id, implementingName, "prior-required", bases, cite)],
      reform: { id, label },
    }),
  };
}

export const REFORMS: readonly Reform[] = [
  option(
    "csd-only",
    { en: "Allow collective self-defence only", ja: "集団的自衛権のみを認める" },
    {
      en: "Art 9(3) (option A): Notwithstanding the preceding paragraphs, Japan may use force in the exercise of the inherent right of individual or collective self-defence recognised by Article 51 of the Charter of the United Nations, within the limits international law sets, with the prior approval of the Diet. Japan shall not take part in the use of force authorised by the Security Council.",
      ja: "第9条第3項（案A）　前二項の規定にかかわらず、日本国は、国際連合憲章第51条が認める個別的又は集団的自衛の固有の権利の行使として、国際法の定める限度において、国会の事前の承認を得て、武力を行使することができる。安全保障理事会が容認する武力の行使には参加しない。",
    },
    { en: "force is allowed where international law grounds it in individual or collective self-defence; not where only a Council authorisation grounds it", ja: "国際法上、個別的又は集団的自衛権が根拠となる場合に武力の行使を認める。安保理の授権のみが根拠となる場合は認めない" },
    any({ id: "jp-reform-csd-only", label: "Option A: self-defence, individual or collective, as international law allows; no part in Council-authorised force", cite: ["jp-casus-options", "jp-martin-2007"] }, [individual, csd]),
    ["individual-self-defence", "collective-self-defence"],
    { en: "Use of force in self-defence under the law implementing option A (hypothetical)", ja: "案Aの実施法に基づく自衛のための武力の行使（仮定）" },
  ),
  option(
    "cs-only",
    { en: "Allow collective security only", ja: "集団安全保障のみを認める" },
    {
      en: "Art 9(3) (option B): Notwithstanding the preceding paragraphs, Japan may take part in the use of force that the Security Council has authorised under Chapter VII of the Charter of the United Nations, within the terms of the authorisation, with the prior approval of the Diet. Japan shall not exercise the right of collective self-defence.",
      ja: "第9条第3項（案B）　前二項の規定にかかわらず、日本国は、安全保障理事会が国際連合憲章第7章に基づき容認した武力の行使に、その容認の範囲内で、国会の事前の承認を得て、参加することができる。日本国は、集団的自衛権を行使しない。",
    },
    { en: "force is allowed in Japan's individual self-defence and where a Council authorisation covers Japan; collective self-defence stays barred", ja: "個別的自衛権及び安保理の授権が我が国に及ぶ場合に武力の行使を認める。集団的自衛権は認めない" },
    any({ id: "jp-reform-cs-only", label: "Option B: individual self-defence, and force a Council authorisation covers; no collective self-defence", cite: ["jp-casus-options", "jp-martin-2007"] }, [individual, cs]),
    ["individual-self-defence", "collective-security"],
    { en: "Participation in Council-authorised force under the law implementing option B (hypothetical)", ja: "案Bの実施法に基づく安保理容認の武力の行使への参加（仮定）" },
  ),
  option(
    "both",
    { en: "Allow both collective self-defence and collective security", ja: "集団的自衛権と集団安全保障の双方を認める" },
    {
      en: "Art 9(3) (option C): Notwithstanding the preceding paragraphs, Japan may use force in the exercise of the right of individual or collective self-defence recognised by Article 51 of the Charter of the United Nations, and may take part in the use of force the Security Council has authorised under Chapter VII, in each case within the limits international law sets and with the prior approval of the Diet.",
      ja: "第9条第3項（案C）　前二項の規定にかかわらず、日本国は、国際連合憲章第51条が認める個別的又は集団的自衛権の行使として武力を行使し、及び安全保障理事会が同憲章第7章に基づき容認した武力の行使に参加することができる。いずれも国際法の定める限度において、国会の事前の承認を得なければならない。",
    },
    { en: "force is allowed wherever international law grounds it in self-defence or a Council authorisation", ja: "国際法上、自衛権又は安保理の授権が根拠となる場合に武力の行使を認める" },
    any({ id: "jp-reform-both", label: "Option C: self-defence, individual or collective, and Council-authorised force, as international law allows", cite: ["jp-casus-options", "jp-martin-2007"] }, [individual, csd, cs]),
    ["individual-self-defence", "collective-self-defence", "collective-security"],
    { en: "Use of force under the law implementing option C (hypothetical)", ja: "案Cの実施法に基づく武力の行使（仮定）" },
  ),
  {
    id: "ldp-2012",
    label: { en: "LDP draft constitution of 2012 (arts 9 and 9-2)", ja: "自民党日本国憲法改正草案（2012年）第9条・第9条の2" },
    text: {
      en: "Art 9(1): ... renounce war as a sovereign right and will not use the threat or use of force as a means of settling international disputes. (2) The preceding paragraph does not prevent the exercise of the right of self-defence. Art 9-2(1) A National Defense Force is maintained ... (2) ... subject, as provided by law, to Diet approval and other control. (3) ... may, as provided by law, take part in internationally coordinated activities to secure the peace and security of international society ...",
      ja: "第九条　日本国民は、正義と秩序を基調とする国際平和を誠実に希求し、国権の発動としての戦争を放棄し、武力による威嚇及び武力の行使は、国際紛争を解決する手段としては用いない。２　前項の規定は、自衛権の発動を妨げるものではない。第九条の二　我が国の平和と独立並びに国及び国民の安全を確保するため、内閣総理大臣を最高指揮官とする国防軍を保持する。２　国防軍は、前項の規定による任務を遂行する際は、法律の定めるところにより、国会の承認その他の統制に服する。３　国防軍は、第一項に規定する任務を遂行するための活動のほか、法律の定めるところにより、国際社会の平和と安全を確保するために国際的に協調して行われる活動……を行うことができる。",
    },
    reading: {
      en: "9(2) does not qualify 'the right of self-defence': read as individual and collective self-defence as international law allows (the press read it as clarifying collective self-defence). Whether 9-2(3)'s 'internationally coordinated activities' include the use of force is open (switch jpLdp2012Cooperation).",
      ja: "第9条第2項の「自衛権」は限定がなく、国際法の認める個別的及び集団的自衛権と読む。第9条の2第3項の「国際的に協調して行われる活動」が武力の行使を含むかは争いがある（jpLdp2012Cooperation）。",
    },
    cite: ["jp-ldp-2012"],
    apply: (rb) => {
      const rule = any<JpCtx>({ id: "jp-reform-ldp-2012", label: "LDP 2012: the exercise of the right of self-defence (9(2)); internationally coordinated activities (9-2(3))", cite: ["jp-ldp-2012"] }, [
        individual,
        selfDefence,
        doctrine<JpCtx>({ id: "jp-ldp-2012-cooperation", label: "Internationally coordinated activities to secure international peace and security include Council-authorised force (9-2(3))", cite: ["jp-ldp-2012", "jp-martin-2007"] }, "jpLdp2012Cooperation", {
          "non-forcible-only": leaf<JpCtx>({ id: "jp-ldp-2012-non-forcible", label: "Read as cooperation short of force", cite: ["jp-ldp-2012"] }, (c) =>
            no(R.cooperationOnly()),
          ),
          "includes-force": cs,
        }),
      ]);
      return {
        ...rb,
        reading: (r) => (r.reading === "no-forces" ? noForces : rule),
        instruments: [
          ...rb.instruments,
          implementing("ldp-2012", { en: "Use of force by the National Defense Force under its implementing law (hypothetical)", ja: "国防軍の実施法に基づく武力の行使（仮定）" }, "as-provided-by-law", ["individual-self-defence", "collective-self-defence"], ["jp-ldp-2012"]),
        ],
        reform: { id: "ldp-2012", label: { en: "LDP draft constitution of 2012 (arts 9 and 9-2)", ja: "自民党日本国憲法改正草案（2012年）" } },
      };
    },
  },
  {
    id: "ldp-2018",
    label: { en: "LDP proposal of 2018 (art 9-2: the SDF written in)", ja: "自民党条文イメージ（2018年）第9条の2（自衛隊の明記）" },
    text: {
      en: "Art 9-2(1): The preceding article does not prevent taking the self-defence measures necessary to defend Japan's peace and independence and keep the state and people safe; as the armed organisation for that purpose, the SDF is maintained, as provided by law, with the Prime Minister as its supreme commander. (2) SDF actions are subject, as provided by law, to Diet approval and other control.",
      ja: "第九条の二　前条の規定は、我が国の平和と独立を守り、国及び国民の安全を保つために必要な自衛の措置をとることを妨げず、そのための実力組織として、法律の定めるところにより、内閣の首長たる内閣総理大臣を最高の指揮監督者とする自衛隊を保持する。②　自衛隊の行動は、法律の定めるところにより、国会の承認その他の統制に服する。",
    },
    reading: {
      en: "Article 9 stays; the text does not say whether 'necessary self-defence measures' include the limited collective self-defence of 2014-16 (switch jpLdp2018Reading). No new power: the statutes in force decide.",
      ja: "第9条は維持。「必要な自衛の措置」が限定的な集団的自衛権を含むかは文言上不明（jpLdp2018Reading）。新たな権限はなく、現行法律による。",
    },
    cite: ["jp-ldp-2018"],
    apply: (rb) => {
      const rule = doctrine<JpCtx>({ id: "jp-reform-ldp-2018", label: "LDP 2018 art 9-2: necessary self-defence measures", cite: ["jp-ldp-2018"] }, "jpLdp2018Reading", {
        "2014-reading": newReading,
        "1972-reading": traditionalReading,
      });
      return { ...rb, reading: (r) => (r.reading === "no-forces" ? noForces : rule), reform: { id: "ldp-2018", label: { en: "LDP proposal of 2018 (art 9-2)", ja: "自民党条文イメージ（2018年）第9条の2" } } };
    },
  },
];

export const REFORM_BY_ID: ReadonlyMap<string, Reform> = new Map(REFORMS.map((r) => [r.id, r]));

export const reformInfo = (r: Reform): ReformInfo => ({ id: r.id, label: r.label.en, summary: `${r.reading.en} Text: ${r.text.en}` });
