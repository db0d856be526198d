/** Performance self-evaluation scoring (domain.md §6): 执行率, 执行率得分, 完成程度, 指标得分, 总得分, 等级. */
export * from "./execution";
export * from "./indicator";
export * from "./total";
