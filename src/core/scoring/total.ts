/**
 * 绩效自评总得分 and 评价等级 (domain.md §6.1–§6.3), for the 自评表 and JS.TOTALSCORE / JS.GRADE.
 */
import { exactSum, roundHalfUp } from "../decimal";
import { fnError, negative, OVERFLOW, type CellValue, type FnResult } from "../result";

/**
 * 总得分 = 指标自评得分小计 + 预算执行率得分 − 减分项, where the 小计 is Σ指标得分 rounded half-up to 2 decimals
 * as the seed prints it (88.864 → 88.86), and the total is rounded to 2 decimals (88.86 + 10 − 0 = 98.86).
 * 减分项 is a user input (default 0; domain.md §6.3).
 */
export function totalScore(indicatorScores: readonly number[], executionScore: number, deduction = 0): FnResult<number> {
  if (deduction < 0) return negative("减分项");
  const sum = exactSum(indicatorScores);
  const subtotal = sum === undefined ? undefined : roundHalfUp(sum, 2);
  if (subtotal === undefined) return OVERFLOW;
  const total = exactSum([subtotal, executionScore, -deduction]);
  return (total === undefined ? undefined : roundHalfUp(total, 2)) ?? OVERFLOW;
}

export type GradeScheme = "standard" | "pass";

/** 优/良/中/差 (财预〔2020〕10号) or 优/良/合格/不合格 (Shanghai narratives, domain.md §5.2). */
export const GRADE_LABELS: Readonly<Record<GradeScheme, readonly [string, string, string, string]>> = {
  standard: ["优", "良", "中", "差"],
  pass: ["优", "良", "合格", "不合格"],
};

/** Lower bounds (inclusive) of 优, 良, 中/合格. */
export const GRADE_BOUNDS = [90, 80, 60] as const;

/** 等级体系: blank or 1 or 优良中差 → standard; 2 or any text with 合格 → pass. */
export function parseGradeScheme(v: CellValue): FnResult<GradeScheme> {
  if (v === null || v === undefined || v === "" || v === 0 || v === 1) return "standard";
  if (v === 2) return "pass";
  if (typeof v === "string") {
    const text = v.replace(/\s+/g, "");
    if (/合格/.test(text)) return "pass";
    if (/^(优良中差|优\/?良\/?中\/?差|优、良、中、差)$/.test(text)) return "standard";
  }
  return fnError("value", "fn.bad-scheme");
}

/** 90（含）–100 优, 80（含）–90 良, 60（含）–80 中 (合格), below 60 差 (不合格). */
export function grade(score: number, scheme: GradeScheme = "standard"): FnResult<string> {
  if (!(score >= 0 && score <= 100)) return fnError("num", "fn.score-range");
  const labels = GRADE_LABELS[scheme];
  const i = score >= GRADE_BOUNDS[0] ? 0 : score >= GRADE_BOUNDS[1] ? 1 : score >= GRADE_BOUNDS[2] ? 2 : 3;
  return labels[i] as string;
}
