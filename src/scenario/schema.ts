// The scenario format: one zod schema is both the validator and the source of the JSON Schema
// (`casus schema`). Every field is documented in docs/scenario-format.md.
//
// "Not stated" semantics (tested in test/semantics.test.ts):
// - An assessment (necessity, proportionality, gravity, attribution ...) that is not stated is
//   UNKNOWN, never false.
// - The event lists (attacks, declarations, requests, consents, resolutions, reports, regional
//   decisions) are CLOSED: an event not listed did not happen, unless the list is named in
//   `incomplete`, in which case its absence is UNKNOWN.
import { z } from "zod";
import { isCalendarDate } from "./dates.js";
import { ID_PATTERN, ID_RULE, RESERVED_IDS } from "./limits.js";
import { JAPAN_DATA } from "../law/japan/statutes.generated.js";

export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar date, possibly partial: "1990-08-02", "1990-08" or "1990". */
export const DateSchema = z
  .string()
  .regex(DATE_PATTERN, "a date as YYYY-MM-DD, YYYY-MM or YYYY")
  .refine((s) => !DATE_PATTERN.test(s) || isCalendarDate(s), "expected a date that exists in the calendar (no 30 February, no 29 February outside leap years)")
  .describe("A date: YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known.");

const Id = z
  .string()
  .regex(ID_PATTERN, ID_RULE)
  .refine((s) => !RESERVED_IDS.has(s), "expected an id that is not a name JavaScript objects already carry (such as constructor or __proto__)")
  .describe("An id defined in this situation: a letter or digit, then letters, digits, _ - . or :, at most 64 characters.");
const Ids = z.union([Id, z.array(Id).min(1)]);

/** A three-valued fact: yes / no / unknown, or with its reason and source. */
export const TriValue = z.enum(["yes", "no", "unknown"]);
const TriShort = z.union([z.boolean(), TriValue]);
export const TriFactSchema = z.union([
  TriShort,
  z.object({
    value: TriShort,
    why: z.string().optional().describe("Why the fact is so (shown in the proof tree)."),
    source: z.string().optional().describe("Where the fact comes from (judgment, document)."),
  }).strict(),
]);

/** Like TriFact, but may also be "disputed": readings of the text differ (see switch authorisationScope). */
export const ScopeFactSchema = z.union([
  TriShort,
  z.literal("disputed"),
  z.object({
    value: z.union([TriShort, z.literal("disputed")]),
    why: z.string().optional(),
    source: z.string().optional(),
  }).strict(),
]);

export const ActorSchema = z
  .object({
    id: Id,
    name: z.string(),
    kind: z.enum(["state", "organisation", "group"]).describe(
      "state; organisation (UN, NATO, OAS, ECOWAS ...); group (a non-state armed group or movement).",
    ),
    unMember: z
      .union([z.boolean(), DateSchema])
      .optional()
      .describe("true/false, or the date of admission to the United Nations. Not stated: the admission date in data/un-membership.yaml (matched by `unName`, else `name`); a state it does not list is of unknown membership."),
    unName: z.string().optional().describe("The name under which data/un-membership.yaml records the state, where it differs from `name`."),
    statehood: z
      .enum(["recognised", "disputed", "not-a-state"])
      .optional()
      .describe("For a state: whether its statehood is generally recognised (default recognised)."),
    permanentMember: z.boolean().optional().describe("Permanent member of the Security Council."),
    regionalArrangement: z
      .boolean()
      .optional()
      .describe("For an organisation: a regional arrangement or agency in the sense of Chapter VIII."),
    members: z.array(Id).optional().describe("For an organisation or alliance: its members."),
    americanState: z.boolean().optional().describe("An American State (Rio Treaty Art. 3)."),
    note: z.string().optional(),
  })
  .strict();

export const PlaceSchema = z
  .object({
    id: Id,
    name: z.string(),
    territoryOf: Id.optional().describe("The state whose territory (land, territorial sea, airspace) this is."),
    controlledBy: Id.optional().describe("The state in effective control, where it differs (occupation)."),
    occupations: z
      .array(
        z
          .object({
            by: Id.describe("The occupying or administering state."),
            from: DateSchema,
            until: DateSchema.optional().describe("Last day (not stated: continuing)."),
            kind: z.enum(["occupation", "administration"]).default("occupation"),
            source: z.string().optional(),
          })
          .strict(),
      )
      .optional()
      .describe("Occupations or administrations of the place, each with its dates: who controls it on a date."),
    administeredBy: Id.optional().describe("The state administering it (US-Japan Treaty Art. V)."),
    international: z.boolean().optional().describe("High seas, international airspace: no state's territory."),
    regions: z
      .array(
        z.enum([
          "europe",
          "north-america",
          "north-atlantic-north-of-tropic-of-cancer",
          "mediterranean",
          "americas",
          "pacific",
          "other",
        ]),
      )
      .optional()
      .describe("Treaty areas the place lies in (North Atlantic Treaty Art. 6, Rio Art. 3/4, ANZUS Art. V)."),
    note: z.string().optional(),
  })
  .strict();

const GravityValue = z.enum(["armed-attack", "lesser", "cumulative", "unknown"]);

export const AttackSchema = z
  .object({
    id: Id,
    by: Id.describe("Who carried it out: a state or a group."),
    against: Id.describe("The state attacked (the victim)."),
    target: z
      .enum(["territory", "armed-forces", "vessel", "aircraft", "nationals-abroad", "embassy", "other"])
      .optional(),
    where: Id.optional().describe("A place or state id."),
    date: DateSchema.describe("When it occurred (or, for a threatened attack, when the threat was assessed)."),
    end: DateSchema.optional().describe(
      "When it ended (the invader expelled, the offensive repulsed, the last strike); for a threatened attack, the last day it was still assessed imminent.",
    ),
    endedBy: z
      .object({
        date: DateSchema.optional().describe("When it ended, if `end` is not given."),
        use: Id.optional().describe("The use of force that ended it (e.g. the expulsion of the invader)."),
        resolution: Id.optional().describe("A ceasefire resolution that ended it."),
        event: z.string().optional().describe("What ended it, in words."),
      })
      .strict()
      .optional()
      .describe("The event that ended the attack (citation: Nicaragua para 237: the offensive 'completely repulsed')."),
    alsoAgainst: z
      .array(Id)
      .optional()
      .describe("Further states attacked by the same attack (e.g. each contributor to a multinational force): each is a victim of its own."),
    alsoFrom: z.array(Id).optional().describe("Further places or states the attack was launched from (besides `originatesFrom`)."),
    attributions: z
      .array(
        z
          .object({
            state: Id,
            link: z.enum(["organ", "sent-by-or-on-behalf", "substantial-involvement", "support-only", "harbouring", "none", "unknown"]),
            established: TriFactSchema.optional(),
          })
          .strict(),
      )
      .optional()
      .describe("For an attack by a group supported by several states: the link to each (as `attribution`, which counts as the first)."),
    stage: z
      .enum(["occurred", "launched", "imminent", "contextual", "remote"])
      .default("occurred")
      .describe(
        "occurred; launched (under way, not yet struck); imminent (about to happen, Caroline sense); " +
          "contextual (imminent only on a contextual reading: pattern, scale, last opportunity); remote (a threat that is not imminent).",
      ),
    kind: z
      .enum([
        "invasion",
        "bombardment",
        "blockade",
        "attack-on-forces",
        "armed-bands",
        "terrorist-attack",
        "missile",
        "mining",
        "incursion",
        "support-to-rebels",
        "other",
      ])
      .optional()
      .describe("What was done. support-to-rebels (arms, logistics) is never an armed attack (citation: Nicaragua para 195)."),
    gravity: z
      .union([GravityValue, z.object({ value: GravityValue, why: z.string().optional(), source: z.string().optional() }).strict()])
      .optional()
      .describe(
        "Scale and effects: armed-attack; lesser (a lesser use of force, a frontier incident); cumulative (lesser alone, " +
          "an armed attack only taken together with the other attacks of its series: switch accumulation). Not stated: unknown.",
      ),
    established: TriFactSchema.optional().describe(
      "Is it established that the attack occurred and was carried out by `by`? no = examined and not proven (e.g. a court found the evidence insufficient).",
    ),
    attribution: z
      .object({
        state: Id.describe("The state it is said to be attributable to."),
        link: z
          .enum(["organ", "sent-by-or-on-behalf", "substantial-involvement", "support-only", "harbouring", "none", "unknown"])
          .describe(
            "organ (its armed forces); sent-by-or-on-behalf (armed bands sent by the state); substantial-involvement; " +
              "support-only (arms, money, logistics); harbouring (tolerates or shelters the group); none; unknown.",
          ),
        established: TriFactSchema.optional().describe("Is the link proven? Not stated: unknown."),
      })
      .strict()
      .optional()
      .describe("For an attack by a group: its link to a state. An attack by a state is its own (organ)."),
    originatesFrom: Id.optional().describe("Place or state the attack was launched from."),
    series: z.string().optional().describe("Attacks sharing a series id may be accumulated (switch accumulation)."),
    territorialStateUnwillingOrUnable: TriFactSchema.optional().describe(
      "For an attack by a group from another state's territory: is that state unwilling or unable to stop it?",
    ),
    description: z.string().optional(),
    source: z.string().optional(),
  })
  .strict();

export const DeclarationSchema = z
  .object({
    id: Id.optional(),
    by: Id.describe("The state declaring itself the victim."),
    date: DateSchema,
    attacks: z.array(Id).optional().describe("The attacks it declares itself the victim of (default: all against it)."),
    document: z.string().optional(),
  })
  .strict();

export const RequestSchema = z
  .object({
    id: Id.optional(),
    by: Id.describe("The state asking for help."),
    to: z.union([z.literal("all"), z.array(Id).min(1)]).describe("The states asked, or all."),
    date: DateSchema,
    form: z
      .enum(["express", "treaty-invocation", "to-the-council", "council-meeting", "complaint"])
      .default("express")
      .describe(
        "express request; treaty-invocation (e.g. NATO Art. 5); to-the-council (an appeal to the United Nations for help, read as a request to the Members); " +
          "council-meeting (a call for an urgent Council meeting) and complaint (a complaint of aggression): neither is a request for armed help (citation: Nicaragua para 234).",
      ),
    givenBy: z.string().optional().describe("Who made it (office, authority)."),
    authority: z
      .enum(["government", "government-in-exile", "de-facto-authority", "opposition", "other"])
      .optional()
      .describe("The standing of whoever made it (default government)."),
    entitled: TriFactSchema.optional().describe(
      "Could its author speak for the requesting state on that date? Default: yes for a government, no for the opposition, unknown otherwise.",
    ),
    established: TriFactSchema.optional().describe("Is it established that the request was made (and on that date)? Default yes; unknown for a request reported only from memory."),
    effectiveControl: TriFactSchema.optional().describe("Did its author control the requesting state's territory on the date? Not stated: as for a consent (yes for a government, no for a government in exile, read from a dated occupation)."),
    recognised: TriFactSchema.optional().describe("Was its author internationally recognised as the state's government? Not stated: yes for a government, unknown otherwise."),
    installedBy: Id.optional().describe("The state that installed the authority making the request, if one did: an authority installed by the state it asks for help cannot ask for it (a puppet), nor one set up by the occupying power (S/RES/661 (1990) para 9(b))."),
    civilWar: TriFactSchema.optional().describe("Was there a civil war in the requesting state (switch civilWar, for the request read as consent)? Not stated: as recorded on the state's other consents and requests, else not at issue."),
    scope: z
      .object({
        help: z.string().optional().describe("What help is asked for, in words (shown in the proof tree)."),
        purposes: z.array(z.string()).optional().describe("Purpose ids the help must serve (matched against a use's `purposes`)."),
        areas: z.array(Id).optional().describe("Places or states where the help is asked for (a state covers its places)."),
        until: DateSchema.optional().describe("Last day the request covers, by its own terms."),
      })
      .strict()
      .optional()
      .describe("What the request covers: help beyond it is not covered. Not stated: any help against the attack."),
    withdrawn: DateSchema.optional().describe("The request was withdrawn (or limited) on this date: help from that day on is not covered."),
    treaty: z.string().optional(),
    declaresAttack: z
      .boolean()
      .optional()
      .describe("The request itself declares the requesting state the victim of an armed attack (or of an imminent one): it then counts as the declaration too."),
    document: z.string().optional(),
  })
  .strict();

export const ConsentSchema = z
  .object({
    id: Id,
    state: Id.describe("The territorial state whose consent it is."),
    givenBy: z.string().describe("Who gave it (office, authority)."),
    authority: z
      .enum(["government", "government-in-exile", "de-facto-authority", "opposition", "other"])
      .describe("The standing of whoever gave it."),
    entitled: TriFactSchema.optional().describe(
      "Was it given by the government entitled to speak for the state on that date? Default: yes for government, no for opposition, unknown otherwise.",
    ),
    to: z.union([z.literal("all"), z.array(Id).min(1)]),
    date: DateSchema,
    withdrawn: DateSchema.optional().describe("Withdrawal needs no formality (citation: DRC v Uganda para 47)."),
    until: DateSchema.optional().describe("End of the consent set by its own terms."),
    freelyGiven: TriFactSchema.optional(),
    scope: z.string().optional().describe("What it allows (purpose, area, operations), in words."),
    against: z
      .array(Id)
      .optional()
      .describe("The groups or forces it allows force against. Not stated: any the force is used against, within its scope; it never reaches a third state's forces."),
    where: z.array(Id).optional().describe("The places it covers. Not stated: all the state's territory."),
    effectiveControl: TriFactSchema.optional().describe(
      "Did whoever gave it control the state's territory (or the place) on the date? Not stated: yes for a government, no for a government in exile; read from `occupations` for an occupied place.",
    ),
    recognised: TriFactSchema.optional().describe("Was it internationally recognised as the state's government? Not stated: yes for a government, unknown otherwise."),
    installedBy: Id.optional().describe("The state that installed the authority giving the consent, if one did: an authority installed by the state it invites cannot consent to that state's force (a puppet), nor one set up by the occupying power (S/RES/661 (1990) para 9(b))."),
    civilWar: TriFactSchema.optional().describe("Was there a civil war in the state when the force was used (switch civilWar)? Not stated: as recorded on the same state's other consents and requests, else not at issue."),
    document: z.string().optional(),
  })
  .strict();

const AddresseesSchema = z
  .object({
    states: z
      .union([z.literal("all-members"), z.literal("none"), z.array(Id)])
      .optional()
      .describe("all-members (Member States), or named states."),
    organisations: z.array(Id).optional().describe("Regional organisations authorised (or 'acting through regional organizations')."),
    throughRegionalOrganisations: z.boolean().optional().describe("States may act 'nationally or through regional organizations'."),
    condition: z
      .enum(["cooperating-with", "notified-secretary-general", "none"])
      .optional()
      .describe("cooperating-with (a named government); notified-secretary-general."),
    cooperatingWith: Id.optional(),
    missions: z.array(Id).optional().describe("UN missions (organisation ids) authorised, e.g. to 'use all necessary means' for their tasks: contingents acting as part of them are authorised."),
  })
  .strict();

export const VotesSchema = z
  .object({
    for: z.union([z.number().int().min(0), z.array(Id)]).describe("Count, or the list of states voting for."),
    against: z.union([z.number().int().min(0), z.array(z.string())]).default([]).describe("States voting against (ids or names), or their count where the names are not recorded."),
    abstain: z.union([z.number().int().min(0), z.array(z.string())]).default([]).describe("States abstaining, or their count."),
    absent: z.array(z.string()).default([]),
    notParticipating: z.array(z.string()).default([]),
    procedural: z.boolean().optional().describe("A procedural vote (Art. 27(2)): no veto."),
  })
  .strict();

export const ResolutionSchema = z
  .object({
    id: Id.describe("Id used in this situation, e.g. r678."),
    dataset: z
      .number()
      .int()
      .optional()
      .describe("Number of a resolution in the bundled dataset (data/sc-authorisations.yaml); its fields are defaults."),
    symbol: z.string().optional().describe("e.g. S/RES/678 (1990)"),
    organ: z.enum(["security-council", "general-assembly"]).default("security-council"),
    kind: z
      .enum(["resolution", "draft", "presidential-statement"])
      .optional()
      .describe("resolution (default); draft (put to the vote: adopted only if its votes say so); presidential-statement (no power to authorise force)."),
    voted: DateSchema.optional().describe("For a draft: the date of the vote."),
    adopted: DateSchema.optional(),
    votes: VotesSchema.optional(),
    adoptedAsRecorded: z.boolean().optional().describe("Take the resolution as adopted without votes."),
    determination: z
      .union([
        z.enum(["threat-to-the-peace", "breach-of-the-peace", "act-of-aggression", "none"]),
        z.object({
          kind: z.enum(["threat-to-the-peace", "breach-of-the-peace", "act-of-aggression", "none"]),
          words: z.string().optional(),
          in: z.string().optional().describe("The resolution making it, if an earlier one."),
          against: Id.optional().describe("The state whose conduct is condemned."),
        }).strict(),
      ])
      .optional()
      .describe("Art. 39 determination (here or recalled). Not stated: unknown."),
    chapterVII: z
      .enum(["express", "implicit", "none"])
      .optional()
      .describe("express ('Acting under Chapter VII'); implicit (Arts 39-42 cited, or an Art. 39 recommendation); none."),
    authorisation: z
      .enum(["authorises", "recommends", "calls-upon", "none", "contested"])
      .optional()
      .describe(
        "authorises ('all necessary means/measures'); recommends (Art. 39 recommendation, e.g. S/RES/83); calls-upon (no authorisation, e.g. S/RES/2249); none; contested.",
      ),
    revives: Id.optional().describe("For a contested resolution: the earlier authorisation it is argued to revive (switch revival)."),
    impliedFrom: z.boolean().optional().describe("Argued to authorise force implicitly (switch impliedAuthorisation)."),
    words: z.string().optional(),
    paragraph: z.string().optional().describe("Operative paragraph(s), for citations."),
    unverified: z.array(z.string()).optional().describe("Fields, or parts of fields, not checked against the text (from the dataset record): shown beside what they qualify."),
    limits: z.array(z.string()).optional().describe("Express limits of the authorisation, in words (from the dataset by default)."),
    addressees: AddresseesSchema.optional(),
    purposes: z.array(z.string()).optional().describe("Purpose ids the force must serve (matched against a use's purposes)."),
    areas: z.array(Id).optional().describe("Places or states where force is authorised."),
    from: DateSchema.optional().describe("First day of the window (e.g. 1991-01-16 for S/RES/678)."),
    until: DateSchema.optional().describe("Last day of the window."),
    conditionMet: TriFactSchema.optional().describe("A condition the authorisation hangs on (e.g. Iraq's non-compliance by 15 January 1991)."),
    affirmsSelfDefence: z.boolean().optional().describe("Affirms or recognises the right of self-defence (e.g. 661, 1368)."),
    measures: z
      .array(z.enum(["provisional", "sanctions", "force", "ceasefire", "peacekeeping", "other"]))
      .optional()
      .describe("What the Council did: provisional (Art. 40 demands), sanctions (Art. 41), force, ceasefire."),
    ceasefireEffective: DateSchema.optional().describe("Date a ceasefire established by the Council took effect."),
    concerns: z.array(Id).optional().describe("States the resolution is about (for 'Council measures' under Art. 51)."),
    respondsTo: z
      .array(Id)
      .optional()
      .describe("The attacks its measures respond to (art 51 'measures necessary'); [] = none. Not stated: any attack by or on a state it concerns."),
    endorses: z.array(Id).optional().describe("Uses of force by a regional organisation it later endorses (switch laterEndorsement)."),
    terminates: z
      .array(Id)
      .optional()
      .describe("Earlier resolutions whose authorisation it ends (e.g. a formal ceasefire, S/RES/687 (1991) for 678), from `ceasefireEffective`, else `from`, else `adopted`."),
    recommendsForce: z.boolean().optional().describe("General Assembly: recommends force (Uniting for Peace)."),
    materialBreach: TriFactSchema.optional().describe(
      "Does this resolution determine a material breach of a ceasefire the Council established (e.g. S/RES/1441 (2002), para 1)? Only then can 'revival' of an earlier authorisation be at issue (switch revival).",
    ),
    note: z.string().optional(),
  })
  .strict();

export const ReportSchema = z
  .object({
    by: Id,
    date: DateSchema,
    uses: z.array(Id).optional().describe("The uses of force reported (default: all of the reporting state's)."),
    document: z.string().optional(),
  })
  .strict();

export const RegionalDecisionSchema = z
  .object({
    id: Id,
    by: Id.describe("The regional organisation."),
    date: DateSchema,
    kind: z.enum(["enforcement", "collective-defence", "request-to-council", "other"]),
    uses: z.array(Id).optional().describe("The uses of force it decides on (default: every use through the organisation)."),
    document: z.string().optional(),
  })
  .strict();

export const DisputeSchema = z
  .object({
    id: Id,
    about: z.string().optional().describe("What is disputed, in words."),
    path: z.string().describe("JSON path of the disputed fact, e.g. $.consents[k1].date (list items by id or index)."),
    versions: z
      .array(
        z
          .object({
            id: Id,
            by: Ids.optional().describe("Who holds this version."),
            value: z.unknown().describe("The fact under this version (null: the item or field does not exist)."),
            source: z.string().optional(),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

export const AllianceSchema = z
  .object({
    treaty: z.enum(["north-atlantic-treaty", "us-japan-security-treaty", "rio-treaty", "anzus", "warsaw-treaty"]),
    parties: z.array(Id).min(2),
    administeringParty: Id.optional().describe("US-Japan Treaty: the party whose administered territories are the treaty area (Japan)."),
  })
  .strict();

/** The bases casus judges (src/law/rulebook.ts BASES; test/hostile-schema.test.ts checks they agree). */
export const BASIS_IDS = [
  "individual-self-defence",
  "collective-self-defence",
  "collective-security",
  "regional-enforcement",
  "consent",
  "humanitarian-intervention",
  "protection-of-nationals",
  "reprisal",
  "uniting-for-peace",
  "self-help",
] as const;

const ClaimSchema = z
  .object({
    label: z.string().describe("The words the actor used, e.g. 'collective self-defence', 'international peace cooperation activity'."),
    basis: z.enum(BASIS_IDS).optional().describe("The basis id it means, if the label names one."),
    by: Id.optional(),
    document: z.string().optional(),
  })
  .strict();

// ---- Japan: the facts the domestic layer asks (src/law/japan; docs/japan.md) --------------------
// Everything here is optional; not stated = unknown (never false), like every assessment above.

/** What the Self-Defense Forces do, described as conduct: the law, not the user, decides the instrument. */
export const JAPAN_ACTIVITIES = [
  "repel-attack",
  "escort",
  "missile-interception",
  "minesweeping",
  "forcible-inspection",
  "police-response",
  "anti-piracy",
  "asset-protection",
  "logistics-support",
  "search-and-rescue",
  "ship-inspection",
  "peacekeeping",
  "humanitarian-relief",
  "kaketsuke-keigo",
  "mission-weapons-use",
  "rescue-nationals",
  "transport-nationals",
  "preparation",
] as const;

/** Humanitarian and reconstruction aid to a population (not support to forces). */
export const AID_KINDS = ["water", "medical", "public-facilities", "supply", "transport", "other"] as const;

export const SUPPORT_KINDS = ["supply", "fuel", "water", "ammunition", "weapons", "transport", "armed-troop-transport", "aircraft-servicing-for-combat-sorties", "repair", "medical", "communications", "port-services", "other"] as const;

/** The regions the statutes' reach is written in (data/japan/statutes.yaml `regions`). */
export const JAPAN_REGIONS = Object.keys(JAPAN_DATA.regions) as [string, ...string[]];

/** What a dated decision of Japan's government or Diet is (docs/japan.md, "Dated decisions"). */
export const JAPAN_DECISION_KINDS = [
  "cabinet-decision",
  "basic-plan",
  "implementation-plan",
  "plan-change",
  "task-assignment",
  "minister-order",
  "recognition",
  "finding",
  "foreign-minister-request",
  "diet-request",
  "diet-approval",
  "diet-refusal",
  "withdrawal",
  "end",
] as const;

const JapanFactsShape = {
    actor: Id.optional().describe("Japan's actor id, where `by` names several states. Not stated: the first state in `by`."),
    activity: z
      .enum(JAPAN_ACTIVITIES)
      .describe(
        "What the SDF do: repel-attack (combat against an attacking force); escort (protecting ships); missile-interception; minesweeping; " +
          "forcible-inspection (stopping and searching ships without the master's consent); police-response (answering unlawful acts by armed groups or vessels); " +
          "anti-piracy; asset-protection (guarding foreign forces' weapons, vessels, aircraft); logistics-support (supply, transport, repair, medical ... to foreign forces); " +
          "search-and-rescue (of combatants in distress); ship-inspection (with the master's consent); peacekeeping (PKO tasks); humanitarian-relief; " +
          "kaketsuke-keigo (going to the aid of distant personnel under attack); mission-weapons-use (weapons use to accomplish a mission); " +
          "rescue-nationals (guarding and rescuing nationals abroad); transport-nationals (transport only); preparation (deployment, defensive positions).",
      ),
    findings: z
      .object({
        survivalThreat: TriFactSchema.optional().describe(
          "New condition (1) of 2014: the armed attack on the foreign country threatens Japan's survival and poses a clear danger of fundamentally overturning the people's right to life, liberty and the pursuit of happiness (a government finding).",
        ),
        noOtherMeans: TriFactSchema.optional().describe("Condition (2), old and new: there is no other appropriate means to repel the attack (and ensure Japan's survival)."),
        minimumNecessary: TriFactSchema.optional().describe("Condition (3), old and new: the force stays within the minimum extent necessary."),
        importantInfluence: TriFactSchema.optional().describe("A situation that will have an important influence on Japan's peace and security (Important Influence Situations Act art 1)."),
        surroundingArea: TriFactSchema.optional().describe("A situation in areas surrounding Japan that, left unattended, could lead to a direct armed attack on Japan (1999 Act art 1)."),
        jointResponse: TriFactSchema.optional().describe(
          "International peace joint response: the international community is acting jointly, in accordance with the purposes of the Charter, to remove a threat to international peace, and Japan needs to contribute (International Peace Support Act art 1).",
        ),
        specialNeed: TriFactSchema.optional().describe("Maritime security or piracy response: a special need that the Japan Coast Guard cannot meet, or would find extremely difficult to meet."),
        policeCannotCope: TriFactSchema.optional().describe("Public security operation: the general police force cannot maintain public order."),
      })
      .strict()
      .optional()
      .describe("The government's evaluative findings: the law cannot compute these, it needs them (japan.md section 5)."),
    closeRelationship: z
      .record(Id, TriFactSchema)
      .optional()
      .describe("Per foreign state id: is it 'a foreign country in a close relationship with Japan'? Not stated: yes for a US-Japan Security Treaty partner (the US 'would basically qualify'), else unknown."),
    stateAdversary: TriFactSchema.optional().describe(
      "Does a state or a quasi-state organisation appear as the SDF's adversary? Not stated: derived from the attacks the action answers (for PKO and rescue tasks: unknown).",
    ),
    nearJapan: TriFactSchema.optional().describe("Does the action take place in Japan's territory or on the high seas (and airspace) around Japan? Not stated: Japan's territory yes, foreign territory no, else unknown."),
    japanRelated: TriFactSchema.optional().describe(
      "Escort, maritime security or piracy response: are the ships protected Japan-related ships (日本関係船舶): Japanese-flag, or foreign-flag with a Japanese operator, or Japanese crew or cargo? Art 82 in 2009 reached only these; the Anti-Piracy Act protects ships of every flag. Not stated: yes only where the acts answered are against Japan.",
    ),
    minesAbandoned: TriFactSchema.optional().describe("Minesweeping: are the mines abandoned, no longer part of hostilities in progress? Not stated: yes once every attack the action answers has ended."),
    support: z
      .object({
        to: z.array(Id).optional().describe("The states whose armed forces the SDF support."),
        kinds: z.array(z.enum(SUPPORT_KINDS)).optional().describe("What is provided."),
        combatAtSite: ScopeFactSchema.optional().describe("Is combat actually being conducted at the place of the activity? disputed: the government and a court disagree (switch jpIttaika)."),
        combatExpected: ScopeFactSchema.optional().describe("Is combat expected there during the activity (the second limb of the pre-2016 'non-combat area' and 'rear area' tests)?"),
        contributesToCharterPurposes: TriFactSchema.optional().describe("Do the supported forces contribute to the purposes of the UN Charter (or, for the US, to the objectives of the Security Treaty)?"),
        withinStatutoryArea: TriFactSchema.optional().describe("For a special measures law that fixes its own area (Replenishment Support, 2008): is the activity inside it?"),
      })
      .strict()
      .optional(),
    aid: z
      .object({
        to: z.enum(["population", "refugees", "victims"]).optional().describe("Who receives the aid: the local population, refugees, victims of the conflict."),
        kinds: z.array(z.enum(AID_KINDS)).optional().describe("What is done: water (purification and supply), medical (treatment and guidance), public-facilities (repair of schools, roads ...), supply, transport."),
      })
      .strict()
      .optional()
      .describe("Humanitarian relief: aid to a population, not support to foreign forces (`support`); statute exclusions written for support to forces (the Iraq law's ban on supplying weapons or ammunition) do not apply to it."),
    pko: z
      .object({
        coreTasks: TriFactSchema.optional().describe("Does the unit perform peacekeeping-force core tasks (ceasefire monitoring, buffer-zone patrol, weapons checks ...)?"),
        armedConflict: TriFactSchema.optional().describe("Has an armed conflict occurred where the operation works? no: the PKO Act needs no ceasefire agreement and the territorial state's consent suffices (art 3(1), parenthesis). Not stated: unknown (the ceasefire and the parties' consent are then needed)."),
        ceasefire: TriFactSchema.optional().describe("A ceasefire agreement between the parties to the conflict (principle 1)."),
        consentOfParties: TriFactSchema.optional().describe("The host state and the parties consent to the operation and to Japan's participation (principle 2)."),
        impartial: TriFactSchema.optional().describe("The operation is impartial (principle 3)."),
        unCommand: TriFactSchema.optional().describe("The operation is conducted under the United Nations' overall control (UN PKO)."),
        consentStable: TriFactSchema.optional().describe("The host state's consent is stably maintained throughout (PKO Act art 6(1), from 2016)."),
      })
      .strict()
      .optional(),
    rescue: z
      .object({
        orderMaintained: TriFactSchema.optional().describe("The local authorities are in fact maintaining public safety and order where the SDF act."),
        combatExpected: TriFactSchema.optional().describe("Combat (acts of killing or destroying in an international armed conflict) is expected there."),
        coordination: TriFactSchema.optional().describe("Coordination with those authorities is expected to be secured."),
        consentToMeasures: TriFactSchema.optional().describe("The territorial state consents to the SDF's protection measures, the use of weapons included (art 84-3(1)(ii)). Not stated: read from the situation's consents to Japan."),
      })
      .strict()
      .optional(),
    missile: z
      .object({
        predictedImpact: z.enum(["japan-territory", "japan-eez", "high-seas", "foreign-territory", "unknown"]).describe("Where the missile is predicted to fall: Japan's territory (land and territorial sea), Japan's EEZ, the high seas, another state's territory."),
        impactState: Id.optional().describe("foreign-territory: whose."),
        source: z.string().optional(),
      })
      .strict()
      .optional()
      .describe("Missile interception: the predicted impact area of the missile (art 82-3 reaches only missiles expected to fall on Japan)."),
    foreignMinisterRequest: TriFactSchema.optional().describe("Rescue or transport of nationals (SDF Act arts 84-3, 84-4): the Foreign Minister asked (依頼). Not stated: read from a decision of kind foreign-minister-request; an undated block is taken as requested."),
    transportMeans: z.array(z.enum(["aircraft", "ship", "vehicle"])).optional().describe("Transport of nationals: what carries them: aircraft (from 1994), ships and their helicopters (Act No. 61 of 1999), vehicles on land (Act No. 77 of 2013). Not stated: not tested."),
    transportSafe: TriFactSchema.optional().describe("Transport of nationals, the test from the 2013 amendment (Act No. 77 of 2013): after consulting the Foreign Minister on the dangers and how to avoid them, the Minister judges that the transport can be carried out safely."),
    transportSafetyEnsured: TriFactSchema.optional().describe("Transport of nationals, the test before the 2013 amendment (1994 text): the safety of the transport is ensured. Not stated: unknown (the later, looser test does not answer it)."),
    assetProtection: z
      .object({
        protects: Id.optional().describe("The state whose forces' weapons, vessels or aircraft are guarded."),
        request: TriFactSchema.optional().describe("That force asked for the protection."),
        contributesToDefence: TriFactSchema.optional().describe("It is, in cooperation with the SDF, actually engaged in activities contributing to Japan's defence (joint exercises included)."),
        ministerDecision: TriFactSchema.optional().describe("The Minister of Defense judged the protection necessary."),
        combatAtScene: TriFactSchema.optional().describe("Is the protected force's activity at a scene where combat is actually being conducted (excluded by art 95-2(1))? Not stated: yes where an armed attack is answered there, else unknown."),
      })
      .strict()
      .optional(),
    inspection: z
      .object({
        flagStateConsent: TriFactSchema.optional(),
        masterConsent: TriFactSchema.optional().describe("The master agrees to the boarding."),
      })
      .strict()
      .optional(),
    diet: z
      .object({
        approval: z.enum(["prior", "ex-post", "pending", "refused", "none"]).optional().describe("The Diet's approval: before the action, after it, sought and pending, refused, or not sought."),
        urgent: TriFactSchema.optional().describe("Especially urgent, so that the statute allows approval after the fact."),
        sitting: TriFactSchema.optional().describe("The Diet was in session (and the House of Representatives not dissolved)."),
        lifeOrDeath: TriFactSchema.optional().describe("The matter concerns the life or death of the people (the 2015 political commitment's exception)."),
      })
      .strict()
      .optional(),
    note: z.string().optional(),
};

/** A Japanese decision on a date: it holds from `effective` (else its date) onward, never before. */
export const JapanDecisionSchema = z
  .object({
    id: Id.optional(),
    date: DateSchema.describe("The day it was decided (Cabinet decision, order, Diet vote ...)."),
    effective: DateSchema.optional().describe("The day it takes effect, if later (a task assigned on 15 Nov 2016 that may be carried out from 12 Dec 2016). Not stated: its date."),
    kind: z.enum(JAPAN_DECISION_KINDS).describe("What it is: a Cabinet decision, a basic or implementation plan (or a change of one), a task assignment, a Defense Minister's order, the government's recognition of a situation or a finding, the Foreign Minister's request (arts 84-3, 84-4), the Cabinet's request for the Diet's approval (pending until a vote), a Diet approval or refusal, a withdrawal, or the end of the activity."),
    title: z.string().optional(),
    statute: z.enum(Object.keys(JAPAN_DATA.statutes) as [string, ...string[]]).optional().describe("The instrument the decision is made under (an instrument id of data/japan/statutes.yaml: iraq-2003, pko, anti-piracy ...). Stated: it counts as an order, plan or ending only for that instrument. Not stated: for every instrument."),
    by: z.string().optional().describe("Who decided: cabinet, defense-minister, prime-minister, nsc, diet ..."),
    source: z.string().optional(),
    tasks: z.array(z.enum(JAPAN_ACTIVITIES)).optional().describe("task-assignment (or a plan): the activities the unit is given from `effective`."),
    area: z.array(z.enum(JAPAN_REGIONS)).optional().describe("A plan's implementation area: the regions where the unit may act from `effective`."),
    approval: z.enum(["prior", "ex-post"]).optional().describe("diet-approval: before the activity began or after. Not stated: prior if on or before the use's start, else ex-post."),
    facts: z.lazy(() => JapanFactsPartialSchema).optional().describe("The facts this decision establishes from `effective`: recognitions and findings (findings.importantInfluence, pko.consentStable ...), in the japan block's own fields."),
  })
  .strict();

const JapanFactsSchema = z.object(JapanFactsShape).strict();
const JapanFactsPartialSchema = JapanFactsSchema.partial();

export const JapanActionSchema = JapanFactsSchema.extend({
  region: z.enum(JAPAN_REGIONS).optional().describe("Where the SDF act, as the statutes' reach is written (data/japan/statutes.yaml regions): japan, around-japan, indian-ocean, persian-gulf, gulf-of-aden, middle-east-land, africa-land, other. Not stated: derived from `where` for Japan's territory and foreign territory, else unknown."),
  decisions: z
    .array(JapanDecisionSchema)
    .optional()
    .describe("Dated decisions (docs/japan.md): judging on a date uses those in effect by that date. Not stated: the block is undated and describes the action as decided on every date."),
  variants: z
    .record(z.string(), JapanFactsPartialSchema.extend({ decisions: z.array(JapanDecisionSchema).optional(), region: z.enum(JAPAN_REGIONS).optional() }).strict())
    .optional()
    .describe("Alternative hypotheticals for the same facts, by name (--variant NAME): each overlays the block; its decisions are added to the block's."),
}).strict();

export const UseOfForceSchema = z
  .object({
    id: Id,
    title: z.string(),
    by: Ids.describe("The state(s) using force (or an organisation)."),
    against: Ids.optional().describe("The state(s) or group(s) force is directed at."),
    where: Ids.describe("Places or states where force is used."),
    start: DateSchema,
    end: DateSchema.optional(),
    through: Id.optional().describe("Regional organisation through which the force is used."),
    respondsTo: z.array(Id).optional().describe("The attacks it answers (default: every attack on the victim); may name another use of force, weighed as a possible armed attack."),
    startBy: z
      .record(z.string(), DateSchema)
      .optional()
      .describe("Per acting state: the date it joined, where it differs from `start` (each coalition member's own start)."),
    requestScope: z.record(z.string(), TriFactSchema).optional().describe("Per request id: is the force within what the request asked for?"),
    asAttack: z
      .object({
        kind: z.enum(["invasion", "bombardment", "blockade", "attack-on-forces", "armed-bands", "terrorist-attack", "missile", "mining", "incursion", "other"]).optional(),
        gravity: z
          .union([GravityValue, z.object({ value: GravityValue, why: z.string().optional(), source: z.string().optional() })])
          .optional(),
      })
      .strict()
      .optional()
      .describe("When this use is weighed as a possible armed attack on its target (a counter-use's self-defence): what it is and its gravity."),
    onBehalfOf: z.array(Id).optional().describe("For collective self-defence: the victim state(s)."),
    purposes: z.array(z.string()).optional().describe("What the force is for: repel-attack, rescue-victim, share-burden, delegated-plan, protect-civilians, ... (free ids matched against resolutions)."),
    claims: z.array(ClaimSchema).optional(),
    isForce: TriFactSchema.optional().describe("Is the conduct a use of force at all (e.g. arming rebels yes, funding only no; citation: Nicaragua para 228)?"),
    assessments: z
      .object({
        necessity: ScopeFactSchema.optional().describe("yes / no / unknown, or disputed where it turns on how far defensive force may go (switch defensiveAims)."),
        proportionality: ScopeFactSchema.optional().describe("yes / no / unknown, or disputed where it turns on how far defensive force may go (switch defensiveAims)."),
        immediacy: TriFactSchema.optional(),
        directedAtSource: TriFactSchema.optional(),
        withinVictimSelfDefence: TriFactSchema.optional(),
        closeLink: TriFactSchema.optional(),
        ownAssessment: TriFactSchema.optional().describe("Did the helper act on its own assessment rather than the victim's?"),
      })
      .strict()
      .optional(),
    mandates: z
      .record(
        Id,
        z
          .object({
            addressee: TriFactSchema.optional(),
            purpose: ScopeFactSchema.optional(),
            area: ScopeFactSchema.optional(),
            limits: ScopeFactSchema.optional(),
          })
          .strict(),
      )
      .optional()
      .describe("Per resolution id: does this use fall within its addressees, purpose, area and limits?"),
    consentScope: z.record(Id, TriFactSchema).optional().describe("Per consent id: is the force within its scope?"),
    protects: z
      .array(Id)
      .optional()
      .describe("States whose vessels, aircraft or forces the force protects at their request (e.g. a foreign warship at its flag state's request): toward each, the force rests on its consent."),
    asPartOf: Id.optional().describe("The UN mission (an organisation id) the contingent acts as part of."),
    engagedFrom: z
      .union([DateSchema, z.literal("never")])
      .optional()
      .describe("From when weapons are used against the forces in `against` (not only deployed, deterring or escorting). Not stated: from the start."),
    humanitarian: z
      .object({
        catastrophe: TriFactSchema.optional(),
        councilBlocked: TriFactSchema.optional(),
        lastResort: TriFactSchema.optional(),
        proportionate: TriFactSchema.optional(),
        collective: TriFactSchema.optional(),
      })
      .strict()
      .optional(),
    nationals: z
      .object({
        inImminentDanger: TriFactSchema.optional(),
        territorialStateUnwillingOrUnable: TriFactSchema.optional(),
        limitedToRescue: TriFactSchema.optional(),
      })
      .strict()
      .optional(),
    description: z.string().optional(),
    japan: JapanActionSchema.optional().describe(
      "An action of Japan's Self-Defense Forces: the facts the Japanese domestic layer needs (docs/japan.md). The action is Japan's; `by` names Japan.",
    ),
  })
  .strict();

export const SWITCH_IDS = [
  "anticipatory",
  "gravity",
  "accumulation",
  "nonStateActors",
  "councilMeasures",
  "reporting",
  "standingTreatyRequest",
  "closeLink",
  "laterEndorsement",
  "humanitarianIntervention",
  "protectionOfNationals",
  "authorisationScope",
  "impliedAuthorisation",
  "revival",
  "unitingForPeace",
  "defensiveAims",
  "consentAuthority",
  "civilWar",
] as const;
export type SwitchId = (typeof SWITCH_IDS)[number];

export const SituationSchema = z
  .object({
    casus: z.literal(1).describe("Format version."),
    title: z.string(),
    summary: z.string().optional(),
    asOf: DateSchema.optional().describe("Default date to judge on, if none is given."),
    doctrine: z
      .record(Id, z.union([z.string(), z.object({ position: z.string(), why: z.string().optional() }).strict()]))
      .optional()
      .describe("Doctrine switches this situation settles: switch id -> position."),
    incomplete: z
      .array(z.enum(["attacks", "declarations", "requests", "consents", "resolutions", "reports", "regionalDecisions"]))
      .optional()
      .describe("Event lists that may be incomplete: an event missing from them is unknown, not absent."),
    actors: z.array(ActorSchema).min(1),
    places: z.array(PlaceSchema).optional(),
    alliances: z.array(AllianceSchema).optional(),
    attacks: z.array(AttackSchema).optional(),
    declarations: z.array(DeclarationSchema).optional(),
    requests: z.array(RequestSchema).optional(),
    consents: z.array(ConsentSchema).optional(),
    resolutions: z.array(ResolutionSchema).optional(),
    reports: z.array(ReportSchema).optional(),
    regionalDecisions: z.array(RegionalDecisionSchema).optional(),
    disputes: z.array(DisputeSchema).optional().describe("Disputed facts: each side's version of a fact (src/law/disputes.ts)."),
    uses: z.array(UseOfForceSchema).min(1),
    sources: z.array(z.string()).optional(),
  })
  .strict();

export type SituationInput = z.input<typeof SituationSchema>;
export type Situation = z.output<typeof SituationSchema>;
export type Actor = z.output<typeof ActorSchema>;
export type Place = z.output<typeof PlaceSchema>;
export type Attack = z.output<typeof AttackSchema>;
export type Declaration = z.output<typeof DeclarationSchema>;
export type Request = z.output<typeof RequestSchema>;
export type Consent = z.output<typeof ConsentSchema>;
export type Resolution = z.output<typeof ResolutionSchema>;
export type Report = z.output<typeof ReportSchema>;
export type RegionalDecision = z.output<typeof RegionalDecisionSchema>;
export type Alliance = z.output<typeof AllianceSchema>;
export type UseOfForce = z.output<typeof UseOfForceSchema>;
export type TriFact = z.output<typeof TriFactSchema>;
export type ScopeFact = z.output<typeof ScopeFactSchema>;
export type Dispute = z.output<typeof DisputeSchema>;
export type JapanAction = z.output<typeof JapanActionSchema>;
export type JapanDecision = z.output<typeof JapanDecisionSchema>;
export type JapanFacts = z.output<typeof JapanFactsPartialSchema>;
