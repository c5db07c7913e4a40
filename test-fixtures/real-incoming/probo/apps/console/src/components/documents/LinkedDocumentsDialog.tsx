// Copyright (c) 2025-2026 Probo Inc <hello@probo.com>.
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
  Button,
  Dialog,
  DialogContent,
  DialogFooter,
  DocumentTypeBadge,
  IconMagnifyingGlass,
  IconPlusLarge,
  IconTrashCan,
  InfiniteScrollTrigger,
  Input,
  Spinner,
} from "@probo/ui";
import { type ReactNode, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLazyLoadQuery, usePaginationFragment } from "react-relay";
import { graphql } from "relay-runtime";

import type {
  LinkedDocumentsDialogFragment$data,
  LinkedDocumentsDialogFragment$key,
} from "#/__generated__/core/LinkedDocumentsDialogFragment.graphql";
import type { LinkedDocumentsDialogQuery } from "#/__generated__/core/LinkedDocumentsDialogQuery.graphql";
import type { LinkedDocumentsDialogQuery_fragment } from "#/__generated__/core/LinkedDocumentsDialogQuery_fragment.graphql";
import { useOrganizationId } from "#/hooks/useOrganizationId";
import type { NodeOf } from "#/types";

const documentsQuery = graphql`
  query LinkedDocumentsDialogQuery($organizationId: ID!) {
    organization: node(id: $organizationId) {
      id
      ... on Organization {
        ...LinkedDocumentsDialogFragment
      }
    }
  }
`;

const documentsFragment = graphql`
  fragment LinkedDocumentsDialogFragment on Organization
  @refetchable(queryName: "LinkedDocumentsDialogQuery_fragment")
  @argumentDefinitions(
    first: { type: "Int", defaultValue: 20 }
    order: { type: "DocumentOrder", defaultValue: null }
    after: { type: "CursorKey", defaultValue: null }
    before: { type: "CursorKey", defaultValue: null }
    last: { type: "Int", defaultValue: null }
  ) {
    documents(
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: $order
      filter: { status: [ACTIVE] }
    ) @connection(key: "LinkedDocumentsDialogQuery_documents") {
      edges {
        node {
          id
          versions(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) {
            edges {
              node {
                title
                documentType
              }
            }
          }
        }
      }
    }
  }
`;

type Props = {
  children: ReactNode;
  connectionId: string;
  disabled?: boolean;
  linkedDocuments?: { id: string }[];
  onLink: (documentId: string) => void;
  onUnlink: (documentId: string) => void;
};

export function LinkedDocumentDialog({ children, ...props }: Props) {
  const { t } = useTranslation();

  return (
    <Dialog trigger={children} title={t("linkedDocumentsDialog.title")}>
      <DialogContent>
        <Suspense fallback={<Spinner centered />}>
          <LinkedDocumentsDialogContent {...props} />
        </Suspense>
      </DialogContent>
      <DialogFooter exitLabel={t("linkedDocumentsDialog.actions.close")} />
    </Dialog>
  );
}

function LinkedDocumentsDialogContent(props: Omit<Props, "children">) {
  const organizationId = useOrganizationId();
  const query = useLazyLoadQuery<LinkedDocumentsDialogQuery>(
    documentsQuery,
    {
      organizationId,
    },
    { fetchPolicy: "network-only" },
  );
  const { data, loadNext, hasNext, isLoadingNext }
    = usePaginationFragment<LinkedDocumentsDialogQuery_fragment, LinkedDocumentsDialogFragment$key>(
      documentsFragment,
      query.organization as LinkedDocumentsDialogFragment$key,
    );
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const documents = useMemo(
    () => data.documents?.edges?.map(edge => edge.node) ?? [],
    [data.documents],
  );
  const linkedIds = useMemo(() => {
    return new Set(props.linkedDocuments?.map(m => m.id) ?? []);
  }, [props.linkedDocuments]);

  const filteredDocuments = useMemo(() => {
    return documents.filter(document =>
      document.versions.edges[0].node.title.toLowerCase().includes(search.toLowerCase()),
    );
  }, [documents, search]);

  return (
    <>
      <div className="flex items-center gap-2 sticky top-0 relative py-4 bg-linear-to-b from-50% from-level-2 to-level-2/0 px-6">
        <Input
          icon={IconMagnifyingGlass}
          placeholder={t("linkedDocumentsDialog.searchPlaceholder")}
          onValueChange={setSearch}
        />
      </div>
      <div className="divide-y divide-border-low">
        {filteredDocuments.map(document => (
          <DocumentRow
            key={document.id}
            document={document}
            linkedDocuments={linkedIds}
            onLink={props.onLink}
            onUnlink={props.onUnlink}
            disabled={props.disabled}
          />
        ))}
        {hasNext && (
          <InfiniteScrollTrigger
            loading={isLoadingNext}
            onView={() => loadNext(20)}
          />
        )}
      </div>
    </>
  );
}

type Document = NodeOf<LinkedDocumentsDialogFragment$data["documents"]>;

type RowProps = {
  document: Document;
  linkedDocuments: Set<string>;
  disabled?: boolean;
  onLink: (documentId: string) => void;
  onUnlink: (documentId: string) => void;
};

function DocumentRow(props: RowProps) {
  const { t } = useTranslation();

  const isLinked = props.linkedDocuments.has(props.document.id);
  const onClick = isLinked ? props.onUnlink : props.onLink;
  const IconComponent = isLinked ? IconTrashCan : IconPlusLarge;

  return (
    <button
      className="py-4 flex items-center gap-4 hover:bg-subtle cursor-pointer px-6 w-full h-[100px]"
      onClick={() => onClick(props.document.id)}
    >
      {props.document.versions.edges[0].node.title}
      <DocumentTypeBadge type={props.document.versions.edges[0].node.documentType} />
      <Button
        disabled={props.disabled}
        className="ml-auto"
        variant={isLinked ? "secondary" : "primary"}
        asChild
      >
        <span>
          <IconComponent size={16} />
          {" "}
          {isLinked
            ? t("linkedDocumentsDialog.actions.unlink")
            : t("linkedDocumentsDialog.actions.link")}
        </span>
      </Button>
    </button>
  );
}
