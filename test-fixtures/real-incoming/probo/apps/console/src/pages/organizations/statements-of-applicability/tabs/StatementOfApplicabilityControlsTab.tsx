// Copyright (c) 2026 Probo Inc <hello@probo.com>.
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in
// all copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

import {
  ActionDropdown,
  Badge,
  Button,
  DropdownItem,
  IconPencil,
  IconPlusLarge,
  IconTrashCan,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
} from "@probo/ui";
import { Suspense, useCallback, useRef } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useFragment, useRelayEnvironment } from "react-relay";
import { fetchQuery } from "relay-runtime";

import type { StatementOfApplicabilityControlsTabFragment$key } from "#/__generated__/core/StatementOfApplicabilityControlsTabFragment.graphql";
import { useMutationWithToasts } from "#/hooks/useMutationWithToasts";
import { useOrganizationId } from "#/hooks/useOrganizationId";

import {
  AddApplicabilityStatementDialog,
  type AddApplicabilityStatementDialogRef,
} from "../dialogs/AddApplicabilityStatementDialog";
import {
  EditControlDialog,
  type EditControlDialogRef,
} from "../dialogs/EditControlDialog";

const refetchStatementsQuery = graphql`
    query StatementOfApplicabilityControlsTabRefetchQuery($statementOfApplicabilityId: ID!) {
        node(id: $statementOfApplicabilityId) {
            ... on StatementOfApplicability {
                ...StatementOfApplicabilityControlsTabFragment
            }
        }
    }
`;

export const controlsFragment = graphql`
    fragment StatementOfApplicabilityControlsTabFragment on StatementOfApplicability {
        id
        organization {
            id
        }

        canCreateApplicabilityStatement: permission(
            action: "core:applicability-statement:create"
        )
        canUpdateApplicabilityStatement: permission(
            action: "core:applicability-statement:update"
        )
        canDeleteApplicabilityStatement: permission(
            action: "core:applicability-statement:delete"
        )

        applicabilityStatements(first: 1000, orderBy: { direction: ASC, field: CONTROL_SECTION_TITLE })
            @connection(key: "StatementOfApplicabilityControlsTab_applicabilityStatements") {
            __id
            edges {
                node {
                    id
                    applicability
                    justification
                    control {
                        id
                        sectionTitle
                        name
                        bestPractice
                        notImplementedJustification
                        maturityLevel
                        regulatory
                        contractual
                        riskAssessment
                        framework {
                            id
                            name
                        }
                        organization {
                            id
                        }
                    }
                }
            }
        }
    }
`;

const deleteApplicabilityStatementMutation = graphql`
    mutation StatementOfApplicabilityControlsTabDeleteMutation(
        $input: DeleteApplicabilityStatementInput!
        $connections: [ID!]!
    ) {
        deleteApplicabilityStatement(input: $input) {
            deletedApplicabilityStatementId @deleteEdge(connections: $connections)
        }
    }
`;

export default function StatementOfApplicabilityControlsTab({
  statementOfApplicability,
}: {
  statementOfApplicability: StatementOfApplicabilityControlsTabFragment$key & {
    id: string;
  };
}) {
  const { t } = useTranslation();
  const data = useFragment(controlsFragment, statementOfApplicability);
  const environment = useRelayEnvironment();
  const organizationId = useOrganizationId();
  const addStatementDialogRef = useRef<AddApplicabilityStatementDialogRef>(null);
  const editDialogRef = useRef<EditControlDialogRef>(null);

  const handleDialogClose = useCallback(() => {
    if (!data.id) return;
    fetchQuery(environment, refetchStatementsQuery, {
      statementOfApplicabilityId: data.id,
    }).subscribe({});
  }, [environment, data.id]);

  const connectionId = data.applicabilityStatements?.__id;

  const linkedControls = (data.applicabilityStatements?.edges || []).map(edge => ({
    applicabilityStatementId: edge.node.id,
    controlId: edge.node.control.id,
    sectionTitle: edge.node.control.sectionTitle,
    name: edge.node.control.name,
    frameworkId: edge.node.control.framework.id,
    frameworkName: edge.node.control.framework.name,
    organizationId: edge.node.control.organization?.id,
    applicability: edge.node.applicability,
    justification: edge.node.justification,
    bestPractice: edge.node.control.bestPractice,
    notImplementedJustification: edge.node.control.notImplementedJustification,
    maturityLevel: edge.node.control.maturityLevel,
    regulatory: edge.node.control.regulatory,
    contractual: edge.node.control.contractual,
    riskAssessment: edge.node.control.riskAssessment,
  }));

  const [deleteApplicabilityStatement, isDeleting] = useMutationWithToasts(
    deleteApplicabilityStatementMutation,
    {
      successMessage: t("statementOfApplicabilityControlsTab.messages.removed"),
      errorMessage: t("statementOfApplicabilityControlsTab.errors.remove"),
    },
  );

  const canCreate = data.canCreateApplicabilityStatement;
  const canUpdate = data.canUpdateApplicabilityStatement;
  const canDelete = data.canDeleteApplicabilityStatement;

  const handleOpenAddStatementDialog = () => {
    if (!data.organization || !connectionId) return;
    addStatementDialogRef.current?.open(data.id, data.organization.id, connectionId);
  };

  const handleOpenEditDialog = (control: {
    applicabilityStatementId: string;
    sectionTitle: string;
    name: string;
    frameworkName: string;
    applicability: boolean;
    justification: string | null;
  }) => {
    editDialogRef.current?.open({
      applicabilityStatementId: control.applicabilityStatementId,
      sectionTitle: control.sectionTitle,
      name: control.name,
      frameworkName: control.frameworkName,
      applicability: control.applicability,
      justification: control.justification,
    });
  };

  const handleDelete = async (applicabilityStatementId: string) => {
    if (!connectionId) return;
    await deleteApplicabilityStatement({
      variables: {
        input: {
          applicabilityStatementId,
        },
        connections: [connectionId],
      },
    });
  };

  return (
    <>
      <div className="space-y-4">
        {canCreate && (
          <div className="flex justify-end">
            <Button
              icon={IconPlusLarge}
              onClick={handleOpenAddStatementDialog}
            >
              {t("statementOfApplicabilityControlsTab.actions.createStatement")}
            </Button>
          </div>
        )}

        <Table className="table-fixed w-full">
          <Thead>
            <Tr>
              <Th className="w-[9%]">{t("statementOfApplicabilityControlsTab.columns.framework")}</Th>
              <Th className="w-[17%]">{t("statementOfApplicabilityControlsTab.columns.control")}</Th>
              <Th className="w-[12%]">{t("statementOfApplicabilityControlsTab.columns.applicability")}</Th>
              <Th className="w-[14%]">{t("statementOfApplicabilityControlsTab.columns.maturity")}</Th>
              <Th className="w-[7%]">{t("statementOfApplicabilityControlsTab.columns.regulatory")}</Th>
              <Th className="w-[7%]">{t("statementOfApplicabilityControlsTab.columns.contractual")}</Th>
              <Th className="w-[7%]">{t("statementOfApplicabilityControlsTab.columns.bestPractice")}</Th>
              <Th className="w-[7%]">{t("statementOfApplicabilityControlsTab.columns.riskAssessment")}</Th>
              {(canUpdate || canDelete) && (
                <Th className="w-[4%]"></Th>
              )}
            </Tr>
          </Thead>
          <Tbody>
            {linkedControls.length === 0 && (
              <Tr>
                <Td
                  colSpan={canUpdate || canDelete ? 9 : 8}
                  className="text-center text-txt-secondary py-12"
                >
                  {t("statementOfApplicabilityControlsTab.empty")}
                </Td>
              </Tr>
            )}
            {linkedControls.map(control => (
              <Tr
                key={control.controlId}
                to={`/organizations/${organizationId}/governance/frameworks/${control.frameworkId}/controls/${control.controlId}`}
              >
                <Td className="font-medium text-txt-secondary">
                  {control.frameworkName}
                </Td>
                <Td>
                  <div className="space-y-0.5">
                    <div className="text-xs text-txt-tertiary">
                      {control.sectionTitle}
                    </div>
                    <div className="text-xs">
                      {control.name}
                    </div>
                  </div>
                </Td>
                <Td>
                  <div className="space-y-1">
                    {control.applicability !== null
                      ? (
                          <Badge
                            variant={control.applicability ? "success" : "danger"}
                            size="sm"
                          >
                            {control.applicability ? t("statementOfApplicabilityControlsTab.options.yes") : t("statementOfApplicabilityControlsTab.options.no")}
                          </Badge>
                        )
                      : (
                          <span className="text-txt-tertiary">-</span>
                        )}
                    {control.justification && (
                      <p className="text-xs text-txt-secondary break-words">
                        {control.justification}
                      </p>
                    )}
                  </div>
                </Td>
                <Td>
                  {control.applicability === false
                    ? <span className="text-txt-tertiary">-</span>
                    : (
                        <div className="space-y-1">
                          <Badge
                            variant={control.maturityLevel !== "NONE" ? "success" : "neutral"}
                            size="sm"
                          >
                            {t(`statementOfApplicabilityControlsTab.maturity.${(control.maturityLevel ?? "NONE").toLowerCase()}`)}
                          </Badge>
                          {control.maturityLevel === "NONE" && control.notImplementedJustification && (
                            <p className="text-xs text-txt-secondary wrap-break-word">
                              {control.notImplementedJustification}
                            </p>
                          )}
                        </div>
                      )}
                </Td>
                <Td>
                  {control.applicability === false
                    ? <span className="text-txt-tertiary">-</span>
                    : control.regulatory
                      ? <Badge variant="success" size="sm">{t("statementOfApplicabilityControlsTab.options.yes")}</Badge>
                      : <Badge variant="danger" size="sm">{t("statementOfApplicabilityControlsTab.options.no")}</Badge>}
                </Td>
                <Td>
                  {control.applicability === false
                    ? <span className="text-txt-tertiary">-</span>
                    : control.contractual
                      ? <Badge variant="success" size="sm">{t("statementOfApplicabilityControlsTab.options.yes")}</Badge>
                      : <Badge variant="danger" size="sm">{t("statementOfApplicabilityControlsTab.options.no")}</Badge>}
                </Td>
                <Td>
                  {control.applicability === false
                    ? <span className="text-txt-tertiary">-</span>
                    : control.bestPractice
                      ? <Badge variant="success" size="sm">{t("statementOfApplicabilityControlsTab.options.yes")}</Badge>
                      : <Badge variant="danger" size="sm">{t("statementOfApplicabilityControlsTab.options.no")}</Badge>}
                </Td>
                <Td>
                  {control.applicability === false
                    ? <span className="text-txt-tertiary">-</span>
                    : control.riskAssessment
                      ? <Badge variant="success" size="sm">{t("statementOfApplicabilityControlsTab.options.yes")}</Badge>
                      : <Badge variant="danger" size="sm">{t("statementOfApplicabilityControlsTab.options.no")}</Badge>}
                </Td>
                {(canUpdate || canDelete) && (
                  <Td noLink className="text-end">
                    <ActionDropdown>
                      {canUpdate && control.applicabilityStatementId && (
                        <DropdownItem
                          icon={IconPencil}
                          onClick={(e) => {
                            e.preventDefault();
                            e.stopPropagation();
                            if (
                              typeof control.applicability
                              === "boolean"
                              && control.applicabilityStatementId
                            ) {
                              handleOpenEditDialog(
                                {
                                  applicabilityStatementId:
                                                                        control.applicabilityStatementId,
                                  sectionTitle:
                                                                        control.sectionTitle,
                                  name: control.name,
                                  frameworkName:
                                                                        control.frameworkName,
                                  applicability:
                                                                        control.applicability,
                                  justification:
                                                                        control.justification
                                                                        ?? null,
                                },
                              );
                            }
                          }}
                        >
                          {t("statementOfApplicabilityControlsTab.actions.edit")}
                        </DropdownItem>
                      )}
                      {canDelete && control.applicabilityStatementId && (
                        <DropdownItem
                          icon={IconTrashCan}
                          variant="danger"
                          onClick={(e) => {
                            e.preventDefault();
                            e.stopPropagation();
                            if (control.applicabilityStatementId) {
                              void handleDelete(
                                control.applicabilityStatementId,
                              );
                            }
                          }}
                          disabled={isDeleting}
                        >
                          {t("statementOfApplicabilityControlsTab.actions.remove")}
                        </DropdownItem>
                      )}
                    </ActionDropdown>
                  </Td>
                )}
              </Tr>
            ))}
          </Tbody>
        </Table>
      </div>

      <Suspense fallback={null}>
        <AddApplicabilityStatementDialog ref={addStatementDialogRef} onClose={handleDialogClose} />
        <EditControlDialog ref={editDialogRef} />
      </Suspense>
    </>
  );
}
