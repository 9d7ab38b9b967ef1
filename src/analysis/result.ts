// Transition: the answer's types now live below the law that produces them (src/answer/types.ts).
export * from "../answer/types.js";
