import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { MEMBER_DASHBOARD_PATH } from "@forge/validators";

import type { SearchParams } from "~/lib/search-params";
import { MemberAdminDashboard } from "~/app/_components/admin/members/member-admin-dashboard";
import { parseAdminMemberSearchParams } from "~/app/_components/admin/members/params";
import { canAccessMemberAdmin } from "~/lib/admin-access";
import { auth } from "~/server/auth";
import { api } from "~/trpc/server";

export const metadata: Metadata = {
  title: "Blade | Member Admin",
  description: "Manage Knight Hacks member records and dues.",
};

export default async function AdminMembersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const session = await auth();
  if (!session) redirect("/");

  const effectivePermissions = await api.roles.getPermissions();
  if (!canAccessMemberAdmin(effectivePermissions)) {
    redirect(MEMBER_DASHBOARD_PATH);
  }

  const { input, selectedMemberId } = parseAdminMemberSearchParams(
    await searchParams,
  );
  const [data, detail, duesPaymentConfiguration] = await Promise.all([
    api.memberAdmin.getAdminMembers(input),
    selectedMemberId
      ? api.memberAdmin
          .getAdminMember({ memberId: selectedMemberId })
          .catch(() => null)
      : Promise.resolve(null),
    api.memberAdmin.getDuesPaymentConfiguration(),
  ]);

  return (
    <MemberAdminDashboard
      key={input.query}
      canEdit={
        effectivePermissions.IS_OFFICER === true ||
        effectivePermissions.EDIT_MEMBERS === true
      }
      data={data}
      detail={detail}
      duesPaymentConfiguration={duesPaymentConfiguration}
      input={input}
      isOfficer={effectivePermissions.IS_OFFICER === true}
    />
  );
}
