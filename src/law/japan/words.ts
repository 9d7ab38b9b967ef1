// Japanese names of the format's Japan ids (activities, services), for Japanese sentences: an id
// written in English is never put inside a Japanese sentence. English sentences keep the id.
import type { Activity } from "./context.js";

export const ACTIVITY_JA: Readonly<Record<Activity, string>> = {
  "repel-attack": "武力攻撃の排除",
  escort: "船舶の護衛",
  "missile-interception": "弾道ミサイル等の迎撃",
  minesweeping: "機雷掃海",
  "forcible-inspection": "強制的な停船検査",
  "police-response": "不法行為への対処",
  "anti-piracy": "海賊対処",
  "asset-protection": "武器等の防護（警護）",
  "logistics-support": "後方支援",
  "search-and-rescue": "捜索救助",
  "ship-inspection": "船舶検査",
  peacekeeping: "国際平和協力業務",
  "humanitarian-relief": "人道的な国際救援活動",
  "kaketsuke-keigo": "いわゆる駆け付け警護",
  "mission-weapons-use": "任務遂行のための武器使用（安全確保業務）",
  "rescue-nationals": "在外邦人等の保護措置",
  "transport-nationals": "在外邦人等の輸送",
  preparation: "準備行為",
};

export const SERVICE_JA: Readonly<Record<string, string>> = {
  supply: "補給",
  fuel: "燃料",
  water: "水",
  ammunition: "弾薬",
  weapons: "武器",
  transport: "輸送",
  "armed-troop-transport": "武装兵員の輸送",
  "aircraft-servicing-for-combat-sorties": "戦闘作戦行動のために発進準備中の航空機への給油及び整備",
  repair: "修理",
  medical: "医療",
  communications: "通信",
  "port-services": "港湾業務",
  other: "その他",
  "public-facilities": "公共施設の復旧",
};

export const activityJa = (a: string): string => ACTIVITY_JA[a as Activity] ?? a;
export const serviceJa = (s: string): string => SERVICE_JA[s] ?? s;

/** The means of transport of nationals (SDF Act art 100-8, 84-4: 航空機, 船舶, 車両). */
export const MEANS_JA: Readonly<Record<string, string>> = { aircraft: "航空機", ship: "船舶（艦載ヘリコプターを含む）", vehicle: "車両" };
export const meansJa = (m: string): string => MEANS_JA[m] ?? m;
