// Japanese output (--lang ja): the headings, statuses, verdicts, basis names and condition labels in
// Japanese; Japan's instruments and conditions in the statutes' own terms (存立危機事態, 重要影響事態,
// 武力の行使の新三要件, 駆け付け警護 ...). The reasons ("because") of the Japanese layer come in
// Japanese from the layer itself (lang: "ja"); those of the international rules stay as the rules
// write them. Pure: answer in, string out.
import { positionsLegend } from "./positions-legend.js";
import type { Analysis, BasisResult, ConditionResult, UseAnalysis } from "../answer/types.js";
import type { RegimesTable } from "../analysis/regimes.js";
import { ruleIdOf } from "../law/domestic.js";
import { decisiveConditions } from "./decisive.js";
import { citationLine, contestedOn } from "./text.js";
import { renderDomestic, renderRegimes, type DomesticStrings, type DomesticTextOptions } from "./domestic.js";
import { renderReason } from "../engine/reason.js";
import { VERDICT_WORDS } from "./summaries.js";

/** Japan's conditions, by rule id, in the words of the Constitution, the Cabinet Decision and the statutes. */
export const JA_CONDITIONS: Record<string, string> = {
  "jp-answer": "我が国の法令が当該行動を許容する",
  "jp-art9": "憲法第9条が当該行動を許容する（当該日の解釈）",
  "jp-not-force": "当該行動は、第9条が放棄する「武力の行使」に当たらない",
  "jp-art9-bars-force": "第9条が放棄するのは戦争と武力による威嚇又は武力の行使である",
  "jp-character": "当該行動は第9条にいう「武力の行使」に当たる",
  "jp-combat": "国又は国に準ずる組織による武力攻撃（国際的な武力紛争）に対処して戦う",
  "jp-state-adversary": "国又は国に準ずる組織が敵対するものとして登場する",
  "jp-integration": "支援が他国の「武力の行使と一体化」する",
  "jp-no-combat": "戦闘も戦闘への支援も伴わない",
  "jp-no-forces": "自衛隊が存在する",
  "jp-art9-traditional": "昭和29年から平成26年6月30日までの解釈：自衛権発動の三要件（集団的自衛権の行使は憲法上許されない）",
  "jp-tc-1": "① わが国に対する急迫不正の侵害があること（我が国に対する武力攻撃の着手）",
  "jp-tc-2": "② この場合にこれを排除するためにほかの適当な手段がないこと",
  "jp-tc-3": "③ 必要最小限度の実力行使にとどまるべきこと",
  "jp-no-overseas-dispatch": "武力行使の目的で武装した部隊を他国の領域へ派遣する「海外派兵」ではないこと（一般に許されない）",
  "jp-art9-2014": "平成26年7月1日以降の解釈：「武力の行使」の新三要件",
  "jp-nc-1":
    "① 我が国に対する武力攻撃が発生したこと、又は我が国と密接な関係にある他国に対する武力攻撃が発生し、これにより我が国の存立が脅かされ、国民の生命、自由及び幸福追求の権利が根底から覆される明白な危険があること",
  "jp-nc-1a": "我が国に対する武力攻撃が発生したこと（着手）",
  "jp-nc-1b": "我が国と密接な関係にある他国に対する武力攻撃が発生し、これにより我が国の存立が脅かされること",
  "jp-close-country": "密接な関係にある他国に対する武力攻撃であって、我が国の存立を脅かすもの",
  "jp-victim-attacked": "当該他国に対する武力攻撃が発生したこと",
  "jp-close-relationship": "我が国と密接な関係にある他国であること",
  "jp-survival-threat": "これにより我が国の存立が脅かされ、国民の生命、自由及び幸福追求の権利が根底から覆される明白な危険があること",
  "jp-nc-2": "② これを排除し、我が国の存立を全うし、国民を守るために他に適当な手段がないこと",
  "jp-nc-3": "③ 必要最小限度の実力行使にとどまるべきこと",
  "jp-statute": "施行中の法律が当該行動を定め、その要件を満たすこと",
  "jp-in-force": "当該日に施行されていること",
  "jp-armed-attack-situation": "武力攻撃事態（我が国に対する外部からの武力攻撃が発生した事態又は発生する明白な危険が切迫していると認められるに至った事態）",
  "jp-force-once-commenced": "武力の行使は、相手方が武力攻撃に着手した時点以降に限られること",
  "jp-survival-situation": "存立危機事態（我が国と密接な関係にある他国に対する武力攻撃が発生し、これにより我が国の存立が脅かされ、国民の生命、自由及び幸福追求の権利が根底から覆される明白な危険がある事態）",
  "jp-anticipated-situation": "武力攻撃予測事態（武力攻撃事態には至っていないが、事態が緊迫し、武力攻撃が予測されるに至った事態）",
  "jp-in-japan": "我が国の領域内であること",
  "jp-mtra-situation": "武力攻撃事態、又は（平成28年3月29日以降）存立危機事態であること",
  "jp-mtra-survival": "存立危機事態（平成28年3月29日以降）",
  "jp-mtra-from-2016": "存立危機事態への拡大規定が施行されていること",
  "jp-saj-situation": "周辺事態（そのまま放置すれば我が国に対する直接の武力攻撃に至るおそれのある事態等我が国周辺の地域における我が国の平和及び安全に重要な影響を与える事態）",
  "jp-saj-us-only": "支援対象は日米安保条約の目的の達成に寄与する活動を行っているアメリカ合衆国の軍隊に限られること",
  "jp-rear-area": "後方地域（我が国領域並びに現に戦闘行為が行われておらず、かつ、そこで実施される活動の期間を通じて戦闘行為が行われることがないと認められる我が国周辺の公海及びその上空の範囲）",
  "jp-saj-exclusions": "物品の提供には武器（弾薬を含む。）の提供を含まず、戦闘作戦行動のために発進準備中の航空機に対する給油及び整備を含まないこと",
  "jp-iis-situation": "重要影響事態（そのまま放置すれば我が国に対する直接の武力攻撃に至るおそれのある事態等我が国の平和及び安全に重要な影響を与える事態）",
  "jp-iis-supported": "支援対象は日米安保条約の目的の達成に寄与する米軍又は国連憲章の目的の達成に寄与する活動を行う外国の軍隊等であること",
  "jp-not-combat-scene": "「現に戦闘行為を行っている現場」では実施しないこと（現場となった場合は休止又は中断）",
  "jp-iis-no-weapons": "武器の提供を含まないこと（弾薬の提供及び発進準備中の航空機への給油・整備は平成28年以降可能）",
  "jp-foreign-consent": "外国の領域においては当該外国の同意がある場合に限ること",
  "jp-ipsa-resolution": "国連総会又は安全保障理事会の決議（二類型のいずれか）があること",
  "jp-ipsa-resolution-type": "国連総会又は安全保障理事会の決議（二類型のいずれか）であること",
  "jp-ipsa-situation": "国際平和共同対処事態（国際社会の平和及び安全を脅かす事態であって、国際社会が国連憲章の目的に従い共同して対処する活動を行い、かつ、我が国が国際社会の一員としてこれに主体的かつ積極的に寄与する必要があるもの）",
  "jp-ipsa-supported": "当該事態に対処する活動を行う外国の軍隊等に対する支援であること",
  "jp-ipsa-no-weapons": "武器の提供を含まないこと",
  "jp-ipsa-diet-prior": "対応措置の実施前に国会の承認を得たこと（例外なし、第6条第1項）",
  "jp-non-combat-area": "非戦闘地域（現に戦闘行為が行われておらず、かつ、そこで実施される活動の期間を通じて戦闘行為が行われることがないと認められる地域）",
  "jp-atsml-purpose": "テロ攻撃によってもたらされている脅威の除去に努める米国その他の外国の軍隊等に対する措置であること（第1条）",
  "jp-atsml-exclusions": "武器の提供を含まないこと（外国の領域における武器弾薬の陸上輸送を含まない）",
  "jp-iraq-purpose": "イラクにおける人道復興支援活動又は安全確保支援活動であること（第1条、安保理決議第1483号）",
  "jp-iraq-exclusions": "武器弾薬の提供並びに戦闘作戦行動のために発進準備中の航空機への給油及び整備を行わないこと",
  "jp-repl-purpose": "テロ対策海上阻止活動に従事する艦船に対する補給であること",
  "jp-repl-supply-only": "補給（燃料及び水）に限ること",
  "jp-repl-area": "法律が定める実施区域内であること",
  "jp-pko-resolution": "活動の根拠となる国連総会又は安全保障理事会の決議があること",
  "jp-pko-resolution-type": "活動の根拠となる国連総会又は安全保障理事会の決議であること",
  "jp-pko-un-command": "国際連合の統括の下に行われること",
  "jp-pko-ceasefire": "原則1：紛争当事者の間で停戦の合意が成立していること",
  "jp-pko-consent": "原則2：受入れ国を含む紛争当事者が当該活動及び我が国の参加に同意していること",
  "jp-pko-impartial": "原則3：特定の紛争当事者に偏ることなく、中立的な立場を厳守すること",
  "jp-pko-freeze": "PKF本体業務は平成13年12月14日まで凍結されていたこと",
  "jp-pko-stable-consent": "受入れ同意が業務が行われる期間を通じて安定的に維持されると認められること（第6条第1項）",
  "jp-pko-no-state-adversary": "「国家又は国家に準ずる組織」が敵対するものとして登場しないこと",
  "jp-short-of-armed-attack": "対処する行為が国又は国に準ずる組織による武力攻撃に至らないこと",
  "jp-at-sea": "海上における行為であること",
  "jp-protects-japanese": "保護の対象が我が国の船舶又は国民であること",
  "jp-special-need": "特別の必要があること（海上保安庁では対処できない又は著しく困難）",
  "jp-police-cannot-cope": "一般の警察力をもっては治安を維持することができないこと",
  "jp-95-2-foreign-force": "合衆国軍隊その他の外国の軍隊その他これに類する組織の部隊であること",
  "jp-95-2-contributing": "自衛隊と連携して我が国の防衛に資する活動（共同訓練を含む）に現に従事していること",
  "jp-95-2-not-combat": "現に戦闘行為が行われている現場で行われるものを除くこと（武力攻撃に至らない侵害への対処）",
  "jp-95-2-request": "当該部隊からの要請があること",
  "jp-95-2-minister": "防衛大臣が必要と認めること",
  "jp-84-3-order": "① 当該外国の権限ある当局が現に公共の安全と秩序の維持に当たっており、かつ、戦闘行為が行われることがないと認められること",
  "jp-84-3-consent": "② 当該外国（又は国連決議に基づき施政を行う機関）が自衛隊の措置（武器の使用を含む）に同意していること",
  "jp-84-3-coordination": "③ 当該当局との間の連携及び協力が確保されると見込まれること",
  "jp-transport-safe": "輸送を安全に実施することができると認められること（平成25年改正前は輸送の安全が確保されていること）",
  "jp-piracy-acts": "海賊行為（私的目的で、船舶（軍艦及び各国政府の船舶を除く）の乗組員等が公海等又は我が国の領海等において行う行為）",
  "jp-missile-toward-japan": "弾道ミサイル等が我が国に向けて現に飛来していること",
  "jp-missile-where": "我が国領域又は公海（排他的経済水域を含む）の上空において破壊すること",
  "jp-missile-no-defence-operation": "我が国に対する武力攻撃として防衛出動によるべき場合でないこと",
  "jp-mines-abandoned": "機雷が遺棄されたものであること（現に行われている戦闘の一部でない）",
  "jp-inspection-basis": "貿易その他の経済活動に係る規制措置を求める安保理決議、又は旗国の同意があること",
  "jp-master-consent": "船長等の承諾を得て乗船し検査すること",
  "jp-inspection-situation": "船舶検査活動を実施し得る事態であること（平成28年前は周辺事態、以降は重要影響事態又は国際平和共同対処事態）",
  "jp-reform-law": "改正後の第9条が許す武力の行使を実施法が授権していること（仮定）",
  "jp-reform-individual": "個別的自衛権（我が国に対する武力攻撃、他に適当な手段がないこと、必要最小限度）",
  "jp-reform-2": "他に適当な手段がないこと",
  "jp-reform-3": "必要最小限度にとどまること",
  "jp-intl-csd": "国際法上、集団的自衛権（国連憲章第51条）が援用可能であること",
  "jp-intl-cs": "安全保障理事会の授権（集団安全保障）が我が国の武力の行使に及ぶこと",
  "jp-intl-self-defence": "国際法上、個別的又は集団的自衛権が援用可能であること",
  "jp-reform-csd-only": "案A：国際法の認める個別的・集団的自衛権の行使（安保理容認の武力行使には参加しない）",
  "jp-reform-cs-only": "案B：個別的自衛権及び安保理が容認した武力の行使への参加（集団的自衛権は行使しない）",
  "jp-reform-both": "案C：国際法の認める自衛権の行使及び安保理が容認した武力の行使への参加",
  "jp-reform-ldp-2012": "自民党2012年草案：自衛権の発動（第9条第2項）、国際的に協調して行われる活動（第9条の2第3項）",
  "jp-ldp-2012-cooperation": "「国際的に協調して行われる活動」は安保理が容認した武力の行使を含む（第9条の2第3項）",
  "jp-ldp-2012-non-forcible": "武力の行使に至らない協力と読む",
  "jp-reform-ldp-2018": "自民党2018年案第9条の2：必要な自衛の措置",
};

export { JA_INTERNATIONAL } from "./ja-labels.js";
import { jaCandidate } from "./ja-labels.js";

const BASES: Record<string, string> = {
  "individual-self-defence": "個別的自衛権（国連憲章第51条）",
  "collective-self-defence": "集団的自衛権（国連憲章第51条）",
  "collective-security": "集団安全保障（憲章第7章に基づく安保理の授権）",
  "regional-enforcement": "地域的取極に基づく強制行動（憲章第53条1、安保理の許可）",
  consent: "領域国の同意",
  "humanitarian-intervention": "人道的介入（主張、憲章外）",
  "protection-of-nationals": "在外自国民の保護（主張、憲章外）",
  reprisal: "武力復仇（主張、憲章外）",
  "uniting-for-peace": "平和のための結集決議（主張、憲章外）",
  "self-help": "自助（主張、憲章外）",
  "not-a-use-of-force": "武力の行使に当たらない（根拠不要）",
};

const VERDICT: Record<string, string> = { lawful: "合法", unlawful: "違法", undetermined: "未確定", contested: "見解が分かれる", "not-force": "武力の行使に当たらない（憲章第2条4は適用されない）", "not-under-way": "当該日には行われていない" };
const BASIS_STATUS: Record<string, string> = { available: "援用可能", "not-available": "援用不可", undetermined: "未確定", contested: "見解が分かれる" };

export const JA: DomesticStrings = {
  answer: { permitted: "許容される", "not-permitted": "許容されない", undetermined: "未確定", contested: "見解が分かれる" },
  verdict: VERDICT_WORDS.ja,
  status: { satisfied: "充足", failed: "不充足", unknown: "不明", contested: "見解が分かれる" },
  character: {
    "use-of-force": "武力の行使に当たる",
    support: "武力の行使と一体化しない支援",
    "police-type": "警察権的な武器使用（武力の行使に当たらない）",
    "non-forcible": "強制を伴わない活動",
    undetermined: "未確定",
    contested: "見解が分かれる",
  },
  fits: { yes: "整合する", no: "整合しない", unknown: "整合するか未確定" },
  compliance: { met: "充足", "not-met": "不充足", unknown: "不明", "not-required": "不要" },
  applies: { yes: "適用される", no: "適用されない", unknown: "適用され得る" },
  h: {
    lawOf: "適用法令の基準日",
    factsOf: "事実の基準日",
    reform: "改正案",
    regime: "体制",
    answer: "結論",
    character: "武力の行使か",
    category: "政府の分類（平成26年5月27日の15事例）",
    article9: "憲法第9条",
    instruments: "根拠法令",
    noInstrument: "当該行動を定める法律はない",
    hypothetical: "仮定",
    inForce: "施行",
    diet: "国会承認",
    statute: "法律",
    commitment: "政治的合意（法律ではない）",
    recorded: "承認の状況",
    pair: "組合せ（国際法上の根拠、国内法上の根拠）",
    international: "国際法",
    domestic: "国内法",
    governmentBasis: "政府の前提",
    notUseOfForce: "武力の行使に当たらない",
    notes: "注記",
    under: "立場",
    byDefault: "（既定）",
    decidedBy: "決め手となる事実",
    none: "なし",
    tableTitle: "各時点の体制及び各改正案の下での国内法上の結論",
    tableReforms: (date) => `改正案（適用法令の基準日 ${date}）：`,
    tableColumns: ["適用法令", "体制", "第9条", "根拠法令", "結論", "国会承認（法律）", "組合せ"],
    legend: "根拠法令",
    reforms: "改正案",
    internationalVerdict: "国際法",
    asIfDone: "当該日には行われていない行動であり、その日に行われたとした場合の回答である",
  },
  label: (c) => JA_CONDITIONS[ruleIdOf(c)] ?? jaCandidate(c.label),
  basis: (id) => BASES[id] ?? id,
};

/** The collective defence treaties' commitments, named in Japanese. */
const TREATY_JA: Record<string, string> = {
  "us-japan-security-treaty": "日米安全保障条約第5条",
  "north-atlantic-treaty": "北大西洋条約第5条（区域：第6条）",
  "rio-treaty": "米州相互援助条約第3条",
  anzus: "太平洋安全保障条約（ANZUS）第4条・第5条",
  "warsaw-treaty": "ワルシャワ条約第4条",
};

const MARK: Record<string, string> = { satisfied: "[+]", failed: "[x]", unknown: "[?]", contested: "[~]" };

function conditionJa(c: ConditionResult, indent: string, o: DomesticTextOptions, out: string[], parentIsItems: boolean) {
  const label = parentIsItems ? jaCandidate(c.label) : JA.label(c);
  const because = c.children.length === 0 || c.kind === "doctrine" ? `：${c.because}` : "";
  out.push(`${indent}${MARK[c.status]} ${label}${c.evidenceOnly ? "（証拠にとどまる）" : ""}${c.doctrine ? ` {${c.doctrine.switch}=${c.doctrine.position}}` : ""}${because}`);
  if (c.byPosition) for (const p of c.byPosition) out.push(`${indent}      立場 ${Object.entries(p.positions).map(([k, v]) => `${k}=${v}`).join("、")}：${JA.status[p.status]}${p.isDefault ? "（既定）" : ""}`);
  if (c.missing.length && c.status === "unknown") out.push(`${indent}      決め手となる事実：${c.missing.join(", ")}`);
  if (o.citations !== false && c.citations.length && c.children.length === 0) out.push(`${indent}      - ${c.citations.map((x) => x.text).join("; ")}`);
  const kids = c.kind === "doctrine" && c.children.length === 1 && c.children[0].children.length === 0 ? [] : c.children;
  for (const k of kids) conditionJa(k, indent + "    ", o, out, c.kind === "some" || c.kind === "every");
}

function basisJa(b: BasisResult, o: DomesticTextOptions & { tree?: boolean }, out: string[]) {
  out.push(`  ${BASES[b.basis] ?? b.label}：${BASIS_STATUS[b.status]}${b.claimed ? "（主張あり）" : ""}`);
  out.push(`    ${b.summary}`);
  if (b.positions) for (const p of b.positions) out.push(`    立場 ${Object.entries(p.positions).map(([k, v]) => `${k}=${v}`).join("、") || "既定"}：${BASIS_STATUS[p.status]}${p.isDefault ? "（既定）" : ""}`);
  if (o.brief) return;
  if (!o.tree) {
    // The conditions that decide the basis, each once (with the candidates it stands for); the full tree with --tree.
    for (const { node: c, for: who } of decisiveConditions(b)) {
      out.push(`      ${MARK[c.status]} ${JA.label(c)}${c.doctrine ? ` {${c.doctrine.switch}=${c.doctrine.position}}` : ""}${who.length ? `［${who.join("、")}］` : ""}：${c.because}`);
      if (c.byPosition) for (const p of c.byPosition) out.push(`          立場 ${Object.entries(p.positions).map(([k, v]) => `${k}=${v}`).join("、")}：${JA.status[p.status]}${p.isDefault ? "（既定）" : ""}`);
      if (c.missing.length && c.status === "unknown") out.push(`          決め手となる事実：${c.missing.join(", ")}`);
      if (o.citations !== false && c.citations.length) out.push(`          - ${citationLine(c.citations)}`);
    }
    return;
  }
  for (const c of b.conditions) conditionJa(c, "      ", o, out, false);
}

export function renderUseJa(u: UseAnalysis, o: DomesticTextOptions & { tree?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`${u.id}：${u.title}`);
  out.push(`  行為主体 ${u.by.join("、")}、判断基準日 ${u.date}`);
  out.push(`  国際法上の結論：${VERDICT[u.verdict]}（${u.summary}）`);
  out.push("");
  for (const b of u.bases) {
    basisJa(b, o, out);
    if (!o.brief) out.push("");
  }
  if (u.commitments.length) {
    out.push("  集団防衛条約（約束であり、法的根拠ではない）：");
    for (const c of u.commitments) out.push(`    ${TREATY_JA[c.treaty] ?? c.label}：${c.triggered === "yes" ? "発動される" : c.triggered === "no" ? "発動されない" : "未確定"}（${c.because}）`);
  }
  if (u.labels.length) {
    out.push("  主張された名称：");
    for (const l of u.labels) out.push(`    ${l.kind === "fits" ? "ok " : "!! "}${l.reason ? renderReason(l.reason, "ja") : l.message}`);
  }
  for (const d of u.domestic ?? []) out.push("", renderDomestic(d, { ...o, notUnderWay: u.verdict === "not-under-way" }, JA));
  const legend = positionsLegend(out, 0, "ja");
  if (legend.length) out.push("", ...legend);
  return out.join("\n");
}

export function renderAnalysisJa(a: Analysis, o: DomesticTextOptions & { tree?: boolean } = {}): string {
  const turning = a.doctrine.filter((d) => d.from === "default" && contestedOn(a).has(d.switch)).map((d) => d.switch);
  const head = [`${a.title}`, `判断基準日：${a.date}`, ...(turning.length ? [`結論が学説の立場により分かれる未設定の切替：${turning.join("、")}`] : []), ""];
  return [...head, ...a.uses.map((u) => renderUseJa(u, o) + "\n")].join("\n");
}

export function renderRegimesJa(t: RegimesTable): string {
  return renderRegimes({ ...t, international: { ...t.international, verdict: (VERDICT[t.international.verdict] ?? t.international.verdict) as never } }, JA);
}
