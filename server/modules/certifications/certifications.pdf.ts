import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import { addDays, formatLongDate as longDate } from "#server/kernel/calendar.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { pdfPrinter } from "#server/kernel/pdf-printer.ts";
import type { WorkLimit } from "#server/kernel/work-limit.ts";
import { findWorkspace } from "#server/modules/auth/auth.service.ts";
import type { CertificationRecord } from "#shared/contracts/certifications.ts";
import { certificationPolicy } from "#shared/policies/certifications.ts";
import { getCertification } from "./certifications.service.ts";

/** The last day it holds: the day before `expiresOn`. */
const lastDay = (expiresOn: string) => addDays(expiresOn, -1);

export function certificateDocument(certification: CertificationRecord, workspaceName: string): TDocumentDefinitions {
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [60, 60, 60, 60],
    info: { title: `Certificate: ${certification.member.name}, ${certification.service.name}`, author: workspaceName, creator: "Tandem" },
    defaultStyle: { font: "Roboto", fontSize: 12, color: "#1f2933" },
    content: [
      { text: workspaceName, fontSize: 14, color: "#52606d", margin: [0, 0, 0, 40] },
      { text: "Certificate", fontSize: 40, bold: true, margin: [0, 0, 0, 24] },
      { text: "This certifies that", fontSize: 14 },
      { text: certification.member.name, fontSize: 28, bold: true, margin: [0, 8, 0, 8] },
      { text: "may sell", fontSize: 14 },
      { text: certification.service.name, fontSize: 24, bold: true, margin: [0, 8, 0, 32] },
      {
        columns: [
          { stack: [{ text: "Earned", color: "#52606d" }, { text: longDate(certification.earnedOn), fontSize: 16 }] },
          { stack: [{ text: "Valid through", color: "#52606d" }, { text: longDate(lastDay(certification.expiresOn)), fontSize: 16 }] },
          { stack: [{ text: certification.number > 1 ? `Renewal ${certification.number - 1}` : "First certification", color: "#52606d" }, { text: `${certification.validityMonths} months`, fontSize: 16 }] },
        ],
      },
    ],
    footer: { text: `Certificate ${certification.id}`, fontSize: 8, color: "#7b8794", margin: [60, 20, 60, 0] },
  };
}

/** The certificate as a one-page PDF, for its holder or those who see everyone's readiness. */
export async function certificatePdf(ctx: RequestContext, id: string, limit: WorkLimit): Promise<{ filename: string; pdf: Buffer }> {
  const certification = await getCertification(ctx, id);
  enforce(certificationPolicy.downloadCertificate(ctx.actor, { memberId: certification.member.id }));
  const workspaceName = (await findWorkspace(ctx.db, ctx.workspaceId))?.name ?? "";
  await limit(ctx.actor);
  const pdf = await pdfPrinter().createPdf(certificateDocument(certification, workspaceName)).getBuffer();
  const slug = `${certification.member.name} ${certification.service.name}`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "certificate";
  return { filename: `certificate-${slug}.pdf`, pdf };
}
