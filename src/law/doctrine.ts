// The contested points of the law (MODEL.md section 7, and the scope questions the cases raise):
// each an explicit switch with its positions, a default, and the sources for each side.
import type { SwitchId } from "../scenario/schema.js";
import type { SwitchSpec } from "../engine/worlds.js";

/**
 * settled (an ICJ holding answers the question); majority (most authority); significant (a
 * substantial body of states and writers, not most); rejected (most authority rejects it: reported,
 * never making a basis contested on its own). src/law/contest.ts.
 */
export type Standing = "settled" | "majority" | "significant" | "rejected";

export interface Position {
  id: string;
  label: string;
  cite: string[];
  standing: Standing;
  /** Where the standing comes from (a source, in words). */
  standingSource?: string;
}

export interface DoctrineSwitch extends SwitchSpec {
  id: SwitchId;
  question: string;
  positions: readonly string[];
  detail: readonly Position[];
  default: string;
  whyDefault: string;
  /**
   * Set where an ICJ holding answers the question: the default then applies unless the situation or
   * the user chooses otherwise, and the switch does not make an answer contested by itself.
   * Open switches (no such holding) make a basis contested wherever the answer depends on them.
   */
  settledBy?: string;
}

const sw = (id: SwitchId, question: string, detail: Position[], whyDefault: string, settledBy?: string): DoctrineSwitch => ({
  id,
  question,
  detail,
  positions: detail.map((p) => p.id),
  default: detail[0].id,
  whyDefault,
  settledBy,
});

export const SWITCHES: readonly DoctrineSwitch[] = [
  sw(
    "anticipatory",
    "Does an attack that has not yet occurred open self-defence?",
    [
      { id: "restrictive", label: "only an attack that has occurred or is under way", cite: ["charter-51"], standing: "significant", standingSource: "a substantial group of writers and many non-aligned states (customary law of anticipatory self-defence, restrictive position)" },
      { id: "caroline", label: "also an attack that is imminent in the strict temporal sense", cite: ["caroline", "high-level-panel-2004", "chatham-house-2005"], standing: "significant", standingSource: "the High-Level Panel (2004), Chatham House (2005) and Leiden (2010) texts" },
      { id: "contextual", label: "also an attack imminent on a contextual reading of imminence", cite: ["bethlehem-2012", "uk-wright-2017"], standing: "significant", standingSource: "the Bethlehem principles (2012), adopted in substance by the United Kingdom (2017) and Australia (2017)" },
      { id: "preventive", label: "also a threat that is not imminent (pre-emption)", cite: ["us-nss-2002"], standing: "rejected", standingSource: "the High-Level Panel (2004) and most writers reject preventive force without the Council" },
    ],
    "The text ('if an armed attack occurs'); the ICJ has left the question open (Nicaragua para 194; DRC v Uganda para 143).",
  ),
  sw(
    "gravity",
    "Must an armed attack reach a gravity above other uses of force?",
    [
      { id: "strict", label: "yes: only the most grave forms of the use of force", cite: ["nicaragua-191", "nicaragua-195", "oil-51"], standing: "settled" },
      { id: "no-threshold", label: "no: any unlawful use of force against a state is an armed attack", cite: ["taft-2004"], standing: "significant", standingSource: "the United States' position (Taft 2004)" },
    ],
    "The ICJ's holding (Nicaragua paras 191, 195; Oil Platforms para 51, para number from a secondary source).",
    "nicaragua-191",
  ),
  sw(
    "accumulation",
    "May lesser attacks be accumulated into an armed attack?",
    [
      { id: "accepted", label: "yes: a series of attacks may be taken cumulatively", cite: ["nicaragua-231", "oil-64", "drc-146-147"], standing: "significant", standingSource: "the ICJ has weighed attacks together without deciding the point" },
      { id: "rejected", label: "no: each attack is judged on its own", cite: [], standing: "significant", standingSource: "no source consulted holds it; kept as the other answer to an open question" },
    ],
    "The ICJ has considered whether incursions amounted to an armed attack 'singly or collectively' (Nicaragua para 231) and whether attacks were 'cumulative in character' (DRC v Uganda para 146; Oil Platforms para 64, para number unverified), without rejecting the approach.",
  ),
  sw(
    "nonStateActors",
    "Does an armed attack by a non-state group that is not attributable to a state open self-defence on another state's territory?",
    [
      { id: "attribution-required", label: "no: the attack must be attributable to a state", cite: ["wall-139", "drc-146-147", "nicaragua-195", "tladi-2013"], standing: "majority", standingSource: "the ICJ's reasoning (Wall para 139; DRC v Uganda paras 146-147)" },
      { id: "armed-attack-by-nsa", label: "yes: an armed attack by a group suffices, subject to necessity", cite: ["wall-higgins-33", "wall-kooijmans-35", "wall-buergenthal-6", "sc-1368-1373-preambles"], standing: "significant", standingSource: "separate opinions in the Wall and many writers" },
      { id: "unwilling-or-unable", label: "yes, where the territorial state is unwilling or unable to stop the group", cite: ["us-s-2014-695", "deeks-2012", "bethlehem-2012"], standing: "significant", standingSource: "the United States, the United Kingdom, Australia and Turkey; criticised by Tladi and Hmoud" },
    ],
    "The ICJ's reading (Wall para 139; DRC v Uganda paras 146-147).",
  ),
  sw(
    "defensiveAims",
    "How far may defensive force go: only to repel the attack and restore the line, or to end the threat?",
    [
      { id: "end-the-threat", label: "as far as needed to repel the attack and end the threat, and no further (teleological reading)", cite: ["writers-two-readings"], standing: "significant" },
      { id: "repel-and-restore", label: "only to repel the attack and restore the situation before it (strict reading)", cite: ["nicaragua-237", "drc-146-147"], standing: "significant" },
    ],
    "The teleological reading, said to prevail among writers (an analysis not verified against a source); it decides only an assessment recorded as disputed.",
  ),
  sw(
    "councilMeasures",
    "Which Council measures end the right of self-defence ('until the Security Council has taken measures necessary')?",
    [
      { id: "effective", label: "only measures that actually restore peace (e.g. a Council ceasefire in effect)", cite: ["charter-51", "sc-661-affirmation"], standing: "significant" },
      { id: "any-binding-measures", label: "any binding Chapter VII measures on the situation (sanctions, authorisation)", cite: ["charter-51", "charter-24"], standing: "significant" },
    ],
    "A right the Council expressly affirms while acting (S/RES/661 (1990), preamble) is not read as ended by that act; whether sanctions were 'measures necessary' was debated in August-November 1990.",
  ),
  sw(
    "reporting",
    "Is the report to the Council a condition of lawful self-defence?",
    [
      { id: "evidence", label: "no: its absence is evidence that the state did not believe it acted in self-defence", cite: ["nicaragua-200", "nicaragua-235"], standing: "settled" },
      { id: "condition", label: "yes: Art. 51 says measures 'shall be immediately reported'", cite: ["charter-51", "nuclear-44"], standing: "significant" },
    ],
    "The ICJ's holding for custom (Nicaragua para 200).",
    "nicaragua-200",
  ),
  sw(
    "standingTreatyRequest",
    "Does a standing treaty clause count as the victim's request for collective self-defence?",
    [
      { id: "ad-hoc-request-required", label: "no: the victim must ask on the occasion", cite: ["nicaragua-196-199", "nicaragua-232-234", "rio-3-2", "robertson-2001"], standing: "settled" },
      { id: "treaty-suffices", label: "yes: a pre-commitment in a collective defence treaty is a standing request", cite: ["nato-5"], standing: "significant" },
    ],
    "Nicaragua para 199; the Rio Treaty itself waits for 'the request of the State or States directly attacked' (art 3(2)).",
    "nicaragua-199",
  ),
  sw(
    "closeLink",
    "Must the helper have a close link with the victim?",
    [
      { id: "not-required", label: "no: the ICJ asks only for the victim's declaration and request", cite: ["nicaragua-199"], standing: "settled" },
      { id: "required", label: "yes: a helper must share a legal interest (Bowett)", cite: ["bowett-1958"], standing: "significant" },
    ],
    "The ICJ does not require it (Nicaragua paras 195, 199).",
    "nicaragua-199",
  ),
  sw(
    "laterEndorsement",
    "Does the Council's later endorsement cure regional enforcement action taken without its authorisation?",
    [
      { id: "rejected", label: "no: Art. 53(1) requires authorisation before the action", cite: ["charter-53"], standing: "significant" },
      { id: "accepted", label: "yes: later endorsement counts (ECOWAS practice)", cite: ["ecowas-liberia-practice"], standing: "significant" },
    ],
    "The words 'no enforcement action shall be taken ... without the authorization' (art 53(1)).",
  ),
  sw(
    "humanitarianIntervention",
    "Is there a right of humanitarian intervention without Council authorisation?",
    [
      { id: "rejected", label: "no: it has no basis in the Charter or custom", cite: ["charter-2-4", "corfu-35", "g77-2000"], standing: "majority", standingSource: "the view of most states (G77 Havana declaration, 2000, para 54)" },
      { id: "exceptional-right", label: "yes, exceptionally, to avert an overwhelming humanitarian catastrophe", cite: ["uk-kosovo-1999", "uk-lloyd-1999"], standing: "rejected", standingSource: "held by the United Kingdom (1999); rejected by most states (G77 Havana declaration, 2000, para 54)" },
    ],
    "The Charter's structure and the view of most states (G77 Havana declaration, 2000, para 54).",
  ),
  sw(
    "protectionOfNationals",
    "May a state use force to rescue its nationals abroad?",
    [
      { id: "rejected", label: "no: forcible self-help on another state's territory is not a basis", cite: ["charter-2-4", "corfu-35"], standing: "majority", standingSource: "most states in the General Assembly and Council debates" },
      { id: "accepted", label: "yes, as an extension of self-defence, when the nationals are in imminent danger and the territorial state cannot or will not protect them", cite: ["bowett-1958"], standing: "rejected", standingSource: "held by some writers and by the states that used it; rejected by most states in the General Assembly and Council debates" },
    ],
    "Forcible self-help has no place in international law (the rejected position's citations: charter-2-4, corfu-35); most states rejected the claim in the General Assembly and Council debates where it was made.",
  ),
  sw(
    "authorisationScope",
    "Where the reach of an authorisation is disputed, is it read strictly or broadly?",
    [
      { id: "strict", label: "strictly: only what the authorising words plainly cover", cite: ["sc-reading-rules"], standing: "majority" },
      { id: "broad", label: "broadly: whatever is necessary to the authorised purpose in the area", cite: [], standing: "significant", standingSource: "the reading of states that acted (no source consulted states it)" },
    ],
    "Force is an exception to art 2(4); the Council, not the acting states, sets its reach.",
  ),
  sw(
    "impliedAuthorisation",
    "Can a resolution authorise force without express words (implied authorisation)?",
    [
      { id: "express-only", label: "no: only express words ('all necessary means/measures') authorise", cite: ["sc-reading-rules", "authorisation-practice"], standing: "majority" },
      { id: "accepted", label: "yes: force in support of purposes the Council laid down", cite: ["uk-lloyd-1999"], standing: "significant" },
    ],
    "The Council's practice of express authorisation ('authorizes ... to use all necessary means', S/RES/678 (1990), para 2).",
  ),
  sw(
    "revival",
    "Can a material breach of a ceasefire revive an earlier authorisation?",
    [
      { id: "rejected", label: "no: the Council decides whether force is again authorised", cite: ["sc-687-34", "revival-contested"], standing: "majority", standingSource: "most writers and many states" },
      { id: "accepted", label: "yes, after a material breach of the ceasefire: the earlier authorisation revives", cite: ["revival-argument"], standing: "rejected", standingSource: "relied on by the United Kingdom and the United States (1993, 1998, 2003); rejected by most writers and many states" },
    ],
    "S/RES/687 (1991), para 34 reserves further steps to the Council.",
  ),
  sw(
    "unitingForPeace",
    "Is a General Assembly recommendation under Uniting for Peace a basis for force?",
    [
      { id: "no-basis", label: "no: the Assembly can recommend, not authorise, and cannot displace art 2(4)", cite: ["ga-377", "charter-2-4"], standing: "majority" },
      { id: "recommendation-suffices", label: "yes: a recommendation for a breach of the peace or act of aggression suffices", cite: ["ga-377"], standing: "significant" },
    ],
    "Assembly recommendations are not binding decisions (GA res 377 A (V) speaks of 'appropriate recommendations to Members').",
  ),
  sw(
    "consentAuthority",
    "Who may consent for a state whose government has lost effective control of it?",
    [
      { id: "effective-control", label: "the government in effective control of the state", cite: ["nicaragua-246", "intervention-civil-wars-2020"], standing: "majority", standingSource: "the usual answer (writers on intervention by invitation)" },
      { id: "recognition", label: "the government internationally recognised as legitimate, even without effective control", cite: ["intervention-civil-wars-2020"], standing: "significant", standingSource: "writers weighing recognition or democratic legitimacy (governments in exile, contested elections)" },
    ],
    "The government in effective control is the usual answer; recognition and democratic legitimacy are weighed by others (the approaches are classified in Intervention in Civil Wars (Hart 2020)).",
  ),
  sw(
    "civilWar",
    "May a government invite foreign force once a civil war exists on its territory?",
    [
      { id: "government-may-invite", label: "yes: assistance to the government is tolerated in practice", cite: ["idi-rhodes-2011", "intervention-civil-wars-2020"], standing: "significant", standingSource: "newer practice tolerating assistance to governments" },
      { id: "purpose-based", label: "only for purposes other than deciding the civil war (e.g. against terrorism)", cite: ["intervention-civil-wars-2020"], standing: "significant" },
      { id: "negative-equality", label: "no: no assistance to either side in a civil war", cite: ["idi-wiesbaden-1975", "doswald-beck-1985"], standing: "significant", standingSource: "the Institut (1975) and Doswald-Beck" },
    ],
    "Newer practice tolerates assistance to governments, especially against terrorism; the older view forbids assistance to either side in a civil war. The question is open, and decides only a consent given in a recorded civil war.",
  ),
];

export const SWITCH_BY_ID: ReadonlyMap<string, DoctrineSwitch> = new Map(SWITCHES.map((s) => [s.id, s]));

/** Named profiles a user can apply with --doctrine NAME. */
export const PROFILES: Record<string, { label: string; positions: Partial<Record<SwitchId, string>> }> = {
  icj: {
    label: "the ICJ's reading throughout (every switch at its default)",
    positions: Object.fromEntries(SWITCHES.map((s) => [s.id, s.default])) as Partial<Record<SwitchId, string>>,
  },
  "broad-self-defence": {
    label: "a wide reading of self-defence as in some states' practice",
    positions: {
      anticipatory: "contextual",
      gravity: "no-threshold",
      accumulation: "accepted",
      nonStateActors: "unwilling-or-unable",
      councilMeasures: "effective",
      reporting: "evidence",
    },
  },
  restrictive: {
    label: "a strict reading of every exception to art 2(4)",
    positions: {
      anticipatory: "restrictive",
      gravity: "strict",
      accumulation: "rejected",
      nonStateActors: "attribution-required",
      councilMeasures: "any-binding-measures",
      reporting: "condition",
      standingTreatyRequest: "ad-hoc-request-required",
      closeLink: "required",
      laterEndorsement: "rejected",
      humanitarianIntervention: "rejected",
      protectionOfNationals: "rejected",
      authorisationScope: "strict",
      impliedAuthorisation: "express-only",
      revival: "rejected",
      unitingForPeace: "no-basis",
      consentAuthority: "effective-control",
      civilWar: "negative-equality",
    },
  },
};
