// fileURLToPath for the bundled library: the dataset is found by its name (shims/fs.ts).
export const fileURLToPath = (u: string | URL): string => String(u);
