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

import { graphql, useFragment } from "react-relay";

import type { CookieBannerSwitcherListItem_cookieBanner$key } from "#/__generated__/core/CookieBannerSwitcherListItem_cookieBanner.graphql";
import { useOrganizationId } from "#/hooks/useOrganizationId";
import { NavPanelSwitcherListItem } from "#/pages/organizations/_components/NavPanelSwitcherListItem";

import { cookieBannerPath } from "../_lib/cookieBannerPaths";

const cookieBannerSwitcherListItemFragment = graphql`
  fragment CookieBannerSwitcherListItem_cookieBanner on CookieBanner {
    id
    name
    origin
  }
`;

export interface CookieBannerSwitcherListItemProps {
  cookieBannerKey: CookieBannerSwitcherListItem_cookieBanner$key;
  selected: boolean;
}

export function CookieBannerSwitcherListItem({
  cookieBannerKey,
  selected,
}: CookieBannerSwitcherListItemProps) {
  const organizationId = useOrganizationId();
  const cookieBanner = useFragment(cookieBannerSwitcherListItemFragment, cookieBannerKey);

  return (
    <NavPanelSwitcherListItem
      to={`${cookieBannerPath(organizationId, cookieBanner.id)}/configure`}
      name={cookieBanner.name}
      detail={cookieBanner.origin}
      selected={selected}
    />
  );
}
