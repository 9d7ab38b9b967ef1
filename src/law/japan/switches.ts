// Japan's contested points: where the sources disagree, casus gives each side's answer (the
// engine's doctrine worlds), never a silent default. These switches are the Japanese layer's own;
// the international switches (src/law/doctrine.ts) are untouched by them.
import type { SwitchSpec } from "../../engine/worlds.js";

export interface JpSwitch extends SwitchSpec {
  question: { en: string; ja: string };
  detail: { id: string; en: string; ja: string; cite: string[] }[];
}

export const JP_SWITCHES: readonly JpSwitch[] = [
  {
    id: "jpIttaika",
    question: {
      en: "Where combat at the place of the support is disputed: is the support integrated with the use of force?",
      ja: "支援の場所での戦闘の有無に争いがある場合、支援は武力の行使と一体化するか",
    },
    positions: ["government", "nagoya-high-court-2008"],
    default: "government",
    detail: [
      {
        id: "government",
        en: "the government: the place met the non-combat area test; no integration (Chief Cabinet Secretary Machimura, 17 Apr 2008)",
        ja: "政府：非戦闘地域の要件を満たしており一体化しない（町村官房長官、平成20年4月17日）",
        cite: ["jp-iraq", "jp-ittaika-1997"],
      },
      {
        id: "nagoya-high-court-2008",
        en: "the Nagoya High Court: a combat area; airlifting armed troops there is integrated with others' use of force (obiter)",
        ja: "名古屋高裁：戦闘地域であり、武装兵員の空輸は他国の武力行使と一体化した行動（傍論）",
        cite: ["jp-nagoya-2008"],
      },
    ],
  },
  {
    id: "jpLdp2012Cooperation",
    question: {
      en: "LDP 2012 art 9-2(3): do 'internationally coordinated activities to secure international peace and security' include the use of force?",
      ja: "自民党2012年草案第9条の2第3項の「国際的に協調して行われる活動」は武力の行使を含むか",
    },
    positions: ["non-forcible-only", "includes-force"],
    default: "non-forcible-only",
    detail: [
      { id: "non-forcible-only", en: "no: cooperation short of the use of force", ja: "含まない（武力の行使に至らない協力）", cite: ["jp-ldp-2012"] },
      { id: "includes-force", en: "yes: it could cover collective security (the op-ed's reading of such clauses)", ja: "含む（集団安全保障を含み得る）", cite: ["jp-ldp-2012", "jp-martin-2007"] },
    ],
  },
  {
    id: "jpLdp2018Reading",
    question: {
      en: "LDP 2018 art 9-2: do the 'necessary self-defence measures' include the limited collective self-defence of 2014-16?",
      ja: "自民党2018年案第9条の2の「必要な自衛の措置」は平成26年以降の限定的な集団的自衛権を含むか",
    },
    positions: ["2014-reading", "1972-reading"],
    default: "2014-reading",
    detail: [
      { id: "2014-reading", en: "yes: the three new conditions of 2014 carry over", ja: "含む（新三要件を引き継ぐ）", cite: ["jp-ldp-2018", "jp-new-three-conditions"] },
      { id: "1972-reading", en: "no: individual self-defence only, as in the 1972 view", ja: "含まない（昭和47年見解どおり個別的自衛権のみ）", cite: ["jp-ldp-2018", "jp-1972-view"] },
    ],
  },
];

export const JP_SWITCH_BY_ID: ReadonlyMap<string, JpSwitch> = new Map(JP_SWITCHES.map((s) => [s.id, s]));
