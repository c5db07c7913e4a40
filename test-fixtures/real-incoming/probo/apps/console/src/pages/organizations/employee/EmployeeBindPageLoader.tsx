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

import { Component, type ReactNode, Suspense, useEffect } from "react";
import { useQueryLoader } from "react-relay";
import { useSearchParams } from "react-router";

import type { EmployeeBindPageQuery } from "#/__generated__/core/EmployeeBindPageQuery.graphql";
import { CoreRelayProvider } from "#/providers/CoreRelayProvider";

import {
  EmployeeBindInvalidToken,
  EmployeeBindLoading,
  EmployeeBindMissingToken,
  EmployeeBindPage,
  employeeBindPageQuery,
} from "./EmployeeBindPage";

class EmployeeBindPageErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { hasError: boolean }
> {
  state = { hasError: false };

  static getDerivedStateFromError() {
    return { hasError: true };
  }

  render() {
    if (this.state.hasError) {
      return this.props.fallback;
    }

    return this.props.children;
  }
}

function EmployeeBindPageQueryLoader({ token }: { token: string }) {
  const [queryRef, loadQuery] = useQueryLoader<EmployeeBindPageQuery>(
    employeeBindPageQuery,
  );

  useEffect(() => {
    loadQuery({ token }, { fetchPolicy: "network-only" });
  }, [loadQuery, token]);

  if (!queryRef) {
    return <EmployeeBindLoading />;
  }

  return <EmployeeBindPage queryRef={queryRef} token={token} />;
}

export default function EmployeeBindPageLoader() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get("token")?.trim() ?? "";

  if (token === "") {
    return <EmployeeBindMissingToken />;
  }

  return (
    <CoreRelayProvider>
      <EmployeeBindPageErrorBoundary
        key={token}
        fallback={<EmployeeBindInvalidToken />}
      >
        <Suspense fallback={<EmployeeBindLoading />}>
          <EmployeeBindPageQueryLoader token={token} />
        </Suspense>
      </EmployeeBindPageErrorBoundary>
    </CoreRelayProvider>
  );
}
