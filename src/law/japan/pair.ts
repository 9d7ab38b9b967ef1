// The pair (international basis, domestic instrument), and whether the two fit. Japan's government
// assigns each instrument an international-law premise (japan.md 5, "International-law basis
// mapping"); international law, judged by the international rulebook on the same facts, says which
// basis actually grounds the action. Where they part, casus says so: the 2007 op-ed's point.
import type { BasisId, DomesticAnalysis, DomesticPair, DomesticPairFlag, DomesticStatus } from "../../analysis/result.js";
import { tx, type JpCtx } from "./context.js";
import type { Instrument } from "./instrument.js";

const NAMES: Record<string, [string, string]> = {
  "individual-self-defence": ["individual self-defence", "個別的自衛権"],
  "collective-self-defence": ["collective self-defence", "集団的自衛権"],
  "collective-security": ["collective security (a Council authorisation)", "集団安全保障（安保理の授権）"],
  "regional-enforcement": ["regional enforcement", "地域的強制行動"],
  consent: ["consent of the territorial state", "領域国の同意"],
  "not-a-use-of-force": ["not a use of force (no basis needed)", "武力の行使に当たらない（根拠不要）"],
};
const name = (c: JpCtx, id: string) => tx(c, ...(NAMES[id] ?? [id, id]));
const names = (c: JpCtx, ids: string[]) => ids.map((i) => name(c, i)).join(tx(c, ", ", "、"));

export interface PairInput {
  answer: DomesticStatus;
  character: DomesticAnalysis["character"]["value"];
  instrument?: Instrument;
  constitution: "satisfied" | "failed" | "unknown" | "contested";
  statute: "satisfied" | "failed" | "unknown" | "contested";
  constitutionBecause: string;
  /** "Article 9 as read on DATE", or under a reform. */
  art9: string;
  category?: string;
}

export function pairOf(c: JpCtx, p: PairInput): DomesticPair {
  const available = c.bases.filter((b) => b.status === "available").map((b) => b.basis);
  const open = c.bases.filter((b) => b.status === "undetermined" || b.status === "contested").map((b) => b.basis);
  const force = p.character === "use-of-force" || p.instrument?.character === "use-of-force";
  const inferred = force ? (p.category === "individual-self-defence" ? ["individual-self-defence"] : p.category === "collective-self-defence" ? ["collective-self-defence"] : []) : ["not-a-use-of-force"];
  const governmentBasis = p.instrument?.governmentBasis ?? inferred;
  const alsoAdmitted = p.instrument?.alsoAdmitted ?? (force ? ["collective-security"] : []);
  const flags: DomesticPairFlag[] = [];
  let fits: DomesticPair["fits"] = "unknown";
  const instr = p.instrument ? tx(c, p.instrument.name.en, p.instrument.name.ja) : tx(c, "no instrument", "該当する法律なし");

  if (force) {
    const hit = available.filter((b) => governmentBasis.includes(b));
    const also = available.filter((b) => alsoAdmitted.includes(b));
    if (hit.length) {
      fits = "yes";
      if (p.answer !== "not-permitted") flags.push({ kind: "fits", message: tx(c, `${names(c, hit)} grounds it in international law, as the premise of ${instr} says`, `国際法上${names(c, hit)}が根拠となり、${instr}の前提と一致する`) });
    } else if (also.length) {
      fits = "no";
      flags.push({
        kind: "continues-under-collective-security",
        message: tx(
          c,
          `Japan's government would call this ${names(c, governmentBasis)} (${instr}), but international law grounds it only in ${names(c, also)}. The 2014 Decision names collective self-defence only; that force meeting the new three conditions may continue under a Council resolution comes from the government's Q&A of June 2014, not the Decision's text`,
          `政府はこれを${names(c, governmentBasis)}（${instr}）と位置付けるが、国際法上の根拠は${names(c, also)}のみである。閣議決定が挙げるのは集団的自衛権のみであり、安保理決議後も新三要件を満たす武力の行使を継続できるとするのは平成26年6月の想定問答であって閣議決定の文言ではない`,
        ),
      });
    } else if (available.length) {
      fits = "no";
      flags.push({
        kind: "government-basis-not-available",
        message: tx(c, `Japan's government would call this ${names(c, governmentBasis)} (${instr}), which international law does not make available; it grounds it only in ${names(c, available)}`, `政府はこれを${names(c, governmentBasis)}（${instr}）と位置付けるが、国際法上それは援用できず、根拠となるのは${names(c, available)}のみである`),
      });
    } else if (open.length) {
      fits = "unknown";
    } else {
      fits = "no";
      if (p.answer !== "not-permitted" || c.isForce === "yes")
        flags.push({
          kind: "domestic-law-allows-international-law-does-not",
          message: tx(
            c,
            `no basis in international law is available for this use of force: whatever Japanese law permits, it would breach art 2(4); art 98(2) of the Constitution requires Japan to observe established international law`,
            `この武力の行使には国際法上の根拠がない：国内法が許すとしても国連憲章第2条4に違反する。憲法第98条第2項は確立された国際法規の誠実な遵守を求める`,
          ),
        });
    }
  } else if (p.character === "undetermined" || p.character === "contested") {
    fits = "unknown";
  } else if (c.isForce === "yes") {
    fits = "no";
    flags.push({
      kind: "character-differs",
      message: tx(
        c,
        `Japan's law treats it as ${p.character === "support" ? "support not integrated with the use of force" : p.character === "police-type" ? "police-type weapons use" : "non-forcible activity"}, not a use of force; for international law it is a use of force${available.length ? ` (grounded in ${names(c, available)})` : ", with no basis available"}`,
        `国内法上は${p.character === "support" ? "武力の行使と一体化しない支援" : p.character === "police-type" ? "警察権的な武器使用" : "非強制的な活動"}であり武力の行使ではないが、国際法上は武力の行使に当たる${available.length ? `（根拠：${names(c, available)}）` : "（根拠なし）"}`,
      ),
    });
  } else if (c.isForce === "no") {
    fits = "yes";
    if (p.answer !== "not-permitted") flags.push({ kind: "fits", message: tx(c, "not a use of force in either law: no art 51 basis is needed", "いずれの法においても武力の行使に当たらず、憲章第51条の根拠を要しない") });
  }

  if (p.answer === "not-permitted" && (available.length > 0 || c.isForce === "no")) {
    fits = "no";
    const allows = available.length ? names(c, available) : tx(c, "not a use of force", "武力の行使に当たらない");
    if (p.constitution === "failed")
      flags.push({
        kind: "international-law-allows-domestic-law-does-not",
        message: tx(c, `international law allows it (${allows}), but ${p.art9} does not: ${p.constitutionBecause}`, `国際法上は許される（${allows}）が、${p.art9}はこれを許さない：${p.constitutionBecause}`),
      });
    else if (p.statute === "failed")
      flags.push({
        kind: "no-statutory-authority",
        message: tx(c, `international law allows it (${allows}), but no statute in force on ${c.law} authorises it: not permitted (no statutory authority)`, `国際法上は許される（${allows}）が、${c.law}時点で授権する法律がない：法律上の根拠なし`),
      });
  }

  for (const k of c.commitments)
    if (k.treaty === "us-japan-security-treaty" && k.triggered === "no")
      flags.push({
        kind: "treaty-not-triggered",
        message: tx(c, `Japan-US Security Treaty art V is not triggered (${k.because}): the treaty neither requires nor grounds Japan's action; the basis must be art 51 itself`, `日米安保条約第5条は発動されない（${k.because}）：同条約は我が国の行動を義務付けも根拠付けもしない。根拠は国連憲章第51条そのものによる`),
      });

  return {
    international: { isForce: c.isForce, available: available as BasisId[], open: open as BasisId[] },
    domestic: { instrument: p.instrument?.id, governmentBasis, alsoAdmitted },
    fits,
    flags,
  };
}

