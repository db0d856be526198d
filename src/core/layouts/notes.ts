/** Footnote lines shared by the Liaoning tables (seed wording). */
export const ROUNDING_NOTE = "本表金额转换成万元时，因四舍五入可能存在尾差。";
export const EMPTY_NOTE = "如本表为空，则我部门本年度无此类资金收支余。";
