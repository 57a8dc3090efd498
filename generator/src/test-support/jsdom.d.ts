// jsdom ships no types and only the test helper in mermaid.ts uses it: just what it needs.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { readonly document: object };
  }
}
