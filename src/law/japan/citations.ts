// Japan's authorities, each in English and as the Japanese sources name it, with the section of
// ../shared/law/japan.md it comes from. Ids are prefixed "jp-"; a rule of the Japanese layer may
// also cite an id of the international registry (src/law/citations.ts), e.g. "charter-51".
import type { Citation } from "../../answer/types.js";
import { CITATIONS } from "../citations.js";
import type { Lang } from "../domestic.js";

export interface JpCitation {
  en: string;
  ja: string;
  /** Where in ../shared/law/japan.md it was read (for maintainers; never printed). */
  at: string;
}

export const JP_CITATIONS: Record<string, JpCitation> = {
  // 1. The Constitution
  "jp-const-9": { en: "Constitution of Japan (in force 3 May 1947), art 9", ja: "日本国憲法第9条", at: "1.2" },
  "jp-const-13": { en: "Constitution of Japan, art 13", ja: "日本国憲法第13条", at: "1.4" },
  "jp-const-preamble": { en: "Constitution of Japan, Preamble, para 2", ja: "日本国憲法前文第2段", at: "1.1" },
  "jp-const-98-2": { en: "Constitution of Japan, art 98(2)", ja: "日本国憲法第98条第2項", at: "1.3" },
  // 2(a)-(d). Interpretations to 2014
  "jp-sdf-1954": { en: "Self-Defense Forces Act (Act No. 165 of 1954), in force 1 July 1954", ja: "自衛隊法（昭和29年法律第165号）、1954年7月1日施行", at: "2(a)" },
  "jp-three-conditions": {
    en: "Traditional three conditions for exercising the right of self-defence (MOD, Defense White Paper 2009, 'requirements for exercising self-defence'; Cabinet written answer of 27 Sept 1985)",
    ja: "自衛権発動の三要件（防衛白書2009年版「自衛権発動の要件」、1985年9月27日政府答弁書）",
    at: "2(a)",
  },
  "jp-attack-commenced": {
    en: "MOD, Defense White Paper 2004: an armed attack occurs when the opponent has commenced it; a mere risk is not enough",
    ja: "防衛白書2004年版（武力攻撃の発生は相手方が武力攻撃に着手したとき）",
    at: "2(a)",
  },
  "jp-1956-view": {
    en: "1956 government view (read by Director-General Funada): striking missile bases, where there is no other means, is legally within self-defence (MOD, Defense White Paper 2022)",
    ja: "昭和31年政府見解（船田防衛庁長官代読）：誘導弾等の基地をたたくことは法理的には自衛の範囲に含まれる（防衛白書2022年版）",
    at: "2(a)",
  },
  "jp-1972-view": {
    en: "Government view 'The right of collective self-defence and the Constitution', filed with the House of Councillors Committee on Audit, 14 Oct 1972",
    ja: "政府見解「集団的自衛権と憲法との関係」（昭和47年10月14日 参議院決算委員会提出資料）",
    at: "2(c)",
  },
  "jp-1981-answer": {
    en: "Cabinet written answer of 29 May 1981 to Inaba Seiichi (House of Representatives)",
    ja: "昭和56年5月29日 政府答弁書（内閣衆質九四第三二号、稲葉誠一議員提出）",
    at: "2(d)",
  },
  "jp-sunagawa": { en: "Sunagawa case, Supreme Court Grand Bench, 16 Dec 1959", ja: "砂川事件 最高裁判所大法廷判決（昭和34年12月16日）", at: "2(b)" },
  // 2(e). The Cabinet Decision of 1 July 2014
  "jp-cd-2014": {
    en: "Cabinet Decision on Development of Seamless Security Legislation to Ensure Japan's Survival and Protect its People, 1 July 2014",
    ja: "閣議決定「国の存立を全うし、国民を守るための切れ目のない安全保障法制の整備について」（平成26年7月1日）",
    at: "2(e)",
  },
  "jp-cd-2014-3-3": { en: "Cabinet Decision of 1 July 2014, section 3(3) (the three new conditions)", ja: "平成26年7月1日閣議決定 3(3)（新三要件）", at: "2(e)" },
  "jp-cd-2014-3-4": {
    en: "Cabinet Decision of 1 July 2014, section 3(4) (under international law the basis may in some cases be collective self-defence)",
    ja: "平成26年7月1日閣議決定 3(4)（国際法上は集団的自衛権が根拠となる場合がある）",
    at: "2(e)(i)",
  },
  "jp-cd-2014-2-1": {
    en: "Cabinet Decision of 1 July 2014, section 2(1) (logistics support and 'integration with the use of force')",
    ja: "平成26年7月1日閣議決定 2(1)ア（いわゆる後方支援と「武力の行使との一体化」）",
    at: "2(e)(ii)",
  },
  "jp-cd-2014-2-2": {
    en: "Cabinet Decision of 1 July 2014, section 2(2) (weapons use in international peace cooperation; rescue of nationals with the territorial state's consent)",
    ja: "平成26年7月1日閣議決定 2(2)（国際的な平和協力活動に伴う武器使用、領域国の同意に基づく邦人救出）",
    at: "2(e)(iii)",
  },
  "jp-cd-2014-1": {
    en: "Cabinet Decision of 1 July 2014, section 1 (response to infringements short of an armed attack)",
    ja: "平成26年7月1日閣議決定 1（武力攻撃に至らない侵害への対処）",
    at: "2(e)(iv)",
  },
  "jp-cd-2014-diet": {
    en: "Cabinet Decision of 1 July 2014: Diet approval 'in principle in advance' (Sankei Biz, 2 July 2014)",
    ja: "平成26年7月1日閣議決定（国会承認は「原則として事前に」）",
    at: "2(e)(v)",
  },
  "jp-new-three-conditions": {
    en: "The three new conditions for 'use of force' as measures for self-defence (Cabinet Secretariat; MOFA, 'Development of Security Legislation')",
    ja: "憲法第9条の下で許容される自衛の措置としての「武力の行使」の新三要件（内閣官房）",
    at: "2(e)",
  },
  "jp-mofa-close": {
    en: "MOFA official, House of Councillors (2022; date UNVERIFIED): a 'foreign country in a close relationship' is not fixed in advance; the US would basically qualify",
    ja: "外務省答弁（参議院、2022年）「密接な関係にある他国」（米国は基本的に該当）",
    at: "2(e)",
  },
  "jp-yokobatake-2014": {
    en: "CLB Director-General Yokobatake, House of Representatives Budget Committee, 14 July 2014 (the Decision does not allow every case international law allows)",
    ja: "横畠内閣法制局長官答弁（平成26年7月14日 衆議院予算委員会）",
    at: "2(e)",
  },
  "jp-abe-2014-07-01": {
    en: "Prime Minister Abe, press conference of 1 July 2014: the principle that overseas dispatch of forces (kaigai hahei) is generally not permitted is unchanged",
    ja: "安倍内閣総理大臣記者会見（平成26年7月1日）「海外派兵は一般に許されないという従来からの原則も全く変わりません」",
    at: "2(e)",
  },
  "jp-gov-qa-2014": {
    en: "Government Q&A prepared with the Cabinet Decision (Tokyo Shimbun, 27 June 2014; NHK, 28 June 2014): use of force meeting the new three conditions remains allowed after a Council resolution",
    ja: "閣議決定に伴う政府の想定問答（東京新聞平成26年6月27日、NHK同6月28日）",
    at: "2(e)(i)",
  },
  "jp-ittaika-2015": {
    en: "Cabinet Secretariat and Cabinet Legislation Bureau, 'On avoiding integration with the use of force by other countries' (9 June 2015)",
    ja: "内閣官房・内閣法制局「他国の武力の行使との一体化の回避について」（平成27年6月9日）",
    at: "2(e)(ii)",
  },
  "jp-ittaika-1997": {
    en: "CLB Director-General Ōmori, 13 Feb 1997: four factors weighed together, case by case (as restated on 9 June 2015)",
    ja: "大森内閣法制局長官答弁（平成9年2月13日）：四要素を総合的に勘案して個々的に判断",
    at: "2(e)(ii)",
  },
  // 2(f). The Legislation for Peace and Security
  "jp-legislation-2015": {
    en: "Legislation for Peace and Security (Act No. 76 of 2015 and Act No. 77 of 2015), enacted 19 Sept 2015, in force 29 March 2016",
    ja: "平和安全法制（平成27年法律第76号・第77号）、平成27年9月19日成立、平成28年3月29日施行",
    at: "2(f)",
  },
  "jp-sdf-76": { en: "SDF Act art 76(1)(i)-(ii) (defence operations), as amended by Act No. 76 of 2015", ja: "自衛隊法第76条第1項第1号・第2号（防衛出動）", at: "2(f)" },
  "jp-sdf-76-1954": { en: "SDF Act art 76 (defence operations), as enacted in 1954", ja: "自衛隊法第76条（防衛出動）（昭和29年制定時）", at: "2(a)" },
  "jp-aasra": {
    en: "Armed Attack Situations Response Act (Act No. 79 of 2003), arts 2 and 9 (basic response plan; Diet approval)",
    ja: "事態対処法（平成15年法律第79号）第2条・第9条（対処基本方針、国会承認）",
    at: "2(f)",
  },
  "jp-situation-defs": { en: "MOD, Defense White Paper 2024, definitions of the situations", ja: "防衛白書2024年版（各事態の定義）", at: "2(f)" },
  "jp-mod-diet-table": {
    en: "MOD table 'Requirements for the main SDF operations (including Diet approval) and weapons-use authority' (Defense White Paper 2021 annex)",
    ja: "防衛省「自衛隊の主な行動の要件(国会承認含む)と武器使用権限等について」（防衛白書2021年版資料）",
    at: "2(f)",
  },
  "jp-anticipated": {
    en: "Armed Attack Situations Response Act: anticipated armed attack situation; SDF Act art 77-2",
    ja: "事態対処法（武力攻撃予測事態）、自衛隊法第77条の2",
    at: "2(f)",
  },
  "jp-five-party-2015": {
    en: "Five-party agreement of 16 Sept 2015 and the Cabinet decision of 19 Sept 2015 to respect it (Komei Shimbun, 20 Sept 2015): a political commitment, not statute",
    ja: "五党合意（平成27年9月16日）及びこれを尊重する旨の閣議決定（同9月19日）（公明新聞同9月20日）：法律ではない政治的合意",
    at: "2(f)",
  },
  "jp-iis-act": {
    en: "Important Influence Situations Act (Act No. 60 of 1999 as amended by Act No. 76 of 2015), arts 1, 2 and 11",
    ja: "重要影響事態安全確保法（平成11年法律第60号、平成27年法律第76号による改正後）第1条・第2条・第11条",
    at: "2(f)",
  },
  "jp-ipsa": {
    en: "International Peace Support Act (Act No. 77 of 2015), arts 1 and 6",
    ja: "国際平和支援法（平成27年法律第77号）第1条・第6条",
    at: "2(f)",
  },
  "jp-ipsa-resolutions": {
    en: "MOD, Defense White Papers 2016 and 2024: the two types of UN resolution that qualify",
    ja: "防衛白書2016年版・2024年版（国際平和共同対処事態の国連決議の二類型）",
    at: "2(f)",
  },
  "jp-pko-2016": {
    en: "International Peace Cooperation Act art 6(1) as amended by Act No. 76 of 2015 (safety-ensuring operations, kaketsuke-keigo; consent stably maintained)",
    ja: "国際平和協力法第6条第1項（平成27年法律第76号による改正後）（安全確保業務・駆け付け警護、同意の安定的維持）",
    at: "2(f)",
  },
  "jp-pko-kaketsuke-2016": {
    en: "South Sudan implementation plan changed by Cabinet decision of 15 Nov 2016 (kaketsuke-keigo and joint camp protection given to the 11th engineering contingent); Defense Minister's order of 18 Nov 2016; tasks from 12 Dec 2016 (MOD White Paper 2019; J-CAST, Mainichi)",
    ja: "南スーダン国際平和協力業務実施計画の変更（平成28年11月15日閣議決定、第11次施設隊に駆け付け警護・宿営地の共同防護を付与）、同年11月18日防衛大臣命令、12月12日から実施可能（防衛白書2019年版ほか）",
    at: "2(f)",
  },
  "jp-pko-answer-2016": { en: "Cabinet written answer of 22 Dec 2016 (House of Councillors, t192085)", ja: "平成28年12月22日 政府答弁書（参議院）", at: "2(f)" },
  "jp-sdf-95-2": {
    en: "SDF Act art 95-2 (protection of weapons and other equipment of units of the US and other foreign armed forces)",
    ja: "自衛隊法第95条の2（合衆国軍隊等の部隊の武器等の防護のための武器の使用）",
    at: "2(f)",
  },
  "jp-95-2-guideline": {
    en: "Guideline on the operation of SDF Act art 95-2 (NSC, 22 Dec 2016; Defense White Paper 2018)",
    ja: "自衛隊法第95条の2の運用に関する指針（平成28年12月22日 国家安全保障会議決定）",
    at: "2(f)",
  },
  "jp-sdf-84-3": {
    en: "SDF Act arts 84-3 and 94-5 (protection measures for Japanese nationals abroad), from 29 March 2016",
    ja: "自衛隊法第84条の3（在外邦人等の保護措置）・第94条の5",
    at: "2(f)",
  },
  "jp-ship-inspection-act": {
    en: "Ship Inspection Operations Act (Act No. 145 of 2000), arts 2 and 5 and annexed table",
    ja: "船舶検査活動法（平成12年法律第145号）第2条・第5条・別表",
    at: "2(f); 2(g)(2)",
  },
  "jp-mtra": {
    en: "Act on the Restriction of Maritime Transportation of Foreign Military Supplies (2004; extended to survival-threatening situations from 29 March 2016) (partly read; English title UNVERIFIED)",
    ja: "海上輸送規制法（武力攻撃事態及び存立危機事態における外国軍用品等の海上輸送の規制に関する法律）",
    at: "2(f)",
  },
  // 2(g). Instruments before 2016
  "jp-pko-act": {
    en: "International Peace Cooperation Act (Act No. 79 of 1992), arts 2(2), 3, 6 and 24 (text before the 2015 amendments)",
    ja: "国際平和協力法（平成4年法律第79号）第2条第2項・第3条・第6条・第24条（平成27年改正前）",
    at: "2(g)(1)",
  },
  "jp-pko-five-principles": { en: "MOFA, the five principles for participation in peacekeeping (参加5原則)", ja: "外務省「我が国の国際平和協力の概要」（参加5原則）", at: "2(g)(1)" },
  "jp-pko-2001": {
    en: "Act No. 157 of 14 Dec 2001 (the freeze on peacekeeping-force core tasks lifted)",
    ja: "平成13年法律第157号（PKF本体業務の凍結解除）",
    at: "2(g)(1)",
  },
  "jp-saj-act": {
    en: "Act on Situations in Areas Surrounding Japan (Act No. 60 of 1999; 25 Aug 1999 - 28 Mar 2016), arts 1, 2(2), 3, 5, 6 and annexed Table 1",
    ja: "周辺事態安全確保法（平成11年法律第60号）第1条・第2条第2項・第3条・第5条・第6条・別表第一",
    at: "2(g)(2)",
  },
  "jp-atsml": {
    en: "Anti-Terrorism Special Measures Law (Act No. 113 of 2001), arts 1, 2 and 12; in force 2 Nov 2001, expired 1 Nov 2007",
    ja: "テロ対策特別措置法（平成13年法律第113号）第1条・第2条・第12条（平成13年11月2日施行、平成19年11月1日失効）",
    at: "2(g)(3)",
  },
  "jp-iraq": {
    en: "Iraq Special Measures Law (Act No. 137 of 2003), arts 1, 2 and 17; in force 1 Aug 2003, expired 31 July 2009",
    ja: "イラク人道復興支援特措法（平成15年法律第137号）第1条・第2条・第17条（平成15年8月1日施行、平成21年7月31日失効）",
    at: "2(g)(4)",
  },
  "jp-nagoya-2008": {
    en: "Nagoya High Court, 17 April 2008 (Heisei 18 (ne) No. 499), reasons (obiter; the state won, the judgment is final)",
    ja: "名古屋高等裁判所 平成20年4月17日判決（平成18年(ネ)第499号）判決理由（傍論）",
    at: "2(g)(4)",
  },
  "jp-replenishment": {
    en: "Replenishment Support Special Measures Law (Act No. 1 of 2008); in force 16 Jan 2008, expired 15 Jan 2010",
    ja: "補給支援特措法（平成20年法律第1号）（平成20年1月16日施行、平成22年1月15日失効）",
    at: "2(g)(5)",
  },
  "jp-piracy": {
    en: "Anti-Piracy Act (Act No. 55 of 2009), arts 2, 6, 7 and 8; in force 24 July 2009",
    ja: "海賊対処法（平成21年法律第55号）第2条・第6条・第7条・第8条（平成21年7月24日施行）",
    at: "2(g)(6)",
  },
  "jp-sdf-82": {
    en: "SDF Act art 82 (maritime security operations) and art 93 (weapons use under the Police Duties Execution Act art 7)",
    ja: "自衛隊法第82条（海上における警備行動）・第93条（警察官職務執行法第7条の準用）",
    at: "2(g)(6); 2(e)(iv)",
  },
  "jp-grayzone-2015": {
    en: "Three Cabinet decisions of May 2015 allowing gray-zone orders by telephone Cabinet decision (14 May 2015: date UNVERIFIED)",
    ja: "グレーゾーン事態への対処に関する閣議決定（平成27年5月、電話閣議）",
    at: "2(e)(iv)",
  },
  "jp-sdf-public-security": {
    en: "SDF Act, public security operations (chian shutsudō) (art 78: UNVERIFIED (from memory))",
    ja: "自衛隊法（治安出動）",
    at: "2(e)(iv)",
  },
  "jp-sdf-transport": {
    en: "SDF Act art 100-8 (inserted by Act No. 102 of 1994), later art 84-3, and art 84-4 from 29 March 2016 (transport of Japanese nationals abroad)",
    ja: "自衛隊法第100条の8（平成6年法律第102号）、後の第84条の3、平成28年3月29日以降第84条の4（在外邦人等の輸送）",
    at: "2(g)(7)(a)",
  },
  "jp-sdf-82-3": {
    en: "SDF Act art 82-2 (inserted by Act No. 88 of 2005), art 82-3 from 2009, and art 93-3 (destruction of ballistic missiles)",
    ja: "自衛隊法第82条の3（弾道ミサイル等に対する破壊措置）・第93条の3",
    at: "2(g)(7)(b)",
  },
  "jp-bmd-scope": {
    en: "MOD, Defense White Paper 2006; Defense Agency Director-General Ōno, House of Councillors, 5 July 2005 (the measure applies where no defence operation has been ordered)",
    ja: "防衛白書2006年版、大野防衛庁長官答弁（平成17年7月5日 参議院）",
    at: "2(g)(7)(b)",
  },
  "jp-sdf-84-2": {
    en: "SDF Act art 84-2 (removal of mines and other explosive hazards; art 99 before 2006) (UNVERIFIED (from memory))",
    ja: "自衛隊法第84条の2（機雷等の除去）※未検証",
    at: "-",
  },
  // 3. The 2014 cases and the debate
  "jp-15-cases": {
    en: "The 15 cases presented by the government to the ruling coalition's consultations, 27 May 2014 (Tokyo Shimbun, 28 May 2014; Komeito list)",
    ja: "安全保障法制整備に関する与党協議会に政府が示した15事例（平成26年5月27日）",
    at: "3.2",
  },
  "jp-hormuz": {
    en: "Hormuz minesweeping in the 2014-15 debate: Abe, 14-15 July 2014 (minesweeping is a use of force under international law); House of Representatives, 28 May and 1 June 2015 (the only exception in mind); House of Councillors, 14 Sept 2015 (not concretely envisaged)",
    ja: "ホルムズ海峡の機雷掃海（安倍首相答弁 平成26年7月14・15日、平成27年5月28日・6月1日、同9月14日）",
    at: "3.3",
  },
  "jp-onodera-2017": {
    en: "Defense Minister Onodera, House of Representatives Security Committee, 10 Aug 2017 (a missile toward Guam)",
    ja: "小野寺防衛大臣答弁（平成29年8月10日 衆議院安全保障委員会）",
    at: "3.4",
  },
  // 4. Proposed amendments
  "jp-ldp-2012": { en: "LDP draft constitution, 27 Apr 2012, arts 9 and 9-2", ja: "自由民主党「日本国憲法改正草案」（平成24年4月27日）第9条・第9条の2", at: "4.1" },
  "jp-ldp-2018": { en: "LDP 'article image (draft for discussion)', March 2018, art 9-2", ja: "自由民主党「条文イメージ（たたき台素案）」（平成30年3月）第9条の2", at: "4.2" },
  "jp-martin-2007": {
    en: "C Martin, 'Collective self-defense and collective security: what the differences mean for Japan', Japan Times, 30 Aug 2007",
    ja: "C・マーティン「集団的自衛権と集団安全保障」（ジャパンタイムズ、2007年8月30日）",
    at: "4.3",
  },
  "jp-casus-options": {
    en: "casus: the three options of the 2007 op-ed written as clear text (own drafting, not an official proposal)",
    ja: "casus による三つの選択肢の試案（公式の案ではない）",
    at: "4.3",
  },
};

/** International citation ids named in Japanese as the Japanese statutes name the Charter. */
const INTL_JA: Record<string, string> = {
  "charter-2-4": "国際連合憲章第2条4",
  "charter-39": "国際連合憲章第39条",
  "charter-42": "国際連合憲章第42条",
  "charter-51": "国際連合憲章第51条",
  "us-japan-5": "日本国とアメリカ合衆国との間の相互協力及び安全保障条約第5条",
};

export function jpCite(id: string, lang: Lang = "en"): Citation {
  const j = JP_CITATIONS[id];
  // `at` stays for maintainers; a citation names the source itself, never the notes it was read from.
  if (j) return { id, text: lang === "ja" ? j.ja : j.en };
  if (lang === "ja" && INTL_JA[id]) return { id, text: INTL_JA[id] };
  return { id, text: CITATIONS[id] ?? id };
}
