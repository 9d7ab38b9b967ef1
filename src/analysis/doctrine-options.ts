// Which doctrine positions apply: those the user names (a profile or switch=position pairs),
// else those the situation settles; every other switch stays open and is judged both ways.
import { PROFILES, SWITCH_BY_ID } from "../law/doctrine.js";
import { check, DoctrineError } from "../law/doctrine-check.js";
import { didYouMean } from "../scenario/suggest.js";

export { check, DoctrineError };
import type { Situation, SwitchId } from "../scenario/schema.js";
import type { DoctrineSetting } from "../answer/types.js";

/** "icj", or { anticipatory: "caroline", ... }, or "icj,anticipatory=caroline". */
export type DoctrineOption = string | Record<string, string>;

export function parseDoctrine(option: DoctrineOption | undefined): Record<string, string> {
  if (option === undefined) return {};
  if (typeof option !== "string") return { ...option };
  const out: Record<string, string> = {};
  for (const part of option.split(",").map((x) => x.trim()).filter(Boolean)) {
    if (part.includes("=")) {
      const pieces = part.split("=").map((x) => x.trim());
      if (pieces.length !== 2 || !pieces[0] || !pieces[1]) throw new DoctrineError(`--doctrine: "${part.slice(0, 60)}" is not switch=position`);
      const [k, v] = pieces;
      out[k] = v;
    } else {
      const profile = Object.hasOwn(PROFILES, part) ? PROFILES[part] : undefined; // not "toString"
      if (!profile) throw new DoctrineError(`unknown doctrine profile "${part}"${didYouMean(part, Object.keys(PROFILES))} (profiles: ${Object.keys(PROFILES).join(", ")}; or give switch=position pairs)`);
      Object.assign(out, profile.positions);
    }
  }
  return out;
}

export function resolveDoctrine(situation: Situation, option?: DoctrineOption) {
  const settled = new Map<string, string>();
  const from = new Map<string, DoctrineSetting["from"]>();
  for (const [id, v] of Object.entries(situation.doctrine ?? {})) {
    const position = typeof v === "string" ? v : v.position;
    check(id, position, "the situation's doctrine");
    settled.set(id, position);
    from.set(id, "situation");
  }
  for (const [id, position] of Object.entries(parseDoctrine(option))) {
    check(id, position, "--doctrine");
    settled.set(id, position);
    from.set(id, "user");
  }
  // Switches an ICJ holding answers apply at their default unless chosen otherwise.
  for (const s of SWITCH_BY_ID.values()) {
    if (s.settledBy && !settled.has(s.id)) {
      settled.set(s.id, s.default);
      from.set(s.id, "law");
    }
  }
  const settings: DoctrineSetting[] = [...SWITCH_BY_ID.values()].map((s) => ({
    switch: s.id as SwitchId,
    position: settled.get(s.id) ?? s.default,
    from: from.get(s.id) ?? "default",
  }));
  return { settled, settings };
}
