'use client';
import { Site, WellKnownOdsEntry } from '@types';
import { getAppInsightsClient } from '../../appInsights';
import { useEffect } from 'react';
import {
  ArrowRightCircleIcon,
  Card,
  SummaryList,
} from 'nhsuk-react-components';
import { mapSiteOverviewSummaryData } from '@services/siteService';
import { GetCurrentDateTime } from '@services/timeService';

interface SitePageProps {
  site: Site;
  permissions: string[];
  permissionsAtAnySite: string[];
  wellKnownOdsCodeEntries: WellKnownOdsEntry[];
}

export const SitePage = ({
  site,
  permissions,
  permissionsAtAnySite,
  wellKnownOdsCodeEntries,
}: SitePageProps) => {
  useEffect(() => {
    const appInsightsClient = getAppInsightsClient();
    appInsightsClient.trackEvent({
      name: 'Site Loaded',
      properties: { name: site.name },
    });
  }, [site.name]);

  const permissionsRelevantToCards = permissions.filter(
    p =>
      p === 'users:view' ||
      p === 'site:manage' ||
      p === 'site:view' ||
      p === 'availability:setup' ||
      p === 'availability:query' ||
      p === 'reports:sitesummary',
  );

  const overviewData = mapSiteOverviewSummaryData(
    site,
    wellKnownOdsCodeEntries,
  );

  return (
    <>
      <SummaryList>
        {overviewData?.items.map((item, index) => (
          <SummaryList.Row key={index}>
            <SummaryList.Key>{item.title}</SummaryList.Key>
            <SummaryList.Value>
              {typeof item.value === 'string' ? (
                item.tag !== undefined ? (
                  <span className={`nhsuk-tag nhsuk-tag--${item.tag?.colour}`}>
                    {item.value}
                  </span>
                ) : (
                  item.value
                )
              ) : (
                <div>
                  {item.value?.map((line, lineIndex) => (
                    <div key={lineIndex}>{line}</div>
                  ))}
                </div>
              )}
            </SummaryList.Value>
          </SummaryList.Row>
        ))}
      </SummaryList>

      {permissionsRelevantToCards.length > 0 && (
        <ul className="nhsuk-grid-row nhsuk-card-group">
          {permissionsRelevantToCards.includes('availability:query') && (
            <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
              <Card primary clickable>
                <Card.Heading headingLevel="h3">
                  <Card.Link
                    href={`/manage-your-appointments/site/${site.id}/view-availability/daily-appointments?date=${GetCurrentDateTime('YYYY-MM-DD')}&page=1`}
                  >
                    View availability
                  </Card.Link>
                </Card.Heading>
                <Card.Description>
                  View and manage appointments for your site
                </Card.Description>
                <ArrowRightCircleIcon />
              </Card>
            </li>
          )}
          {permissionsRelevantToCards.includes('availability:setup') && (
            <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
              <Card primary clickable>
                <Card.Heading headingLevel="h3">
                  <Card.Link
                    href={`/manage-your-appointments/site/${site.id}/create-availability`}
                  >
                    Create availability
                  </Card.Link>
                </Card.Heading>
                <Card.Description>
                  Add new availability for your site
                </Card.Description>
                <ArrowRightCircleIcon />
              </Card>
            </li>
          )}
          {(permissionsRelevantToCards.includes('site:manage') ||
            permissionsRelevantToCards.includes('site:view')) && (
            <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
              <Card primary clickable>
                <Card.Heading headingLevel="h3">
                  <Card.Link
                    href={`/manage-your-appointments/site/${site.id}/details`}
                  >
                    Change site details
                  </Card.Link>
                </Card.Heading>
                <Card.Description>
                  Change site details and accessibility information
                </Card.Description>
                <ArrowRightCircleIcon />
              </Card>
            </li>
          )}
          {permissionsRelevantToCards.includes('users:view') && (
            <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
              <Card primary clickable>
                <Card.Heading headingLevel="h3">
                  <Card.Link
                    href={`/manage-your-appointments/site/${site.id}/users`}
                  >
                    Manage users
                  </Card.Link>
                </Card.Heading>
                <Card.Description>
                  Add or remove users for your site
                </Card.Description>
                <ArrowRightCircleIcon />
              </Card>
            </li>
          )}
          {permissionsAtAnySite.includes('reports:sitesummary') && (
            <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
              <Card primary clickable>
                <Card.Heading headingLevel="h3">
                  <Card.Link href={`/manage-your-appointments/reports`}>
                    Reports
                  </Card.Link>
                </Card.Heading>
                <Card.Description>Download reports</Card.Description>
                <ArrowRightCircleIcon />
              </Card>
            </li>
          )}
        </ul>
      )}
    </>
  );
};
