"use client";

import { ProtectedRoute } from "@/components/general/ProtectedRoute";
import { SearchBox } from "@/components/inventory/SearchBox";
import { SortOption } from "@/components/inventory/SortOption";
import { DropdownMultiselect } from "@/components/inventory/DropdownMultiselect";
import { AdminCRTable } from "@/components/client-requests/AdminCRTable";
import { RequestDetailsPage } from "@/components/client-requests/RequestDetails";
import { ConfirmModal } from "@/components/general/ConfirmModal";
import { DebounceTextbox } from "@/components/general/DebounceTextbox";
import { useClientRequests } from "@/lib/queries/client-requests";
import { useAllActiveAccounts } from "@/lib/queries/users";
import { useState, useMemo } from "react";
import { ReviewStatus } from "@/types/general";
import { exportClientRequestsAdmin } from "@/lib/csv-exports";
import { ExportButton } from "@/components/general/ExportButton";

const statusOpts: ReviewStatus[] = ["Approved", "Denied"];

export default function ClientRequestsAdminPage() {
    const { clientRequests, refetch: refetchClientRequests, setClientRequest, setClientRequestToast } = useClientRequests();
    const { allAccounts } = useAllActiveAccounts();

    const [selectedCRId, setSelectedCRId] = useState<string | null>(null);
    const selectedCR = clientRequests.find((cr) => cr.id === selectedCRId) ?? null;

    const [searchQuery, setSearchQuery] = useState<string>("");
    const [sortBy, setSortBy] = useState<"asc" | "desc" | "none">("desc");
    const [selectedStatus, setStatus] = useState<ReviewStatus[]>(statusOpts);

    const [editSinceLabel, setEditSinceLabel] = useState<string | null>("Saved");
    const [pendingAction, setPendingAction] = useState<{ status: "Approved" | "Denied" | "Not Reviewed" } | null>(null);

    const userById = useMemo(() => new Map(allAccounts.map((u) => [u.uid, u])), [allAccounts]);
    const pendingCaseManager = selectedCR ? (userById.get(selectedCR.caseManagerID) ?? null) : null;


    const handleConfirm = async () => {
        if (!pendingAction || !selectedCR) return;
        await setClientRequestToast({ ...selectedCR, status: pendingAction.status });
        setPendingAction(null);
        setSelectedCRId(null);
    };

    return (
        <ProtectedRoute allow={["Admin"]}>
            {selectedCR ? (
                <div className="flex flex-col h-full">
                    <button
                        className="w-16 h-8 text-white bg-primary rounded-xs text-sm self-start mb-[1.125rem]"
                        onClick={() => setSelectedCRId(null)}
                    >
                        Back
                    </button>
                    <span className="text-lg font-semibold text-text-1 mb-3">
                        {selectedCR.client.firstName} {selectedCR.client.lastName}
                    </span>
                    <div className="flex-1 overflow-auto min-h-0">
                        <RequestDetailsPage
                            client={selectedCR}
                            userRole="Admin"
                        />
                    </div>
                    <div className="mt-6">
                        <span className="font-bold text-text-1">Admin Notes</span>
                        <div className="h-20 w-full mt-2">
                            <DebounceTextbox
                                key={selectedCR.id}
                                initialValue={selectedCR.notes}
                                debounceMs={1500}
                                onUpdate={(value) => setClientRequest({ ...selectedCR, notes: value })}
                                setEditSince={setEditSinceLabel}
                                placeholder="Add notes..."
                            />
                        </div>
                        <span className="text-xs text-[#7D7D7D] mt-2 block h-3.5">{editSinceLabel}</span>
                    </div>
                    <div className="flex gap-2 justify-end">
                        <button
                            className="text-sm bg-primary rounded-xs h-8 px-4 text-white"
                            onClick={() => setPendingAction({ status: "Approved" })}
                        >
                            Approve
                        </button>
                        <button
                            className="text-sm rounded-xs h-8 px-4 border border-light-border"
                            onClick={() => setPendingAction({ status: "Denied" })}
                        >
                            Deny
                        </button>
                        {(selectedCR.status === "Approved" || selectedCR.status === "Denied") && (
                            <button
                                className="text-sm rounded-xs h-8 px-4 border border-light-border"
                                onClick={() => setPendingAction({ status: "Not Reviewed" })}
                            >
                                Mark Pending
                            </button>
                        )}
                    </div>
                    {pendingAction && (
                        <ConfirmModal
                            title={pendingAction.status === "Not Reviewed" ? "Mark request pending?" : pendingAction.status === "Approved" ? "Approve request?" : "Deny request?"}
                            message={`${pendingAction.status === "Not Reviewed" ? "Mark pending" : pendingAction.status === "Approved" ? "Approve" : "Deny"} ${selectedCR.client.firstName} ${selectedCR.client.lastName}'s request submitted by ${pendingCaseManager ? `${pendingCaseManager.firstName} ${pendingCaseManager.lastName}` : "this case manager"}?`}
                            onConfirm={handleConfirm}
                            onCancel={() => setPendingAction(null)}
                        />
                    )}
                </div>
            ) : (
                <div className="flex flex-col flex-1 min-h-0">
                    <div className="flex flex-col mb-6">
                        <div className="flex flex-wrap gap-3">
                            <SearchBox
                                value={searchQuery}
                                onChange={setSearchQuery}
                                onSubmit={() => refetchClientRequests()}
                            />
                            <SortOption
                                label="Date"
                                status={sortBy}
                                onChange={(status) => setSortBy(status)}
                            />
                            <DropdownMultiselect
                                label="Status"
                                options={statusOpts}
                                selected={selectedStatus}
                                setSelected={setStatus}
                            />
                            <ExportButton
                                label="Export Reviewed Requests"
                                onClick={() => exportClientRequestsAdmin(
                                    clientRequests.filter((r) => r.status !== "Not Reviewed"),
                                    allAccounts,
                                    "reviewed-client-requests.csv",
                                    true
                                )}
                                className="ml-auto"
                            />
                        </div>
                    </div>
                    <div className="flex-1 min-h-0">
                    <AdminCRTable
                        clientRequests={clientRequests
                            .filter((request) => {
                                if (!selectedStatus.includes(request.status)) return false;
                                if (request.status === "Not Reviewed") return false;
                                const norm = (s: string) => s.toLowerCase().replace(/\s/g, "");
                                const q = norm(searchQuery);
                                if (!q) return true;
                                const cm = userById.get(request.caseManagerID);
                                return [
                                    `${request.client.firstName}${request.client.lastName}`,
                                    request.client.email ?? "",
                                    request.client.phoneNumber,
                                    cm ? `${cm.firstName}${cm.lastName}` : "",
                                    cm?.email ?? "",
                                ].some((field) => norm(field).includes(q));
                            })
                            .sort((req1, req2) => {
                                let diff;
                                if (sortBy === "none") {
                                    diff = `${req1.client.lastName} ${req1.client.firstName}`.localeCompare(
                                        `${req2.client.lastName} ${req2.client.firstName}`,
                                    );
                                } else if (sortBy === "asc") {
                                    diff = (req1.date?.seconds ?? 0) - (req2.date?.seconds ?? 0);
                                } else {
                                    diff = (req2.date?.seconds ?? 0) - (req1.date?.seconds ?? 0);
                                }
                                return diff;
                            })
                        }
                        openCR={(cr) => setSelectedCRId(cr.id)}
                        onUpdateStatus={async (cr, status) => setClientRequestToast({ ...cr, status })}
                    />
                    </div>
                </div>
            )}
        </ProtectedRoute>
    );
}
