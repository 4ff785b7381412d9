import { Button, Menu } from "@mantine/core";
import { apiUrl } from "#web/api-client.ts";

interface PrintActionsProps {
  sheetId: string;
  /** Which copy the PDF shows: writers may print the working draft. */
  copy: "published" | "draft";
}

const pdfUrl = (id: string, paper: "A4" | "LETTER", copy: "published" | "draft") =>
  apiUrl("/api/v1/cheatsheets/{id}/pdf", { path: { id }, query: { paper, copy } });

export function PrintActions({ sheetId, copy }: PrintActionsProps) {
  return (
    <>
      <Button variant="default" onClick={() => window.print()}>
        Print
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default">{copy === "draft" ? "Download draft PDF" : "Download PDF"}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Paper size</Menu.Label>
          <Menu.Item component="a" href={pdfUrl(sheetId, "A4", copy)} download>
            A4
          </Menu.Item>
          <Menu.Item component="a" href={pdfUrl(sheetId, "LETTER", copy)} download>
            US Letter
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
