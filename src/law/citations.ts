// Every authority casus cites, in standard (OSCOLA-style) form, from ../shared/law/. A rule names
// its authorities by these ids; a citation that is not an id here is printed as written (used for
// resolutions and documents that come from the situation itself).
import type { Citation } from "../answer/types.js";

const NICARAGUA = "Military and Paramilitary Activities in and against Nicaragua (Nicaragua v United States of America) (Merits) [1986] ICJ Rep 14";
const OIL = "Oil Platforms (Islamic Republic of Iran v United States of America) (Judgment) [2003] ICJ Rep 161";
const WALL = "Legal Consequences of the Construction of a Wall in the Occupied Palestinian Territory (Advisory Opinion) [2004] ICJ Rep 136";
const DRC = "Armed Activities on the Territory of the Congo (Democratic Republic of the Congo v Uganda) (Judgment) [2005] ICJ Rep 168";
const NUCLEAR = "Legality of the Threat or Use of Nuclear Weapons (Advisory Opinion) [1996] ICJ Rep 226";
const CORFU = "Corfu Channel (United Kingdom of Great Britain and Northern Ireland v Albania) (Merits) [1949] ICJ Rep 4";
const NAMIBIA =
  "Legal Consequences for States of the Continued Presence of South Africa in Namibia (South West Africa) notwithstanding Security Council Resolution 276 (1970) (Advisory Opinion) [1971] ICJ Rep 16";

export const CITATIONS: Record<string, string> = {
  // Charter of the United Nations (un-charter.md, Part A)
  "charter-2-4": "Charter of the United Nations, art 2(4)",
  "charter-24": "Charter of the United Nations, art 24(1)",
  "charter-25": "Charter of the United Nations, art 25",
  "charter-27-3": "Charter of the United Nations, art 27(3) (as amended, in force 31 August 1965)",
  "charter-27-2": "Charter of the United Nations, art 27(2)",
  "charter-39": "Charter of the United Nations, art 39",
  "charter-40": "Charter of the United Nations, art 40",
  "charter-41": "Charter of the United Nations, art 41",
  "charter-42": "Charter of the United Nations, art 42",
  "charter-48": "Charter of the United Nations, art 48(1)",
  "charter-51": "Charter of the United Nations, art 51",
  "charter-53": "Charter of the United Nations, art 53(1)",
  "charter-54": "Charter of the United Nations, art 54",
  "charter-103": "Charter of the United Nations, art 103",
  // ICJ (icj.md)
  "nicaragua-176": `${NICARAGUA}, para 176`,
  "nicaragua-191": `${NICARAGUA}, para 191`,
  "nicaragua-193": `${NICARAGUA}, para 193`,
  "nicaragua-194": `${NICARAGUA}, para 194`,
  "nicaragua-195": `${NICARAGUA}, para 195`,
  "nicaragua-196-199": `${NICARAGUA}, paras 196-199`,
  "nicaragua-199": `${NICARAGUA}, para 199`,
  "nicaragua-200": `${NICARAGUA}, para 200`,
  "nicaragua-211": `${NICARAGUA}, para 211`,
  "nicaragua-228": `${NICARAGUA}, para 228`,
  "nicaragua-229": `${NICARAGUA}, para 229`,
  "nicaragua-230": `${NICARAGUA}, para 230`,
  "nicaragua-231": `${NICARAGUA}, para 231`,
  "nicaragua-232-234": `${NICARAGUA}, paras 232-234`,
  "nicaragua-235": `${NICARAGUA}, para 235`,
  "nicaragua-236": `${NICARAGUA}, para 236`,
  "nicaragua-237": `${NICARAGUA}, para 237`,
  "nicaragua-246": `${NICARAGUA}, para 246`,
  "nicaragua-249": `${NICARAGUA}, para 249`,
  "oil-51": `${OIL}, para 51 (para number partly verified)`,
  "oil-64": `${OIL}, para 64 (within paras 46-64; para number unverified)`,
  "oil-72": `${OIL}, para 72 (within paras 65-72; para number unverified)`,
  "oil-73-77": `${OIL}, paras 73-77`,
  "wall-139": `${WALL}, para 139`,
  "wall-higgins-33": `${WALL}, Separate Opinion of Judge Higgins, para 33`,
  "wall-kooijmans-35": `${WALL}, Separate Opinion of Judge Kooijmans, para 35`,
  "wall-buergenthal-6": `${WALL}, Declaration of Judge Buergenthal, para 6`,
  "drc-45-47": `${DRC}, paras 45-47`,
  "drc-47": `${DRC}, para 47`,
  "drc-52": `${DRC}, para 52`,
  "drc-53": `${DRC}, para 53`,
  "drc-143": `${DRC}, para 143`,
  "drc-146-147": `${DRC}, paras 146-147`,
  "drc-148": `${DRC}, para 148`,
  "nuclear-41": `${NUCLEAR}, para 41`,
  "nuclear-44": `${NUCLEAR}, para 44`,
  "nuclear-46": `${NUCLEAR}, para 46`,
  "corfu-35": `${CORFU}, 35`,
  "namibia-22": `${NAMIBIA}, para 22`,
  // Custom and writers (customary.md)
  "caroline": "Letter from Daniel Webster to Henry Fox (24 April 1841) (the Caroline formula)",
  "gross-nia-immediacy": "O Gross and F Ní Aoláin, Law in Times of Crisis (CUP 2006) 333",
  "high-level-panel-2004": "A More Secure World: Our Shared Responsibility, Report of the High-Level Panel on Threats, Challenges and Change (2004)",
  "chatham-house-2005": "E Wilmshurst, 'Principles of International Law on the Use of Force by States in Self-Defence' (Chatham House, ILP WP 05/01, October 2005)",
  "bethlehem-2012": "D Bethlehem, 'Principles Relevant to the Scope of a State's Right of Self-Defense Against an Imminent or Actual Armed Attack by Nonstate Actors' (2012) 106 AJIL 770 (page and the Principles' content unverified)",
  "uk-wright-2017": "J Wright (Attorney General), 'The modern law of self-defence', speech at the International Institute for Strategic Studies (11 January 2017)",
  "us-nss-2002": "The National Security Strategy of the United States of America (September 2002), section V",
  "us-s-2014-695": "Letter from the Permanent Representative of the United States to the Secretary-General (23 September 2014) UN Doc S/2014/695",
  "deeks-2012": "A Deeks, ''Unwilling or Unable': Toward a Normative Framework for Extra-Territorial Self-Defense' (2012) 52 Va J Int'l L 483",
  "tladi-2013": "D Tladi, 'The Nonconsenting Innocent State: The Problem with Bethlehem's Principle 12' (2013) 107 AJIL 570",
  "asr-20": "ILC, Articles on Responsibility of States for Internationally Wrongful Acts (2001), art 20",
  "asr-21": "ILC, Articles on Responsibility of States for Internationally Wrongful Acts (2001), art 21",
  "idi-rhodes-2011": "Institut de Droit International, Resolution on Military Assistance on Request (Rhodes, 8 September 2011), art 1",
  "taft-2004": "WH Taft IV, 'Self-Defense and the Oil Platforms Decision' (2004) 29 Yale J Int'l L 295 (journal details unverified)",
  "bowett-1958": "DW Bowett, Self-Defence in International Law (Manchester UP 1958) (Bowett is named for the close-link view; the book and its view on protection of nationals are unverified)",
  // Title, journal and volume from the journal's own page (JEAIL vol 8(2), published online 30 November 2015).
  "lee-2015": "J Lee, 'Collective Self-Defense or Collective Security? Japan's Reinterpretation of Article 9 of the Constitution' (2015) 8(2) Journal of East Asia and International Law, Part II.A (first page unverified)",
  "writers-two-readings": "Writers on the quantitative and teleological readings of necessity and proportionality (analysis unverified)",
  "intervention-civil-wars-2020": "Intervention in Civil Wars: Effectiveness, Legitimacy, and Human Rights (Hart 2020) (classification of the approaches; attributions to writers unverified)",
  "idi-wiesbaden-1975": "Institut de Droit International, Resolution on the Principle of Non-Intervention in Civil Wars (Wiesbaden, 1975) (content unverified)",
  "doswald-beck-1985": "L Doswald-Beck, on intervention at the invitation of the government (content unverified)",
  // Security Council practice (security-council.md, un-charter.md Part B)
  "sc-reading-rules": "The Council's authorising words, 'authorizes ... to use all necessary means' (S/RES/678 (1990), para 2) and 'to take all necessary measures' (S/RES/1973 (2011), para 4), as against 'recommends', 'calls upon' and 'demands'",
  "authorisation-practice": "Council authorisation practice in place of Article 43 agreements (Charter arts 42, 48(1); S/RES/678 (1990), 1973 (2011))",
  "sc-661-affirmation": "S/RES/661 (1990), preamble ('Affirming the inherent right of individual or collective self-defence, in response to the armed attack by Iraq against Kuwait')",
  "sc-1368-1373-preambles": "S/RES/1368 (2001), preamble; S/RES/1373 (2001), preamble (the inherent right of self-defence recognised in resolutions on terrorist attacks)",
  "sc-687-34": "S/RES/687 (1991), para 34 (the Council decides 'to take such further steps as may be required')",
  "revival-contested": "The revival argument after S/RES/687 (1991): relied on by the United Kingdom and the United States, rejected by most writers and many states (state positions unverified)",
  "ecowas-liberia-practice": "ECOWAS in Liberia and the Council's later endorsement (the resolutions are not among the sources consulted; unverified)",
  "ilc-asr-20-commentary": "ILC, Articles on Responsibility of States for Internationally Wrongful Acts (2001), commentary to art 20, para (1)",
  "gross-1951": "L Gross, 'Voting in the Security Council: Abstention from Voting and Absence from Meetings' (1951) 60 Yale LJ 209",
  "revival-argument": "The 'revival' argument from S/RES/678 (1990), 687 (1991) and 1441 (2002), para 1 ('material breach')",
  "uk-kosovo-1999": "UK statement in the Security Council, 24 March 1999, UN Doc S/PV.3988",
  "uk-lloyd-1999": "HC Deb 5 May 1999, written answer (Tony Lloyd)",
  "g77-2000": "Declaration of the South Summit (Havana, 10-14 April 2000), para 54",
  "kosovo-commission-2000": "Independent International Commission on Kosovo, The Kosovo Report (OUP 2000), executive summary: the intervention was 'illegal but legitimate ... because it did not receive prior approval from the United Nations Security Council'",
  "ga-377": "UNGA Res 377 A (V) (3 November 1950) 'Uniting for Peace'",
  "ga-3314": "UNGA Res 3314 (XXIX) (14 December 1974) Definition of Aggression, art 3(g)",
  // Collective defence treaties (treaties.md)
  "nato-5": "North Atlantic Treaty (adopted 4 April 1949, entered into force 24 August 1949) 34 UNTS 243, art 5",
  "nato-6": "North Atlantic Treaty, art 6 (as amended by the Protocol on the Accession of Greece and Turkey)",
  "us-japan-5": "Treaty of Mutual Cooperation and Security between Japan and the United States of America (signed 19 January 1960), art V",
  "rio-3": "Inter-American Treaty of Reciprocal Assistance (signed 2 September 1947), art 3 (paras 1-2; the para 3 area clause unverified)",
  "rio-3-2": "Inter-American Treaty of Reciprocal Assistance (signed 2 September 1947), art 3(2) ('On the request of the State or States directly attacked')",
  "anzus-4": "Security Treaty between Australia, New Zealand and the United States of America (signed 1 September 1951), arts IV-V",
  "warsaw-4": "Treaty of Friendship, Co-operation and Mutual Assistance (Warsaw, 14 May 1955), art 4",
  "robertson-2001": "NATO Secretary General Lord Robertson, statement of 12 September 2001 ('has to be the one that asks for help')",
  // Time and relations in self-defence (law-time-relations)
  "oil-57-61": `${OIL}, paras 57-61 (the evidence did not establish Iran's authorship; the US did not discharge its burden of proof; within paras 46-64, para numbers unverified)`,
  "sc-661-1-2": "S/RES/661 (1990), para 1 (Iraq 'has usurped the authority of the legitimate Government of Kuwait') and para 2 (measures 'to restore the authority of the legitimate Government of Kuwait'): an occupation does not take the ousted government's standing",
  "sc-661-9b": "S/RES/661 (1990), para 9(b): States are called on 'Not to recognize any régime set up by the occupying Power'",
  "sc-662-1": "S/RES/662 (1990), para 1: the annexation of Kuwait by Iraq 'has no legal validity, and is considered null and void' (wording from the case file a02; the resolution's text is not among the law files)",
  "sc-661-affirms":
    "S/RES/661 (1990), preamble ('Affirming the inherent right of individual or collective self-defence, in response to the armed attack by Iraq against Kuwait'), adopted with the Art 41 sanctions it decides: measures that affirm the right do not displace it",
};

/** A citation by id; each is made once and shared (answers never change their citations). */
const CITED = new Map<string, Citation>();
export function cite(id: string): Citation {
  let c = CITED.get(id);
  if (c === undefined) {
    c = Object.freeze({ id, text: CITATIONS[id] ?? id });
    // Ids a situation brings (its resolutions) come and go: a bounded table.
    if (CITED.size >= 4096) CITED.clear();
    CITED.set(id, c);
  }
  return c;
}

/** A rule's citations (a constant list) as Citations, made once per list. */
const CITED_LISTS = new WeakMap<readonly string[], readonly Citation[]>();
export function citeAll(ids: readonly string[]): readonly Citation[] {
  let cs = CITED_LISTS.get(ids);
  if (cs === undefined) CITED_LISTS.set(ids, (cs = Object.freeze(ids.map(cite))));
  return cs;
}
