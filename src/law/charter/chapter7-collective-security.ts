// Collective security: the Council determines a threat to the peace, breach of the peace or act of
// aggression (art 39) and authorises Member States to use force (art 42 read with art 48(1): the
// "authorisation" practice that replaced the unused art 43 agreements). No armed attack, declaration
// or request is needed; the Council, not the acting state, decides who may act, where, for what
// and until when.
import { all, leaf, no, position, some, unknown, yes, type Finding, type Rule } from "../../engine/rule.js";
import { onOrBefore } from "../../engine/dates.js";
import { and } from "../../engine/tri.js";
import { fact, list, reason, scope } from "../../scenario/model.js";
import type { Resolution } from "../../scenario/schema.js";
import { useFact, type LawCtx } from "../context.js";
import { adoption, determinationKind, symbolOf } from "./security-council.js";

const resCite = (r: Resolution) => `${symbolOf(r)}${r.paragraph ? `, para ${r.paragraph}` : ""}`;
const rpath = (c: LawCtx, field?: string) => c.m.path("resolutions", c.resolution!.id, field);

const adopted = leaf<LawCtx>({ id: "adopted", label: "The resolution was adopted (art 27(3)) by the date", cite: ["charter-27-3", "namibia-22"] }, (c) => {
  const r = c.resolution!;
  const when = r.adopted ? onOrBefore(r.adopted, c.date) : "unknown";
  if (when === "no") return no(`${symbolOf(r)} was adopted only on ${r.adopted}`, [rpath(c, "adopted")]);
  const f = adoption(c.m, r);
  if (when === "unknown" && f.value !== "no") return unknown(`whether ${symbolOf(r)} was adopted by ${c.date} is unknown`, [rpath(c, "adopted")]);
  return f;
});

const determination = leaf<LawCtx>(
  { id: "determination", label: "Art 39 determination: a threat to the peace, breach of the peace or act of aggression", cite: ["charter-39", "sc-reading-rules"] },
  (c) => {
    const r = c.resolution!;
    const kind = determinationKind(r);
    const words = typeof r.determination === "object" && r.determination.words ? `: "${r.determination.words}"` : "";
    const where = typeof r.determination === "object" && r.determination.in ? ` (made in ${r.determination.in})` : "";
    if (kind === undefined) return unknown(`whether ${symbolOf(r)} rests on an art 39 determination is not recorded`, [rpath(c, "determination")]);
    if (kind === "none") return no(`${symbolOf(r)} makes or recalls no art 39 determination`, [rpath(c, "determination")]);
    return yes(`${kind.replace(/-/g, " ")}${where}${words}`, [rpath(c, "determination")]);
  },
);

const chapterVII = leaf<LawCtx>({ id: "chapter-vii", label: "The Council acts under Chapter VII", cite: ["charter-39", "charter-42", "sc-reading-rules"] }, (c) => {
  const r = c.resolution!;
  if (r.chapterVII === "express") return yes(`${symbolOf(r)}: "Acting under Chapter VII"`, [rpath(c, "chapterVII")]);
  if (r.chapterVII === "implicit") return yes(`${symbolOf(r)} acts under Chapter VII implicitly (an art 39 determination followed by art 39-42 action)`, [rpath(c, "chapterVII")]);
  if (r.chapterVII === "none") return no(`${symbolOf(r)} does not act under Chapter VII`, [rpath(c, "chapterVII")]);
  return unknown(`whether ${symbolOf(r)} acts under Chapter VII is not recorded`, [rpath(c, "chapterVII")]);
});

const authorisesForce = leaf<LawCtx>(
  { id: "authorises", label: "It authorises force ('all necessary means/measures'), not only art 41 measures", cite: ["charter-42", "charter-48", "authorisation-practice"] },
  (c) => {
    const r = c.resolution!;
    const path = rpath(c, "authorisation");
    const words = r.words ? `: "${r.words}"` : "";
    switch (r.authorisation) {
      case "authorises":
        return yes(`${resCite(r)} authorises force${words}`, [path]);
      case "recommends":
        return yes(`${resCite(r)} recommends Members to furnish armed assistance, an art 39 recommendation${words}`, [path]);
      case "calls-upon":
        return r.impliedFrom ? implied(c) : no(`${resCite(r)} only "calls upon"; it authorises no force${words}`, [path]);
      case "none":
        return r.impliedFrom ? implied(c) : no(`${symbolOf(r)} authorises no force${(r.measures ?? []).includes("sanctions") ? " (art 41 measures only)" : ""}`, [path]);
      case "contested":
        if (r.revives) {
          const p = position(c, "revival");
          const earlier = c.m.resolutions.get(r.revives);
          return {
            value: p === "accepted" ? "yes" : "no",
            because: `${symbolOf(r)} is argued to revive the authorisation in ${earlier ? symbolOf(earlier) : r.revives}; under the ${p} position it ${p === "accepted" ? "does" : "does not: only the Council can authorise force anew"}`,
            facts: [path, rpath(c, "revives")],
            doctrine: { switch: "revival", position: p },
          };
        }
        return implied(c);
      default:
        return r.impliedFrom ? implied(c) : unknown(`whether ${symbolOf(r)} authorises force is not recorded`, [path]);
    }
  },
);

function implied(c: LawCtx): Finding {
  const r = c.resolution!;
  const p = position(c, "impliedAuthorisation");
  return {
    value: p === "accepted" ? "yes" : "no",
    because: `${symbolOf(r)} contains no express authorisation; force in support of its purposes is ${p === "accepted" ? "taken as impliedly authorised (accepted position)" : "not authorised (express-only position)"}`,
    facts: [rpath(c, "authorisation")],
    doctrine: { switch: "impliedAuthorisation", position: p },
  };
}

const mandate = (c: LawCtx) => c.use.mandates?.[c.resolution!.id];
const mpath = (c: LawCtx, field: string) => useFact(c, `mandates.${c.resolution!.id}.${field}`);

const addressee = leaf<LawCtx>({ id: "addressee", label: "This state is an addressee of the authorisation", cite: ["charter-48", "sc-reading-rules"] }, (c) => {
  const r = c.resolution!;
  const stated = mandate(c)?.addressee;
  if (stated !== undefined) {
    const f = fact(stated);
    return f.value === "unknown" ? unknown(reason(f, "not established"), [mpath(c, "addressee")]) : { value: f.value, because: reason(f, f.value === "yes" ? `${c.m.name(c.actor)} is among those authorised` : `${c.m.name(c.actor)} is not among those authorised`), facts: [mpath(c, "addressee")] };
  }
  const a = r.addressees;
  if (!a) return unknown(`who ${symbolOf(r)} authorises is not recorded in structured form`, [rpath(c, "addressees"), mpath(c, "addressee")]);
  const path = rpath(c, "addressees");
  const viaOrg = c.use.through !== undefined && (a.organisations?.includes(c.use.through) || a.throughRegionalOrganisations === true);
  const named = Array.isArray(a.states) && a.states.includes(c.actor);
  const members = a.states === "all-members" && c.m.isMember(c.actor, c.date) === "yes";
  if (!named && !members && !viaOrg && !(a.organisations ?? []).includes(c.actor))
    return no(`${symbolOf(r)} authorises ${describeAddressees(c, r)}, not ${c.m.name(c.actor)}`, [path]);
  if (a.condition === "cooperating-with") {
    // Co-operation shows in the record: the government asked this state for help, consented to it, or is the one it defends.
    const g = a.cooperatingWith;
    const evidence =
      g !== undefined &&
      ((c.use.onBehalfOf ?? []).includes(g) ||
        (c.m.situation.requests ?? []).some((q) => q.by === g && (q.to === "all" || q.to.includes(c.actor)) && onOrBefore(q.date, c.date) === "yes") ||
        (c.m.situation.consents ?? []).some((k) => k.state === g && (k.to === "all" || k.to.includes(c.actor)) && onOrBefore(k.date, c.date) === "yes"));
    if (evidence) return yes(`${symbolOf(r)} authorises states co-operating with ${c.m.name(g!)}, as ${c.m.name(c.actor)} does (it acts at that government's request or on its behalf)`, [path]);
    return unknown(`${symbolOf(r)} authorises states co-operating with ${c.m.name(g ?? "the government named")}; whether ${c.m.name(c.actor)} does is not stated`, [mpath(c, "addressee")], [path]);
  }
  if (a.condition === "notified-secretary-general")
    return unknown(`${symbolOf(r)} authorises states that notified the Secretary-General; whether ${c.m.name(c.actor)} did is not stated`, [mpath(c, "addressee")], [path]);
  return yes(`${symbolOf(r)} authorises ${describeAddressees(c, r)}`, [path]);
});

function describeAddressees(c: LawCtx, r: Resolution): string {
  const a = r.addressees!;
  const parts: string[] = [];
  if (a.states === "all-members") parts.push("Member States");
  else if (Array.isArray(a.states) && a.states.length) parts.push(a.states.map((s) => c.m.name(s)).join(", "));
  if (a.organisations?.length) parts.push(a.organisations.map((s) => c.m.name(s)).join(", "));
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
      return {
        value: p === "broad" ? "yes" : "no",
        because: reason(f, `the ${field} of ${symbolOf(c.resolution!)} is disputed`) + `; read ${p}ly it ${p === "broad" ? "covers" : "does not cover"} this force`,
        facts: [path],
        doctrine: { switch: "authorisationScope", position: p },
      };
    }
    if (f.value === "unknown") return unknown(reason(f, `whether the force is within the ${field} is not established`), [path]);
    return { value: f.value, because: reason(f, f.value === "yes" ? `within the authorised ${field}` : `outside the authorised ${field}`), facts: [path] };
  });
}

const purpose = scopeLeaf("purpose", "The force serves the authorised purpose", (c) => {
  const r = c.resolution!;
  const want = r.purposes;
  const have = c.use.purposes;
  if (!want || !have) return unknown(`whether the force serves the purpose of ${symbolOf(r)} is not stated`, [mpath(c, "purpose")]);
  const shared = have.filter((p) => want.includes(p));
  return shared.length
    ? yes(`it serves ${shared.join(", ")}, a purpose ${symbolOf(r)} authorises`, [rpath(c, "purposes"), useFact(c, "purposes")])
    : no(`its purposes (${have.join(", ")}) are not those ${symbolOf(r)} authorises (${want.join(", ")})`, [rpath(c, "purposes"), useFact(c, "purposes")]);
});

const area = scopeLeaf("area", "The force is used in the authorised area", (c) => {
  const r = c.resolution!;
  if (!r.areas) return unknown(`the area of ${symbolOf(r)} is not recorded in structured form`, [rpath(c, "areas"), mpath(c, "area")]);
  const places = list(c.use.where);
  const inside = (w: string) => r.areas!.includes(w) || r.areas!.includes(c.m.territoryOf(w) ?? "");
  const outside = places.filter((w) => !inside(w));
  return outside.length
    ? no(`${outside.map((w) => c.m.name(w)).join(", ")} lies outside the area of ${symbolOf(r)} (${r.areas.map((a) => c.m.name(a)).join(", ")})`, [rpath(c, "areas"), useFact(c, "where")])
    : yes(`within the area of ${symbolOf(r)}`, [rpath(c, "areas"), useFact(c, "where")]);
});

const limits = scopeLeaf("limits", "The force respects the authorisation's limits", (c) => {
  const r = c.resolution!;
  if (!r.limits || r.limits.length === 0) return yes(`${symbolOf(r)} records no express limits`, [rpath(c, "limits")]);
  return unknown(`whether the force respects the limits of ${symbolOf(r)} (${r.limits.join("; ")}) is not stated`, [mpath(c, "limits")], [rpath(c, "limits")]);
});

const window = leaf<LawCtx>({ id: "window", label: "The date lies within the authorisation's time window", cite: ["sc-reading-rules"] }, (c) => {
  const r = c.resolution!;
  const from = r.from ?? r.adopted;
  if (!from) return unknown(`when the authorisation of ${symbolOf(r)} begins is not recorded`, [rpath(c, "from")]);
  const started = onOrBefore(from, c.date);
  if (started === "no") return no(`the authorisation of ${symbolOf(r)} applies only from ${from}`, [rpath(c, "from")]);
  const ended = r.until ? onOrBefore(c.date, r.until) : "yes";
  if (ended === "no") return no(`the authorisation of ${symbolOf(r)} ended on ${r.until}`, [rpath(c, "until")]);
  const terminator = (c.m.situation.resolutions ?? []).find((t) => {
    const effective = t.ceasefireEffective ?? t.from ?? t.adopted;
    return t.terminates?.includes(r.id) && effective !== undefined && onOrBefore(effective, c.date) === "yes" && adoption(c.m, t).value === "yes";
  });
  if (terminator)
    return no(`the authorisation of ${symbolOf(r)} was ended by ${symbolOf(terminator)} from ${terminator.ceasefireEffective ?? terminator.from ?? terminator.adopted}`, [c.m.path("resolutions", terminator.id, "terminates")]);
  const cond = r.conditionMet === undefined ? { value: "yes" as const, stated: false } : fact(r.conditionMet);
  if (cond.value === "no") return no(reason(cond, `the condition of ${symbolOf(r)} was not met`), [rpath(c, "conditionMet")]);
  const v = and([started, ended, cond.value]);
  if (v === "unknown") return unknown(`whether ${c.date} lies within the window of ${symbolOf(r)} (from ${from}${r.until ? ` until ${r.until}` : ""}) is not established`, [rpath(c, "from"), rpath(c, "until"), rpath(c, "conditionMet")]);
  return yes(`from ${from}${r.until ? ` until ${r.until}` : ", with no end set"}${cond.stated ? `; ${reason(cond, "its condition is met")}` : ""}`, [rpath(c, "from"), rpath(c, "until")]);
});

export const resolutionConditions: Rule<LawCtx>[] = [adopted, determination, chapterVII, authorisesForce, addressee, purpose, area, limits, window];

export const councilResolutions = (c: LawCtx) =>
  (c.m.situation.resolutions ?? [])
    .filter((r) => r.organ === "security-council")
    .map((r) => ({ key: r.id, label: `${symbolOf(r)}${r.adopted ? ` (${r.adopted})` : ""}`, ctx: { ...c, resolution: r } }));

export const noResolution = (c: LawCtx): Finding =>
  c.m.absent("resolutions") === "no" ? no("the Council adopted no resolution on the situation", ["$.resolutions"]) : unknown("no Council resolution is recorded, and the record may be incomplete", ["$.resolutions"]);

/** Some Council resolution authorises this state's force, here, now, for this purpose. */
export const councilAuthorisation: Rule<LawCtx> = some(
  { id: "resolutions", label: "A Council authorisation covers this force", cite: ["charter-39", "charter-42", "charter-48"] },
  councilResolutions,
  all({ id: "conditions", label: "Conditions of a Council authorisation", cite: ["charter-39", "charter-42"] }, resolutionConditions),
  noResolution,
);

export const collectiveSecurity: Rule<LawCtx> = {
  id: "actors",
  label: "Each state using force is authorised by the Council",
  cite: ["charter-42", "charter-48"],
  kind: "every",
  items: (c) => list(c.use.by).map((a) => ({ key: a, label: c.m.name(a), ctx: { ...c, actor: a } })),
  rule: councilAuthorisation,
  none: () => unknown("no state using force is named", ["$.uses.by"]),
};
