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

import { useEffect, useRef } from "react";
import { useFragment, useRefetchableFragment } from "react-relay";
import { graphql } from "relay-runtime";

import type { DocumentSignatureList_peopleFragment$key } from "#/__generated__/core/DocumentSignatureList_peopleFragment.graphql";
import type { DocumentSignatureList_versionFragment$key } from "#/__generated__/core/DocumentSignatureList_versionFragment.graphql";
import type { DocumentSignatureListQuery } from "#/__generated__/core/DocumentSignatureListQuery.graphql";

import { DocumentSignatureListItem } from "./DocumentSignatureListItem";
import { DocumentSignaturePlaceholder } from "./DocumentSignaturePlaceholder";

const versionFragment = graphql`
  fragment DocumentSignatureList_versionFragment on DocumentVersion
  @refetchable(queryName: "DocumentSignatureListQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 1000 }
    cursor: { type: "CursorKey" }
    signatureFilter: { type: "DocumentVersionSignatureFilter", defaultValue: { activeContract: true, profileStates: [ACTIVE] } }
  ) {
    ...DocumentSignaturePlaceholder_versionFragment
    signatures(first: $count, after: $cursor, filter: $signatureFilter)
      @connection(
        key: "DocumentSignaturesTab_signatures"
        filters: ["filter"]
      ) {
      __id
      edges {
        node {
          id
          signedBy {
            id
          }
          ...DocumentSignatureListItemFragment
        }
      }
    }
  }
`;

const peopleFragment = graphql`
  fragment DocumentSignatureList_peopleFragment on Organization  @argumentDefinitions(
    filter: { type: "ProfileFilter" }
  ) {
    ...DocumentSignaturePlaceholder_organizationFragment
    profiles(
      first: 1000
      orderBy: { direction: ASC, field: FULL_NAME }
      filter: $filter
    ) {
      edges {
        node {
          id
          ...DocumentSignaturePlaceholder_personFragment
        }
      }
    }
  }
`;

type SignatureState = "REQUESTED" | "SIGNED";

export function DocumentSignatureList(props: {
  peopleFragmentRef: DocumentSignatureList_peopleFragment$key;
  versionFragmentRef: DocumentSignatureList_versionFragment$key;
  selectedStates: SignatureState[];
}) {
  const { peopleFragmentRef, selectedStates, versionFragmentRef } = props;

  const { profiles, ...organization } = useFragment<DocumentSignatureList_peopleFragment$key>(
    peopleFragment,
    peopleFragmentRef,
  );
  const [version, refetch] = useRefetchableFragment<
    DocumentSignatureListQuery,
    DocumentSignatureList_versionFragment$key
  >(
    versionFragment,
    versionFragmentRef,
  );
  const signatureMap = new Map(version.signatures.edges.map(({ node }) => [node.signedBy.id, node]));

  const isFirstRender = useRef(true);

  // Refetch when filter changes (skip initial render)
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }

    const filter = {
      activeContract: true,
      profileStates: ["ACTIVE" as const],
      ...(selectedStates.length > 0 ? { states: selectedStates } : {}),
    };

    refetch({ signatureFilter: filter });
  }, [selectedStates, refetch]);

  const filteredPeople
    = selectedStates.length > 0
      ? profiles.edges.filter(({ node }) => signatureMap.has(node.id))
      : profiles.edges;

  return (
    <div className="space-y-2 divide-y divide-border-solid">
      {filteredPeople.map(({ node: p }) => {
        const signature = signatureMap.get(p.id);
        return (
          signature
            ? (
                <DocumentSignatureListItem
                  key={signature.id}
                  fragmentRef={signature}
                  connectionId={version.signatures.__id}
                />
              )
            : (
                <DocumentSignaturePlaceholder
                  connectionId={version.signatures.__id}
                  key={p.id}
                  personFragmentRef={p}
                  organizationFragmentRef={organization}
                  versionFragmentRef={version}
                />
              )
        );
      })}
    </div>
  );
}
