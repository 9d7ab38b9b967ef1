// The government's own category for an action, in the scheme of the 15 cases it presented to the
// ruling coalition on 27 May 2014 (japan.md 3.2): gray zone (infringements short of an armed
// attack), international cooperation (including PKO), collective self-defence. casus reaches the
// category from the facts (what the SDF do, and what they answer), never from a case's name.
import { reasons, type Reason } from "../../engine/reason.js";
import { answered, armedAttack, attackText, stateOrQuasiState, type JpCtx } from "./context.js";
import { minesAbandoned } from "./character.js";
import type { Activity } from "./context.js";
import { activityJa } from "./words.js";

/** Conduct the 2014 scheme put under international cooperation: support, peace cooperation, nationals. */
const COOPERATION: readonly Activity[] = [
  "logistics-support",
  "search-and-rescue",
  "ship-inspection",
  "peacekeeping",
  "humanitarian-relief",
  "kaketsuke-keigo",
  "mission-weapons-use",
  "rescue-nationals",
];

export const CATEGORY_LABEL: Record<string, [string, string]> = {
  "gray-zone": ["gray zone (an infringement short of an armed attack)", "グレーゾーン事態（武力攻撃に至らない侵害）"],
  "international-cooperation": ["international cooperation (including PKO)", "国際協力（PKOを含む）"],
  "collective-self-defence": ["collective self-defence", "集団的自衛権"],
  "individual-self-defence": ["individual self-defence (outside the 15 cases)", "個別的自衛権（15事例の対象外）"],
  undetermined: ["undetermined", "未確定"],
  "outside-scheme": ["outside the 2014 scheme", "15事例の分類の対象外"],
};

type At = { attack: Reason };
export const R = reasons("jp.category", {
  cooperation: {
    en: (a: { activity: string }) => `${a.activity}: support, peace cooperation or the protection of nationals, with others' consent or in support of others`,
    ja: (a: { activity: string }) => `${activityJa(a.activity)}：他国の同意の下で又は他国を支援して行う協力・平和協力・邦人保護`,
  },
  preparation: { en: () => "preparation, not an action against anyone", ja: () => "準備行為であり、何者かに対する行動ではない" },
  transport: {
    en: () => "transport of nationals is a power the SDF have had since 1994 (art 100-8, now art 84-4), not among the 15 cases: case 7 is the rescue of nationals with the territorial state's consent",
    ja: () => "在外邦人等の輸送は平成6年以来の権限（第100条の8、現第84条の4）であり、15事例に含まれない（事例7は領域国の同意に基づく邦人救出）",
  },
  guarding: {
    en: () => "guarding foreign forces' equipment against infringements short of an armed attack (case 3, the power later enacted as art 95-2); it answers no attack",
    ja: () => "武力攻撃に至らない侵害からの外国軍隊の武器等の防護（事例3。後に第95条の2として法制化）。対処する攻撃はない",
  },
  piracy: {
    en: () =>
      "counter-piracy is law enforcement under a statute in force since 2009 (the Anti-Piracy Act; art 82 before it), not among the 15 cases: their gray-zone cases are unlawful acts on remote islands, unlawful acts met by SDF units on the high seas, and protecting US ships on missile watch",
    ja: () => "海賊対処は平成21年以来の法律（海賊対処法。それ以前は第82条）による法執行であり、15事例に含まれない（グレーゾーンの事例は離島等における不法行為、公海上で自衛隊が遭遇した不法行為、警戒中の米艦の防護）",
  },
  abandonedMines: { en: () => "clearing mines left after the hostilities: no adversary", ja: () => "戦闘終了後の遺棄機雷の除去：敵対者はいない" },
  noAttack: { en: () => "the action answers no recorded attack or infringement", ja: () => "対処する攻撃又は侵害の記録がない" },
  onJapan: { en: (a: At, w) => `${w.reason(a.attack)}: an armed attack on Japan`, ja: (a: At, w) => `${w.reason(a.attack)}：我が国に対する武力攻撃` },
  onOthers: { en: (a: At, w) => `${w.reason(a.attack)}: the SDF would fight an armed attack on another state`, ja: (a: At, w) => `${w.reason(a.attack)}：他国に対する武力攻撃に自衛隊が対処する` },
  grayZone: {
    en: (a: At, w) => `${w.reason(a.attack)}: an infringement short of an armed attack, or the act of a non-state group`,
    ja: (a: At, w) => `${w.reason(a.attack)}：武力攻撃に至らない侵害又は非国家主体の行為`,
  },
  undetermined: { en: () => "whether the acts answered are armed attacks by a state is not established", ja: () => "対処する行為が国による武力攻撃かは不明" },
});

/** The category the facts put the action in, and why (worded when the answer is). */
export function categorise(c: JpCtx): { id: string; because: Reason } {
  const out = (id: string, because: Reason) => ({ id, because });
  const a = c.jp.activity;
  if (COOPERATION.includes(a)) return out("international-cooperation", R.cooperation({ activity: a }));
  if (a === "preparation") return out("outside-scheme", R.preparation());
  // The 2014 gray-zone category answers gaps in existing law (japan.md 3.2 cases 1-3; the 2014
  // Decision, section 1); piracy already had its statute (japan.md 2(g)(6)).
  if (a === "anti-piracy") return out("outside-scheme", R.piracy());
  if (a === "transport-nationals") return out("outside-scheme", R.transport());
  if (a === "minesweeping" && minesAbandoned(c).value === "yes") return out("international-cooperation", R.abandonedMines());
  const attacks = answered(c);
  if (attacks.length === 0 && a === "asset-protection") return out("gray-zone", R.guarding());
  if (attacks.length === 0) return out("undetermined", R.noAttack());
  const armed = attacks.filter((x) => armedAttack(x) === "yes" && stateOrQuasiState(c, x) === "yes");
  const onJapan = armed.filter((x) => x.against === c.japan);
  if (onJapan.length) return out("individual-self-defence", R.onJapan({ attack: attackText(c, onJapan[0]) }));
  if (armed.length) return out("collective-self-defence", R.onOthers({ attack: attackText(c, armed[0]) }));
  const short = attacks.filter((x) => armedAttack(x) === "no" || stateOrQuasiState(c, x) === "no");
  if (short.length === attacks.length) return out("gray-zone", R.grayZone({ attack: attackText(c, short[0]) }));
  return out("undetermined", R.undetermined());
}
