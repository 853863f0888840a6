// Parses a post's block markup with the parser WordPress itself uses on the server
// (@wordpress/block-serialization-default-parser) and prints each top-level block as JSON: its
// name, its attributes and its inner blocks' names. Run by tests/cli/publish.rs.
//   node blocks.mjs FILE
import { readFileSync } from "node:fs";
import { parse } from "@wordpress/block-serialization-default-parser";

const blocks = parse(readFileSync(process.argv[2], "utf8"));
const shape = (b) => ({
  name: b.blockName,
  attrs: b.attrs,
  inner: b.innerBlocks.map(shape),
  html: b.innerHTML.trim().slice(0, 200),
});
console.log(JSON.stringify(blocks.filter((b) => b.blockName !== null).map(shape)));
