import { Chip, Tab } from '@heroui/react';
import {
  Building2,
  Share2,
  Database,
  Settings,
  // FileText,
  Smartphone,
} from 'lucide-react';
import ClinicsTable from '../Clinic/ClinicsTable';
// import PrescriptionsTable from '../Clinic/PrescriptionsTable';
import DataSetsTable from './DataSetsTable';
import DataSourcesTable from './DataSourcesTable';
import {
  TrustingAccountsTable,
  TrustedAccountsTable,
  SentInvitesTable,
  ReceivedInvitesTable,
} from './DataSharingSection';
import DataExportSection from './DataExportSection';
import PumpSettingsSection from './PumpSettingsSection';
import ProfileHeader from '~/components/ui/ProfileHeader';
import ProfileTabs from '~/components/ui/ProfileTabs';
import TabTitle from '~/components/ui/TabTitle';
import UserActions from './UserActions';
import RollbarLink from '~/components/ui/RollbarLink';
import { CollapsibleGroup } from '~/components/CollapsibleGroup';
import type { ClinicianClinicMembership, Prescription } from '../Clinic/types';
import type { ResourceState } from '~/api.types';

import type {
  User,
  Profile,
  DataSet,
  DataSource,
  ConnectionRequest,
  AccessPermissionsMap,
  ShareInvite,
  PumpSettings,
} from './types';
import useLocale from '~/hooks/useLocale';
import useProfileExpanded from '~/hooks/useProfileExpanded';
import { formatShortDate } from '~/utils/dateFormatters';

export type UserProfileProps = {
  user: User;
  profile: Profile;
  clinics?: ClinicianClinicMembership[];
  totalClinics?: number;
  dataSets?: DataSet[];
  totalDataSets?: number;
  dataSources?: DataSource[];
  totalDataSources?: number;
  connectionRequests?: ConnectionRequest[];
  trustingAccounts?: AccessPermissionsMap;
  trustedAccounts?: AccessPermissionsMap;
  sentInvites?: ShareInvite[];
  receivedInvites?: ShareInvite[];
  pumpSettings?: PumpSettings[];
  isPumpSettingsLoading?: boolean;
  prescriptions?: Prescription[];
  totalPrescriptions?: number;
  prescriptionsLoading?: boolean;
  // ResourceState props for error display
  clinicsState?: ResourceState<ClinicianClinicMembership[]>;
  dataSetsState?: ResourceState<DataSet[]>;
  dataSourcesState?: ResourceState<DataSource[]>;
  pumpSettingsState?: ResourceState<PumpSettings[]>;
  prescriptionsState?: ResourceState<Prescription[]>;
  trustingAccountsState?: ResourceState<AccessPermissionsMap>;
  trustedAccountsState?: ResourceState<AccessPermissionsMap>;
  sentInvitesState?: ResourceState<ShareInvite[]>;
  receivedInvitesState?: ResourceState<ShareInvite[]>;
  // Tab control props
  selectedTab?: string;
  onTabChange?: (key: React.Key) => void;
};

export default function UserProfile({
  user,
  profile,
  clinics = [],
  totalClinics = 0,
  dataSets = [],
  totalDataSets = 0,
  dataSources = [],
  totalDataSources = 0,
  connectionRequests = [],
  trustingAccounts = {},
  trustedAccounts = {},
  sentInvites = [],
  receivedInvites = [],
  pumpSettings = [],
  isPumpSettingsLoading = false,
  // Prescriptions props - temporarily unused while tab is hidden
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  prescriptions: _prescriptions = [],
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  totalPrescriptions: _totalPrescriptions = 0,
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  prescriptionsLoading: _prescriptionsLoading = false,
  // ResourceState props for error display
  clinicsState,
  dataSetsState,
  dataSourcesState,
  pumpSettingsState,
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  prescriptionsState: _prescriptionsState,
  trustingAccountsState,
  trustedAccountsState,
  sentInvitesState,
  receivedInvitesState,
  // Tab control props
  selectedTab,
  onTabChange,
}: UserProfileProps) {
  const { emailVerified, userid: userId, username, termsAccepted } = user;
  const { fullName, clinic } = profile;
  const { locale } = useLocale();
  const profileExpandedProps = useProfileExpanded('user');

  // Determine if this is an unclaimed/custodial account
  const isUnclaimedAccount = !emailVerified && !termsAccepted;

  // Calculate counts for tab badges (excluding current user's own entries)
  const trustingAccountsCount = Object.keys(trustingAccounts).filter(
    (id) => id !== userId,
  ).length;
  const trustedAccountsCount = Object.keys(trustedAccounts).filter(
    (id) => id !== userId,
  ).length;
  const dataSharingCount =
    trustingAccountsCount +
    trustedAccountsCount +
    sentInvites.length +
    receivedInvites.length;

  // User profile header configuration
  const userIdentifiers = [
    ...(username ? [{ value: username }] : []),
    { label: 'ID:', value: userId, monospace: true },
  ];

  const userDetailFields = [
    {
      label: 'Account Type',
      value: clinic ? `Clinician (${clinic.role})` : 'Patient',
    },
    {
      label: 'Account Status',
      value: isUnclaimedAccount
        ? 'Unclaimed'
        : emailVerified
          ? 'Verified'
          : 'Unverified',
    },
    ...(termsAccepted
      ? [
          {
            label: 'Member Since',
            value: formatShortDate(termsAccepted, locale),
          },
        ]
      : []),
  ];

  const UserDetailsSection = (
    <ProfileHeader
      title={fullName || username || 'Unknown User'}
      titleRowExtra={
        isUnclaimedAccount ? (
          <Chip size="sm" variant="flat" color="warning">
            Custodial
          </Chip>
        ) : undefined
      }
      identifiers={userIdentifiers}
      actionLinks={[<RollbarLink userId={userId} />]}
      detailFields={userDetailFields}
      {...profileExpandedProps}
    />
  );

  // For clinician accounts, show tabbed interface with Clinics and Account tabs
  if (clinic) {
    return (
      <div className="flex flex-col gap-6 w-full">
        {UserDetailsSection}

        <div className="w-full">
          <ProfileTabs
            aria-label="Clinician profile sections"
            selectedKey={selectedTab}
            onSelectionChange={onTabChange}
          >
            {/* Clinics Tab */}
            <Tab
              key="clinics"
              title={
                <TabTitle
                  icon={Building2}
                  label="Clinics"
                  count={totalClinics}
                />
              }
            >
              <div className="pt-6">
                <CollapsibleGroup>
                  <ClinicsTable
                    clinics={clinics}
                    clinicsState={clinicsState}
                    totalClinics={totalClinics}
                    totalPages={1}
                    currentPage={1}
                    isFirstInGroup
                  />
                </CollapsibleGroup>
              </div>
            </Tab>

            {/* Account Tab */}
            <Tab
              key="account"
              title={<TabTitle icon={Settings} label="Account" />}
            >
              <div className="pt-6 flex flex-col gap-6">
                <UserActions user={user} />
              </div>
            </Tab>
          </ProfileTabs>
        </div>
      </div>
    );
  }

  // For patient accounts, show tabbed interface
  return (
    <div className="flex flex-col gap-6 w-full">
      {UserDetailsSection}

      <div className="w-full">
        <ProfileTabs
          aria-label="User profile sections"
          selectedKey={selectedTab}
          onSelectionChange={onTabChange}
        >
          {/* Data Tab */}
          <Tab
            key="data"
            title={
              <TabTitle icon={Database} label="Data" count={totalDataSets} />
            }
          >
            <div className="pt-6 flex flex-col gap-6">
              <CollapsibleGroup>
                <DataSetsTable
                  dataSets={dataSets}
                  dataSetsState={dataSetsState}
                  totalDataSets={totalDataSets}
                  isFirstInGroup
                />
                <DataSourcesTable
                  dataSources={dataSources}
                  connectionRequests={connectionRequests}
                  dataSourcesState={dataSourcesState}
                  totalDataSources={totalDataSources}
                />
                <DataExportSection userId={userId} />
              </CollapsibleGroup>
            </div>
          </Tab>

          {/* Device Tab */}
          <Tab
            key="device"
            title={
              <TabTitle
                icon={Smartphone}
                label="Device"
                count={pumpSettings.length}
              />
            }
          >
            <div className="pt-6">
              <PumpSettingsSection
                pumpSettings={pumpSettings}
                pumpSettingsState={pumpSettingsState}
                isLoading={isPumpSettingsLoading}
              />
            </div>
          </Tab>

          {/* Clinics Tab */}
          <Tab
            key="clinics"
            title={
              <TabTitle icon={Building2} label="Clinics" count={totalClinics} />
            }
          >
            <div className="pt-6">
              <CollapsibleGroup>
                <ClinicsTable
                  clinics={clinics}
                  clinicsState={clinicsState}
                  totalClinics={totalClinics}
                  totalPages={1}
                  currentPage={1}
                  isFirstInGroup
                />
              </CollapsibleGroup>
            </div>
          </Tab>

          {/* Data Sharing Tab */}
          <Tab
            key="sharing"
            title={
              <TabTitle
                icon={Share2}
                label="Data Sharing"
                count={dataSharingCount}
              />
            }
          >
            <div className="pt-6 flex flex-col gap-6">
              <CollapsibleGroup>
                <TrustedAccountsTable
                  accounts={trustedAccounts}
                  trustedAccountsState={trustedAccountsState}
                  currentUserId={userId}
                  isFirstInGroup
                />
                <TrustingAccountsTable
                  accounts={trustingAccounts}
                  trustingAccountsState={trustingAccountsState}
                  currentUserId={userId}
                />
                <SentInvitesTable
                  invites={sentInvites}
                  sentInvitesState={sentInvitesState}
                />
                <ReceivedInvitesTable
                  invites={receivedInvites}
                  receivedInvitesState={receivedInvitesState}
                />
              </CollapsibleGroup>
            </div>
          </Tab>

          {/* Prescriptions Tab - Hidden for now, will be re-enabled later */}
          {/* <Tab
            key="prescriptions"
            title={
              <TabTitle
                icon={FileText}
                label="Prescriptions"
                count={totalPrescriptions}
              />
            }
          >
            <div className="pt-6">
              <CollapsibleGroup>
                <PrescriptionsTable
                  prescriptions={prescriptions}
                  prescriptionsState={prescriptionsState}
                  totalPrescriptions={totalPrescriptions}
                  isLoading={prescriptionsLoading}
                  context="user"
                  isFirstInGroup
                />
              </CollapsibleGroup>
            </div>
          </Tab> */}

          {/* Account Tab */}
          <Tab
            key="account"
            title={<TabTitle icon={Settings} label="Account" />}
          >
            <div className="pt-6 flex flex-col gap-6">
              <UserActions user={user} />
            </div>
          </Tab>
        </ProfileTabs>
      </div>
    </div>
  );
}
