/** The budget: JavaScript fetched for a first view, gzip -9 bytes. */
export declare const BUDGET_BYTES: number;
/** Relative specifiers of static imports / re-exports in (minified) ES module code. */
export declare function staticImports(code: string): string[];
/** The data file without its frozen positions (`layout`), so the app has to compute a layout. */
export declare function withoutPositions<T extends Record<string, unknown>>(file: T): Omit<T, 'layout'>;
