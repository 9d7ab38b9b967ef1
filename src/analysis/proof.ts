// Transition: the conversion of legacy proof trees now lives below the law (src/answer/proof.ts).
export * from "../answer/proof.js";
