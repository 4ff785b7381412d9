import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pdfmake from "pdfmake";

interface VirtualFileSystem {
  writeFileSync(name: string, content: Buffer): void;
}

type Printer = typeof pdfmake;
let printer: Printer | null = null;

/**
 * Tandem's pdfmake instance, made on first use (start-up does not read the
 * fonts). A private instance, so the fonts and access policies set here are
 * not changed by, and do not leak into, other users of pdfmake's shared
 * default. The fonts ship inside the pdfmake package and are held in its
 * in-memory file system, so output never depends on the machine's fonts;
 * documents may read no other file and fetch no URL.
 */
export function pdfPrinter(): Printer {
  if (printer) return printer;
  const instance = new (Object.getPrototypeOf(pdfmake).constructor as new () => Printer)();
  const fontFolder = join(dirname(createRequire(import.meta.url).resolve("pdfmake/package.json")), "fonts", "Roboto");
  const files = { normal: "Roboto-Regular.ttf", bold: "Roboto-Medium.ttf", italics: "Roboto-Italic.ttf", bolditalics: "Roboto-MediumItalic.ttf" };
  const memory = (instance as unknown as { virtualfs: VirtualFileSystem }).virtualfs;
  for (const file of Object.values(files)) memory.writeFileSync(`tandem-fonts/${file}`, readFileSync(join(fontFolder, file)));
  instance.setFonts({ Roboto: Object.fromEntries(Object.entries(files).map(([style, file]) => [style, `tandem-fonts/${file}`])) });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(() => false);
  printer = instance;
  return instance;
}
