import { Button } from "@/components/ui/button";
import Link from "next/link";
import { BasicFundraiserSchema, CompleteOrganizationSchema } from "common";
import { connection } from "next/server";
import { FundraiserCard } from "@/components/custom/FundraiserCard";
import { FundraiserDraftCard } from "@/components/custom/FundraiserDraftCard";
import { ShieldCheck } from "lucide-react";
import { isPast } from "date-fns";
import { createClient } from "@/utils/supabase/server";
import { redirect } from "next/navigation";
import { EditOrgInfoDialog } from "@/components/custom/EditOrgInfoDialog";
import { serverFetch } from "@/lib/fetcher";

export default async function OrganizationPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  await connection(); // ensures server component is dynamically rendered at runtime, not statically rendered at build time

  const supabase = await createClient();

  // protect page (must use supabase.auth.getUser() according to docs)
  const {
    data: { user },
    error: error1,
  } = await supabase.auth.getUser();
  if (error1 || !user) {
    redirect("/");
  }

  // get auth jwt token
  const {
    data: { session },
    error: error2,
  } = await supabase.auth.getSession();
  if (error2 || !session?.access_token) {
    throw new Error("Session invalid");
  }

  const id = (await params).id;

  const org = await serverFetch(`/organization/${id}`, {
    schema: CompleteOrganizationSchema,
  });
  const fundraisers = await serverFetch(`/organization/${id}/fundraisers`, {
    token: session.access_token,
    schema: BasicFundraiserSchema.array(),
  });

  // Check if user is an admin of the organization
  if (!org.admins.map((admin) => admin.id).includes(user.id)) {
    throw new Error("You are not authorized to view this organization.");
  }

  // Separate fundraisers into three categories: active, drafts, and past
  const draftFundraisers = fundraisers.filter(
    (fundraiser) => !fundraiser.published,
  );
  const activeFundraisers = fundraisers.filter(
    (fundraiser) =>
      fundraiser.published &&
      fundraiser.pickupEvents.some((event) => !isPast(event.endsAt)),
  );
  const pastFundraisers = fundraisers.filter(
    (fundraiser) =>
      fundraiser.published &&
      fundraiser.pickupEvents.every((event) => isPast(event.endsAt)),
  );

  return (
    <div className="px-4 md:px-[157px] py-6 space-y-4">
      <div className="bg-gradient-to-r from-green-50 to-emerald-50 rounded-lg p-4 border border-green-100">
        <p className="text-lg my-auto">Welcome, admin!</p>
      </div>
      {!org.authorized && (
        <div className="bg-gradient-to-r from-red-50 to-rose-50 rounded-lg p-4 border border-red-100">
          <p className="text-sm my-auto">
            NOTE: Since this organization has not yet been approved, prospective
            buyers will not be able to see published fundraisers you make until
            then. Thank you for your patience!
          </p>
        </div>
      )}

      <div className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h1 className="flex items-center text-4xl font-bold">
            {org.name}
            {org.authorized && <ShieldCheck className="text-gray-600 ml-1" />}
          </h1>
          <EditOrgInfoDialog org={org} token={session.access_token} />
        </div>
      </div>

      <div className="flex flex-col">
        <div className="flex justify-between items-center">
          <h1 className="text-2xl font-bold">Active Fundraisers</h1>
          <Link href={`/seller/org/${id}/create-fundraiser`}>
            <Button className="ml-2">Create New Fundraiser</Button>
          </Link>
        </div>

        <div className="space-y-4 mt-4">
          {activeFundraisers.length > 0 ? (
            activeFundraisers.map((fundraiser) => (
              <FundraiserCard
                key={fundraiser.id}
                fundraiser={fundraiser}
                seller
              />
            ))
          ) : (
            <div className="text-center py-6">
              <h3 className="text-lg font-medium">No active fundraisers</h3>
              <p className="text-muted-foreground">
                {org.name} doesn&apos;t have any currently active fundraisers.
              </p>
            </div>
          )}
        </div>
      </div>

      {draftFundraisers.length > 0 && (
        <div className="flex flex-col">
          <h1 className="text-2xl font-bold">Unpublished Fundraisers</h1>

          <div className="space-y-4 mt-4">
            {draftFundraisers.map((fundraiser) => (
              <FundraiserDraftCard
                key={fundraiser.id}
                fundraiser={fundraiser}
              />
            ))}
          </div>
        </div>
      )}

      <div className="flex flex-col">
        <h1 className="text-2xl font-bold">
          Past Fundraisers ({pastFundraisers.length})
        </h1>

        <div className="space-y-4 mt-4">
          {pastFundraisers.length > 0 ? (
            pastFundraisers.map((fundraiser) => (
              <FundraiserCard
                key={fundraiser.id}
                fundraiser={fundraiser}
                seller
              />
            ))
          ) : (
            <div className="text-center py-6">
              <h3 className="text-lg font-medium">No past fundraisers</h3>
              <p className="text-muted-foreground">
                {org.name} doesn&apos;t have any past fundraisers.
              </p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
