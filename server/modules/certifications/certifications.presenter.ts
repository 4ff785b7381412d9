import type { Certification, CertificationRecord, Requirement, RequirementRecord } from "#shared/contracts/certifications.ts";
import type { MemberRef } from "#shared/contracts/common.ts";
import { certificationPolicy, requirementPolicy } from "#shared/policies/certifications.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import { certificationState } from "./certifications.dates.ts";
import type { CertificationRow, RequirementRow } from "./certifications.repository.ts";

type Ref = { id: string; name: string };

const formerMember = (id: string): MemberRef => ({ id, name: "Former member", email: "" });
const removedService = (id: string): Ref => ({ id, name: "Removed service" });

export function presentCertificationRecord(row: CertificationRow, refs: { members: ReadonlyMap<string, MemberRef>; services: ReadonlyMap<string, Ref> }): CertificationRecord {
  return {
    id: row.id,
    member: refs.members.get(row.member_id) ?? formerMember(row.member_id),
    service: refs.services.get(row.service_id) ?? removedService(row.service_id),
    number: row.number,
    earnedAt: row.earned_at,
    earnedOn: row.earned_on,
    expiresOn: row.expires_on,
    validityMonths: row.validity_months,
  };
}

export function presentCertification(
  row: CertificationRow,
  extra: { members: ReadonlyMap<string, MemberRef>; services: ReadonlyMap<string, Ref>; today: string; expiringDays: number; actor: PolicyActor },
): Certification {
  const { state, daysLeft } = certificationState({ expiresOn: row.expires_on }, extra.today, extra.expiringDays);
  return {
    ...presentCertificationRecord(row, extra),
    state: state === "missing" ? "expired" : state,
    daysLeft: daysLeft ?? 0,
    current: row.current === 1,
    permissions: permissionsOf(certificationPolicy, extra.actor, { memberId: row.member_id }),
  };
}

export function presentRequirementRecord(row: RequirementRow, service: Ref): RequirementRecord {
  return {
    service,
    validityMonths: row.validity_months,
    attendanceMonths: row.attendance_months,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export const presentRequirement = (record: RequirementRecord, actor: PolicyActor): Requirement => ({ ...record, permissions: permissionsOf(requirementPolicy, actor, null) });

export const certificationSummary = (record: Pick<CertificationRecord, "member" | "service">) => `Certification of ${record.member.name} for "${record.service.name}"`;
export const requirementSummary = (record: Pick<RequirementRecord, "service">) => `Certification needed to sell "${record.service.name}"`;
