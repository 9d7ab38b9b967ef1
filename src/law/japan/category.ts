// The government's own category for an action, in the scheme of the 15 cases it presented to the
// ruling coalition on 27 May 2014 (japan.md 3.2): gray zone (infringements short of an armed
// attack), international cooperation (including PKO), collective self-defence. casus reaches the
// category from the facts (what the SDF do, and what they answer), never from a case's name.
import { answered, armedAttack, attackText, stateOrQuasiState, tx, type JpCtx } from "./context.js";
import { minesAbandoned } from "./character.js";
import { jpCite } from "./citations.js";
import type { Activity } from "./context.js";
import type { DomesticAnalysis } from "../../analysis/result.js";

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
  "transport-nationals",
];

export const CATEGORY_LABEL: Record<string, [string, string]> = {
  "gray-zone": ["gray zone (an infringement short of an armed attack)", "グレーゾーン事態（武力攻撃に至らない侵害）"],
  "international-cooperation": ["international cooperation (including PKO)", "国際協力（PKOを含む）"],
  "collective-self-defence": ["collective self-defence", "集団的自衛権"],
  "individual-self-defence": ["individual self-defence (outside the 15 cases)", "個別的自衛権（15事例の対象外）"],
  undetermined: ["undetermined", "未確定"],
  "outside-scheme": ["outside the 2014 scheme", "15事例の分類の対象外"],
};

export function categorise(c: JpCtx): NonNullable<DomesticAnalysis["category"]> {
  const out = (id: string, because: string) => ({ scheme: "15-cases-2014", id, label: tx(c, ...CATEGORY_LABEL[id]), because, citations: [jpCite("jp-15-cases", c.lang)] });
  const a = c.jp.activity;
  if (COOPERATION.includes(a)) return out("international-cooperation", tx(c, `${a}: support, peace cooperation or the protection of nationals, with others' consent or in support of others`, `${a}：他国の同意の下で又は他国を支援して行う協力・平和協力・邦人保護`));
  if (a === "preparation") return out("outside-scheme", tx(c, "preparation, not an action against anyone", "準備行為であり、何者かに対する行動ではない"));
  if (a === "minesweeping" && minesAbandoned(c).value === "yes") return out("international-cooperation", tx(c, "clearing mines left after the hostilities: no adversary", "戦闘終了後の遺棄機雷の除去：敵対者はいない"));
  const attacks = answered(c);
  if (attacks.length === 0) return out("undetermined", tx(c, "the action answers no recorded attack or infringement", "対処する攻撃又は侵害の記録がない"));
  const armed = attacks.filter((x) => armedAttack(x) === "yes" && stateOrQuasiState(c, x) === "yes");
  const onJapan = armed.filter((x) => x.against === c.japan);
  if (onJapan.length) return out("individual-self-defence", tx(c, `${attackText(c, onJapan[0])}: an armed attack on Japan`, `${attackText(c, onJapan[0])}：我が国に対する武力攻撃`));
  if (armed.length) return out("collective-self-defence", tx(c, `${attackText(c, armed[0])}: the SDF would fight an armed attack on another state`, `${attackText(c, armed[0])}：他国に対する武力攻撃に自衛隊が対処する`));
  const short = attacks.filter((x) => armedAttack(x) === "no" || stateOrQuasiState(c, x) === "no");
  if (short.length === attacks.length) return out("gray-zone", tx(c, `${attackText(c, short[0])}: an infringement short of an armed attack, or the act of a non-state group`, `${attackText(c, short[0])}：武力攻撃に至らない侵害又は非国家主体の行為`));
  return out("undetermined", tx(c, "whether the acts answered are armed attacks by a state is not established", "対処する行為が国による武力攻撃かは不明"));
}
