// `casus doctrine --lang ja`: the doctrine switches (src/law/doctrine.ts) in Japanese: each question,
// why its default is the default, and each position. Ids, symbols and citations as written.

export interface SwitchJa {
  question: string;
  whyDefault: string;
  positions: Record<string, string>;
}

export const SWITCHES_JA: Record<string, SwitchJa> = {
  anticipatory: {
    question: "まだ発生していない攻撃は自衛権の行使を可能にするか",
    whyDefault: "条文（「武力攻撃が発生した場合には」）による。ICJはこの問題を未決としている（ニカラグア事件判決第194項、コンゴ領域武力活動事件判決第143項）。",
    positions: {
      restrictive: "発生した又は進行中の攻撃に限る",
      caroline: "厳格な時間的意味で差し迫った攻撃も含む",
      contextual: "文脈的な差し迫りの理解による差し迫った攻撃も含む",
      preventive: "差し迫っていない脅威も含む（先制）",
    },
  },
  gravity: {
    question: "武力攻撃は他の武力行使を超える重大性に達しなければならないか",
    whyDefault: "ICJの判示による（ニカラグア事件判決第191項・第195項、オイル・プラットフォーム事件判決第51項（項番号は二次資料による））。",
    positions: { strict: "はい：最も重大な形態の武力行使に限る", "no-threshold": "いいえ：国家に対する違法な武力行使はすべて武力攻撃である" },
  },
  accumulation: {
    question: "より軽微な攻撃を累積して武力攻撃とみなすことができるか",
    whyDefault:
      "ICJは、侵入が「単独で又は集合的に」武力攻撃に当たるか（ニカラグア事件判決第231項）、攻撃が「累積的な性格」を有するか（コンゴ領域武力活動事件判決第146項、オイル・プラットフォーム事件判決第64項（項番号未検証））を検討しており、この考え方を否定していない。",
    positions: { accepted: "はい：一連の攻撃を累積的に評価できる", rejected: "いいえ：各攻撃を個別に判断する" },
  },
  nonStateActors: {
    question: "国家に帰属しない非国家集団による武力攻撃は、他国の領域における自衛権の行使を可能にするか",
    whyDefault: "ICJの解釈による（壁事件勧告的意見第139項、コンゴ領域武力活動事件判決第146-147項）。",
    positions: {
      "attribution-required": "いいえ：攻撃は国家に帰属しなければならない",
      "armed-attack-by-nsa": "はい：必要性を条件として、集団による武力攻撃で足りる",
      "unwilling-or-unable": "はい、領域国がその集団を阻止する意思又は能力を欠く場合には",
    },
  },
  defensiveAims: {
    question: "防衛のための武力はどこまで及び得るか：攻撃を排除し原状を回復するまでか、脅威を除去するまでか",
    whyDefault: "学説上優勢とされる目的論的解釈による（出典と照合していない分析）。争いがあると記録された評価のみを決する。",
    positions: {
      "end-the-threat": "攻撃を排除し脅威を除去するのに必要な限度まで、それを超えない（目的論的解釈）",
      "repel-and-restore": "攻撃を排除し攻撃前の状態を回復するまでに限る（厳格な解釈）",
    },
  },
  councilMeasures: {
    question: "安保理のどの措置が自衛権を終了させるか（「安全保障理事会が必要な措置をとるまでの間」）",
    whyDefault: "安保理が行動しつつ明示的に確認した権利は、その行動によって終了したとは解されない（S/RES/661 (1990) 前文）。制裁が「必要な措置」に当たるかは1990年8月から11月にかけて議論された。",
    positions: {
      effective: "実際に平和を回復する措置に限る（例：効力を生じた安保理の停戦）",
      "any-binding-measures": "当該事態に関する拘束力ある第7章の措置であれば足りる（制裁、授権）",
    },
  },
  reporting: {
    question: "安保理への報告は合法な自衛の要件か",
    whyDefault: "慣習法についてのICJの判示による（ニカラグア事件判決第200項）。",
    positions: { evidence: "いいえ：報告がないことは、自衛として行動したと国が考えていなかった証拠となる", condition: "はい：第51条は措置を「直ちに報告しなければならない」と定める" },
  },
  standingTreatyRequest: {
    question: "条約の常設条項は集団的自衛のための被害国の要請とみなされるか",
    whyDefault: "ニカラグア事件判決第199項。米州相互援助条約自体も「直接攻撃を受けた国の要請」を待つ（第3条2）。",
    positions: { "ad-hoc-request-required": "いいえ：被害国はその機会に要請しなければならない", "treaty-suffices": "はい：集団防衛条約における事前の約束は常設の要請である" },
  },
  closeLink: {
    question: "援助国は被害国と密接な関係を有していなければならないか",
    whyDefault: "ICJはこれを要求していない（ニカラグア事件判決第195項・第199項）。",
    positions: { "not-required": "いいえ：ICJが求めるのは被害国の宣言と要請のみである", required: "はい：援助国は法的利益を共有しなければならない（Bowett）" },
  },
  laterEndorsement: {
    question: "安保理の事後の承認は、許可なく行われた地域的強制行動の瑕疵を治癒するか",
    whyDefault: "「いかなる強制行動も、安全保障理事会の許可がなければ……とられてはならない」との文言による（第53条1）。",
    positions: { rejected: "いいえ：第53条1は行動前の許可を要求する", accepted: "はい：事後の承認で足りる（ECOWASの実行）" },
  },
  humanitarianIntervention: {
    question: "安保理の授権のない人道的介入の権利は存在するか",
    whyDefault: "憲章の構造及び大多数の国の見解による（G77ハバナ宣言（2000年）第54項）。",
    positions: { rejected: "いいえ：憲章にも慣習法にも根拠がない", "exceptional-right": "はい、例外的に、圧倒的な人道的惨事を回避するために" },
  },
  protectionOfNationals: {
    question: "国は在外自国民を救出するために武力を行使できるか",
    whyDefault: "武力による自助は国際法上認められない（否定説の出典：charter-2-4、corfu-35）。この主張がなされた総会及び安保理の討議では、大多数の国がこれを否定した。",
    positions: {
      rejected: "いいえ：他国の領域における武力による自助は根拠とならない",
      accepted: "はい、自衛権の延長として、自国民が差し迫った危険にさらされ、領域国が保護できない又は保護しない場合に",
    },
  },
  authorisationScope: {
    question: "授権の範囲に争いがある場合、厳格に解するか広く解するか",
    whyDefault: "武力行使は第2条4の例外であり、その範囲を定めるのは行動する国ではなく安保理である。",
    positions: { strict: "厳格に：授権の文言が明らかに及ぶものに限る", broad: "広く：当該区域において授権された目的に必要なものすべて" },
  },
  impliedAuthorisation: {
    question: "決議は明示の文言なしに武力行使を授権できるか（黙示の授権）",
    whyDefault: "明示的に授権する安保理の実行による（「あらゆる必要な手段をとることを……認める」、S/RES/678 (1990) 第2項）。",
    positions: { "express-only": "いいえ：明示の文言（「あらゆる必要な手段／措置」）のみが授権する", accepted: "はい：安保理が定めた目的を支えるための武力行使" },
  },
  revival: {
    question: "停戦の重大な違反は以前の授権を復活させ得るか",
    whyDefault: "S/RES/687 (1991) 第34項は、さらなる措置を安保理に留保している。",
    positions: { rejected: "いいえ：武力行使が再び授権されるかは安保理が決める", accepted: "はい、停戦の重大な違反の後には、以前の授権が復活する" },
  },
  unitingForPeace: {
    question: "「平和のための結集」決議に基づく総会の勧告は武力行使の根拠となるか",
    whyDefault: "総会の勧告は拘束力ある決定ではない（総会決議377 A (V) は「加盟国に対する適当な勧告」と述べる）。",
    positions: {
      "no-basis": "いいえ：総会は勧告できるが授権はできず、第2条4を排除できない",
      "recommendation-suffices": "はい：平和の破壊又は侵略行為についての勧告で足りる",
    },
  },
  consentAuthority: {
    question: "政府が実効的支配を失った国について、誰が同意を与えることができるか",
    whyDefault: "通常の答えは実効的支配を有する政府である。承認及び民主的正統性を重視する見解もある（諸見解の分類は Intervention in Civil Wars (Hart 2020) による）。",
    positions: { "effective-control": "国家を実効的に支配する政府", recognition: "実効的支配がなくとも、国際的に正統と承認された政府" },
  },
  civilWar: {
    question: "自国の領域で内戦が生じた後も、政府は外国の武力を招請できるか",
    whyDefault: "新しい実行は、特にテロ対策について政府への援助を容認する。古い見解は内戦のいずれの側への援助も禁ずる。問題は未決であり、記録された内戦において与えられた同意のみを決する。",
    positions: {
      "government-may-invite": "はい：政府への援助は実行上容認されている",
      "purpose-based": "内戦の帰趨を決する以外の目的（例：テロ対策）に限る",
      "negative-equality": "いいえ：内戦のいずれの側にも援助しない",
    },
  },
};

export const PROFILES_JA: Record<string, string> = {
  icj: "全体を通じてICJの解釈（すべてのスイッチが既定の立場）",
  "broad-self-defence": "一部の国の実行にみられる自衛権の広い解釈",
  restrictive: "第2条4のすべての例外の厳格な解釈",
};

import { PROFILES } from "../law/doctrine.js";
import { JP_SWITCHES } from "../law/japan/switches.js";
import { jpCite } from "../law/japan/citations.js";
import type { Standing } from "../law/doctrine.js";
import { STANDING_WORDS } from "./standing.js";

/** The switches as `casus doctrine` lists them (src/cli/main.ts), in Japanese. */
export function renderDoctrineJa(data: { switch: string; question: string; default: string; settledBy?: string; whyDefault: string; positions: { id: string; label: string; standing: Standing; sources: string[] }[] }[]): string {
  const out: string[] = [];
  for (const s of data) {
    const j = SWITCHES_JA[s.switch];
    out.push(`${s.switch}：${j?.question ?? s.question}`);
    out.push(`  既定 ${s.default}${s.settledBy ? `（${s.settledBy}により確定）` : "（未決：結論を左右する場合は各立場の下で判断する）"}：${j?.whyDefault ?? s.whyDefault}`);
    for (const d of s.positions) out.push(`    ${d.id}：${j?.positions[d.id] ?? d.label}`, `      評価：${STANDING_WORDS.ja[d.standing]}`, `      ${d.sources.join("; ")}`);
  }
  out.push("", `プロファイル（--doctrine NAME）：${Object.keys(PROFILES).map((k) => `${k}（${PROFILES_JA[k] ?? PROFILES[k as keyof typeof PROFILES].label}）`).join("、")}`);
  out.push("", "日本の国内法レイヤー（--doctrine jpIttaika=nagoya-high-court-2008）：");
  for (const s of JP_SWITCHES) {
    out.push(`${s.id}：${s.question.ja}`, `  既定 ${s.default}（未決：結論を左右する場合は各立場の下で判断する）`);
    for (const d of s.detail) out.push(`    ${d.id}：${d.ja}`, `      ${d.cite.map((x) => jpCite(x, "ja").text).join("; ")}`);
  }
  return out.join("\n");
}
