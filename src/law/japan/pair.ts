// The pair (international basis, domestic instrument), and whether the two fit. Japan's government
// assigns each instrument an international-law premise (japan.md 5, "International-law basis
// mapping"); international law, judged by the international rulebook on the same facts, says which
// basis actually grounds the action. Where they part, casus says so: the 2007 op-ed's point.
import type { BasisId, DomesticAnalysis, DomesticPair, DomesticPairFlag, DomesticStatus } from "../../answer/types.js";
import { reasons, type Reason, type Words } from "../../engine/reason.js";
import { R as C, type JpCtx } from "./context.js";
import type { Instrument } from "./instrument.js";

const NAMES: Record<string, [string, string]> = {
  "individual-self-defence": ["individual self-defence", "個別的自衛権"],
  "collective-self-defence": ["collective self-defence", "集団的自衛権"],
  "collective-security": ["collective security (a Council authorisation)", "集団安全保障（安保理の授権）"],
  "regional-enforcement": ["regional enforcement", "地域的強制行動"],
  consent: ["consent of the territorial state", "領域国の同意"],
  "not-a-use-of-force": ["not a use of force (no basis needed)", "武力の行使に当たらない（根拠不要）"],
};
const names = (ids: string[], w: Words) => ids.map((i) => (NAMES[i] ?? [i, i])[w.lang === "ja" ? 1 : 0]).join(w.lang === "ja" ? "、" : ", ");
const CHARACTER: Record<string, [string, string]> = {
  support: ["support not integrated with the use of force", "武力の行使と一体化しない支援"],
  "police-type": ["police-type weapons use", "警察権的な武器使用"],
  "non-forcible": ["non-forcible activity", "非強制的な活動"],
};

type Gov = { government: string[]; instrument: Reason };
export const R = reasons("jp.pair", {
  fits: {
    en: (a: { bases: string[]; instrument: Reason }, w) => `${names(a.bases, w)} grounds it in international law, as the premise of ${w.reason(a.instrument)} says`,
    ja: (a: { bases: string[]; instrument: Reason }, w) => `国際法上${names(a.bases, w)}が根拠となり、${w.reason(a.instrument)}の前提と一致する`,
  },
  continuesUnderCollectiveSecurity: {
    en: (a: Gov & { also: string[] }, w) =>
      `Japan's government would call this ${names(a.government, w)} (${w.reason(a.instrument)}), but international law grounds it only in ${names(a.also, w)}. The 2014 Decision names collective self-defence only; that force meeting the new three conditions may continue under a Council resolution comes from the government's Q&A of June 2014, not the Decision's text`,
    ja: (a: Gov & { also: string[] }, w) =>
      `政府はこれを${names(a.government, w)}（${w.reason(a.instrument)}）と位置付けるが、国際法上の根拠は${names(a.also, w)}のみである。閣議決定が挙げるのは集団的自衛権のみであり、安保理決議後も新三要件を満たす武力の行使を継続できるとするのは平成26年6月の想定問答であって閣議決定の文言ではない`,
  },
  governmentBasisNotAvailable: {
    en: (a: Gov & { available: string[] }, w) =>
      `Japan's government would call this ${names(a.government, w)} (${w.reason(a.instrument)}), which international law does not make available; it grounds it only in ${names(a.available, w)}`,
    ja: (a: Gov & { available: string[] }, w) => `政府はこれを${names(a.government, w)}（${w.reason(a.instrument)}）と位置付けるが、国際法上それは援用できず、根拠となるのは${names(a.available, w)}のみである`,
  },
  noInternationalBasis: {
    en: () =>
      "no basis in international law is available for this use of force: whatever Japanese law permits, it would breach art 2(4); art 98(2) of the Constitution requires Japan to observe established international law",
    ja: () => "この武力の行使には国際法上の根拠がない：国内法が許すとしても国連憲章第2条4に違反する。憲法第98条第2項は確立された国際法規の誠実な遵守を求める",
  },
  characterDiffers: {
    en: (a: { character: string; available: string[] }, w) =>
      `Japan's law treats it as ${CHARACTER[a.character][0]}, not a use of force; for international law it is a use of force${a.available.length ? ` (grounded in ${names(a.available, w)})` : ", with no basis available"} (if no force is used against anyone, say so on the use: isForce: no)`,
    ja: (a: { character: string; available: string[] }, w) =>
      `国内法上は${CHARACTER[a.character][1]}であり武力の行使ではないが、国際法上は武力の行使に当たる${a.available.length ? `（根拠：${names(a.available, w)}）` : "（根拠なし）"}（何者に対しても武力を用いないときは、当該行為に isForce: no と記載）`,
  },
  neitherForce: { en: () => "not a use of force in either law: no art 51 basis is needed", ja: () => "いずれの法においても武力の行使に当たらず、憲章第51条の根拠を要しない" },
  art9Bars: {
    en: (a: { available: string[]; art9: Reason; why: Reason | string }, w) =>
      `international law allows it (${a.available.length ? names(a.available, w) : "not a use of force"}), but ${w.reason(a.art9)} does not: ${w.reason(a.why)}`,
    ja: (a: { available: string[]; art9: Reason; why: Reason | string }, w) =>
      `国際法上は許される（${a.available.length ? names(a.available, w) : "武力の行使に当たらない"}）が、${w.reason(a.art9)}はこれを許さない：${w.reason(a.why)}`,
  },
  noStatute: {
    en: (a: { available: string[]; law: string }, w) =>
      `international law allows it (${a.available.length ? names(a.available, w) : "not a use of force"}), but no statute in force on ${a.law} authorises it: not permitted (no statutory authority)`,
    ja: (a: { available: string[]; law: string }, w) => `国際法上は許される（${a.available.length ? names(a.available, w) : "武力の行使に当たらない"}）が、${a.law}時点で授権する法律がない：法律上の根拠なし`,
  },
  conditionsNotMet: {
    en: (a: { available: string[]; law: string }, w) =>
      `international law allows it (${a.available.length ? names(a.available, w) : "not a use of force"}), but the conditions of the statute in force on ${a.law} are not met`,
    ja: (a: { available: string[]; law: string }, w) => `国際法上は許される（${a.available.length ? names(a.available, w) : "武力の行使に当たらない"}）が、${a.law}時点の法律の要件を満たさない`,
  },
  notDecided: {
    en: (a: { available: string[] }, w) =>
      `international law allows it (${a.available.length ? names(a.available, w) : "not a use of force"}); under Japanese law the action is not ordered on this date (not yet, or ended)`,
    ja: (a: { available: string[] }, w) => `国際法上は許される（${a.available.length ? names(a.available, w) : "武力の行使に当たらない"}）。国内法上はこの日付に命令がない（未命令又は終結後）`,
  },
  treatyNotTriggered: {
    en: (a: { why: Reason | string }, w) =>
      `Japan-US Security Treaty art V is not triggered (${w.reason(a.why)}): the treaty neither requires nor grounds Japan's action; the basis must be art 51 itself`,
    // The treaty's own reason is English text until the international layer gives it a code: left out in Japanese.
    ja: (a: { why: Reason | string }, w) => `日米安保条約第5条は発動されない${typeof a.why === "string" ? "" : `（${w.reason(a.why)}）`}：同条約は我が国の行動を義務付けも根拠付けもしない。根拠は国連憲章第51条そのものによる`,
  },
  noInstrument: { en: () => "no instrument", ja: () => "該当する法律なし" },
});

/** A flag of the pair, its message a reason (worded when the answer is). */
export type PairFlag = Omit<DomesticPairFlag, "message"> & { message: Reason };

export interface PairInput {
  answer: DomesticStatus;
  character: DomesticAnalysis["character"]["value"];
  instrument?: Instrument;
  constitution: "satisfied" | "failed" | "unknown" | "contested";
  statute: "satisfied" | "failed" | "unknown" | "contested";
  constitutionBecause: Reason | string;
  /** "Article 9 as read on DATE", or under a reform. */
  art9: Reason;
  category?: string;
  /** Why the statute fails: no instrument in force; one in force whose conditions fail; not (yet) ordered, or ended. */
  statuteFailure?: "no-instrument" | "conditions" | "not-decided";
}

export function pairOf(c: JpCtx, p: PairInput): Omit<DomesticPair, "flags"> & { flags: PairFlag[] } {
  const available = c.bases.filter((b) => b.status === "available").map((b) => b.basis);
  const open = c.bases.filter((b) => b.status === "undetermined" || b.status === "contested").map((b) => b.basis);
  const force = p.character === "use-of-force" || p.instrument?.character === "use-of-force";
  const inferred = force ? (p.category === "individual-self-defence" ? ["individual-self-defence"] : p.category === "collective-self-defence" ? ["collective-self-defence"] : []) : ["not-a-use-of-force"];
  const governmentBasis = p.instrument?.governmentBasis ?? inferred;
  const alsoAdmitted = p.instrument?.alsoAdmitted ?? (force ? ["collective-security"] : []);
  const flags: PairFlag[] = [];
  let fits: DomesticPair["fits"] = "unknown";
  const instr = p.instrument ? C.named(p.instrument.name) : R.noInstrument();

  if (force) {
    const hit = available.filter((b) => governmentBasis.includes(b));
    const also = available.filter((b) => alsoAdmitted.includes(b));
    if (hit.length) {
      fits = "yes";
      if (p.answer !== "not-permitted") flags.push({ kind: "fits", message: R.fits({ bases: hit, instrument: instr }) });
    } else if (also.length) {
      fits = "no";
      flags.push({
        kind: "continues-under-collective-security",
        message: R.continuesUnderCollectiveSecurity({ government: governmentBasis, instrument: instr, also }),
      });
    } else if (available.length) {
      fits = "no";
      flags.push({
        kind: "government-basis-not-available",
        message: R.governmentBasisNotAvailable({ government: governmentBasis, instrument: instr, available }),
      });
    } else if (open.length) {
      fits = "unknown";
    } else {
      fits = "no";
      if (p.answer !== "not-permitted" || c.isForce === "yes")
        flags.push({
          kind: "domestic-law-allows-international-law-does-not",
          message: R.noInternationalBasis(),
        });
    }
  } else if (p.character === "undetermined" || p.character === "contested") {
    fits = "unknown";
  } else if (c.isForce === "yes") {
    fits = "no";
    flags.push({
      kind: "character-differs",
      message: R.characterDiffers({ character: p.character, available }),
    });
  } else if (c.isForce === "no") {
    fits = "yes";
    if (p.answer !== "not-permitted") flags.push({ kind: "fits", message: R.neitherForce() });
  }

  if (p.answer === "not-permitted" && (available.length > 0 || c.isForce === "no")) {
    fits = "no";
    if (p.constitution === "failed")
      flags.push({
        kind: "international-law-allows-domestic-law-does-not",
        message: R.art9Bars({ available, art9: p.art9, why: p.constitutionBecause }),
      });
    else if (p.statute === "failed")
      flags.push({
        kind: "no-statutory-authority",
        message:
          p.statuteFailure === "conditions"
            ? R.conditionsNotMet({ available, law: c.law })
            : p.statuteFailure === "not-decided"
              ? R.notDecided({ available })
              : R.noStatute({ available, law: c.law }),
      });
  }

  for (const k of c.commitments)
    // Said only of a use of force: a police-type or non-forcible action needs no art 51 basis at all.
    if (k.treaty === "us-japan-security-treaty" && k.triggered === "no" && force)
      flags.push({
        kind: "treaty-not-triggered",
        message: R.treatyNotTriggered({ why: k.because }),
      });

  return {
    international: { isForce: c.isForce, available: available as BasisId[], open: open as BasisId[] },
    domestic: { instrument: p.instrument?.id, governmentBasis, alsoAdmitted },
    fits,
    flags,
  };
}

