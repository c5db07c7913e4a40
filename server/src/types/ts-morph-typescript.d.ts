// ts-morph's bundled compiler module, typed as what ts-morph re-exports it as (see core/scan/typescript.ts).
declare module "@ts-morph/common/dist/typescript.js" {
  import { ts } from "ts-morph";
  export = ts;
}
