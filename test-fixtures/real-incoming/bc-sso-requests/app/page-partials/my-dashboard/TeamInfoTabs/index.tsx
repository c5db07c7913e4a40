import React, { useState, useEffect, useContext } from 'react';
import { useRouter } from 'next/router';
import styled from 'styled-components';
import { Tabs } from '@bcgov-sso/common-react-components';
import CenteredModal, { ButtonStyle } from 'components/CenteredModal';
import TeamMembersForm, { Errors, validateTeam } from 'form-components/team-form/TeamMembersForm';
import { User, Team } from 'interfaces/team';
import { Integration } from 'interfaces/Request';
import { UserSession } from 'interfaces/props';
import { getTeamIntegrations } from 'services/request';
import {
  addTeamMembers,
  getTeamMembers,
  updateTeamMember,
  deleteTeamMember,
  inviteTeamMember,
  getServiceAccount,
  requestServiceAccount,
  getServiceAccounts,
} from 'services/team';
import { withTopAlert } from 'layout/TopAlert';
import ReactPlaceholder from 'react-placeholder';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import {
  faTrash,
  faExclamationCircle,
  faEdit,
  faClock,
  faTimesCircle,
  faCheckCircle,
  faShare,
  faEye,
} from '@fortawesome/free-solid-svg-icons';
import { canDeleteMember, capitalize } from 'utils/helpers';
import type { Status } from 'interfaces/types';
import ActionButtons from 'components/ActionButtons';
import ModalContents from 'components/WarningModalContents';
import InfoOverlay from 'components/InfoOverlay';
import { Grid as SpinnerGrid } from 'react-loader-spinner';
import ServiceAccountsList from './ServiceAccountsList';
import { ErrorMessage, InfoMessage } from '@app/components/MessageBox';
import Link from '@app/components/Link';
import { SurveyContext } from '@app/utils/context';
import { docusaurusURL, messages } from '@app/utils/constants';
import { hasTeamPermission, teamPermissions } from '@app/utils/authorize';
import TableNew from '@app/components/TableNew';
import Select from 'react-select';
import { Col, Row } from 'react-bootstrap';
import ActionButton from '@app/components/ActionButton';

const INVITATION_EXPIRY_DAYS = 2;

const TabWrapper = styled.div<{ marginTop?: string; marginBottom?: string; marginLeft?: string; marginRight?: string }>`
  padding-left: 1rem;
  ${(props) => `
  margin-top: ${props.marginTop || '0'};
  margin-bottom: ${props.marginBottom || '0'};
  margin-left: ${props.marginLeft || '0'};
  margin-right: ${props.marginRight || '0'};
  `}
`;

const RightFloat = styled.td`
  float: right;
`;

const CenteredTD = styled.td`
  text-align: left !important;
`;

const TopMargin = styled.div`
  height: var(--field-top-spacing);
`;

function RoleHeader() {
  return (
    <span>
      Role&nbsp;
      <InfoOverlay
        title={''}
        content={
          'Admin: can manage integrations <span class="strong">and</span> teams. <br> Members: can <span class="strong">only</span> manage integrations.'
        }
        hide={200}
      />
    </span>
  );
}

function IntegrationActionsHeader() {
  return <span style={{ float: 'right', paddingRight: '1.8em' }}>Actions</span>;
}
function MembersActionsHeader() {
  return <span style={{ float: 'right', paddingRight: '0.4em' }}>Actions</span>;
}

const addMemberModalId = 'add-member-modal';
const deleteMemberModalId = 'delete-member-modal';
const deleteServiceAccountModalId = 'delete-service-account-modal';

export type TabKey = 'members';

const emptyMember: User = { idirEmail: '', role: 'member', pending: true };
interface Props {
  alert: any;
  currentUser: UserSession;
  team: Team;
  loadTeams: () => void;
}

const ConfirmDeleteModal = ({
  onConfirmDelete,
  type,
  openModal,
  handleClose = () => {},
}: {
  onConfirmDelete: () => void;
  type: string;
  openModal: boolean;
  handleClose?: () => void;
}) => {
  let props: {
    confirmText: string;
    buttonStyle: ButtonStyle;
    onConfirm?: () => void;
    openModal?: boolean;
    handleClose?: () => void;
  } = {
    confirmText: 'Delete',
    buttonStyle: 'danger',
    openModal,
    handleClose,
  };
  let content = '';
  let title = '';
  switch (type) {
    case 'allow':
      content = "Once they are deleted, they will no longer have access to the team's integrations.";
      title = 'Are you sure that you want to delete this team member?';
      props.onConfirm = onConfirmDelete;
      break;
    case 'notAllowed':
      content = 'Before you delete the last team admin, you must assign a new admin.';
      props.confirmText = 'Okay';
      props.buttonStyle = 'primary';
  }
  return (
    <CenteredModal
      id={deleteMemberModalId}
      title="Delete Team Member"
      icon={null}
      content={<ModalContents content={content} title={title} />}
      closable
      {...props}
    />
  );
};

const ButtonIcon = styled(FontAwesomeIcon)`
  margin-right: 10px;
  &:hover {
    cursor: pointer;
  }
`;

const RequestStatusIcon = ({ status }: { status?: Status }) => {
  if (!status) return null;
  let icon = faExclamationCircle;
  let color = 'black';
  const errorStatuses: Status[] = ['prFailed', 'applyFailed', 'planFailed'];
  if (status === 'draft') {
    icon = faEdit;
    color = '#1a5a96';
  } else if (status === 'submitted') {
    icon = faClock;
    color = '#fcba19';
  } else if (errorStatuses.includes(status)) {
    icon = faTimesCircle;
    color = '#ff0303';
  } else if (status === 'applied') {
    color = '#2e8540';
    icon = faCheckCircle;
  }
  return <FontAwesomeIcon icon={icon} aria-label={status} style={{ color }} />;
};

const MemberStatusIcon = ({ pending, invitationSendTime }: { pending?: boolean; invitationSendTime?: string }) => {
  if (!invitationSendTime) return null;
  const invitationAgeMilliseconds = new Date().getTime() - new Date(invitationSendTime).getTime();
  const invitationAgeDays = invitationAgeMilliseconds / (60 * 60 * 24 * 1000);
  let icon;
  let color;
  let title;
  if (pending && invitationAgeDays > INVITATION_EXPIRY_DAYS) {
    icon = faExclamationCircle;
    color = '#ff0303';
    title = 'Invitation Expired';
  } else if (pending) {
    icon = faClock;
    color = '#fcba19';
    title = 'Invitation Sent';
  } else {
    color = '#2e8540';
    icon = faCheckCircle;
    title = 'Active Member';
  }
  return <FontAwesomeIcon icon={icon} aria-label={title} style={{ color }} />;
};

const Requester = styled.div`
  font-size: 18px;
  font-weight: bold;
  color: #000;
  margin-bottom: 1rem;
`;

const SubTitle = styled.div`
  font-size: 18px;
  font-weight: bold;
  color: #000;
  border-bottom: 1px solid gray;
`;

const AlignCenter = styled.div`
  text-align: center;
`;

function TeamInfoTabs({ alert, currentUser, team, loadTeams }: Props) {
  const router = useRouter();
  const [members, setMembers] = useState<User[]>([]);
  const [integrations, setIntegrations] = useState<Integration[]>([]);
  const [teamServiceAccounts, setTeamServiceAccounts] = useState<Integration[]>([]);
  const [activeServiceAccount, setActiveServiceAccount] = useState<Integration | null>(null);
  const [serviceAccountInProgress, setServiceAccountInProgress] = useState<Integration | null>(null);
  const [myself, setMyself] = useState<User | null>(null);
  const [tempMembers, setTempMembers] = useState<User[]>([emptyMember]);
  const [errors, setErrors] = useState<Errors | null>();
  const [loading, setLoading] = useState(false);
  const [deleteMemberId, setDeleteMemberId] = useState<number>();
  const [modalType, setModalType] = useState('allow');
  const surveyContext = useContext(SurveyContext);

  const [openAddTeamMemberModal, setOpenAddTeamMemberModal] = useState(false);
  const [openDeleteTeamMemberModal, setOpenDeleteTeamMemberModal] = useState(false);

  const getData = async (teamId: number) => {
    setLoading(true);
    const [membersRes, integrationRes] = await Promise.all([getTeamMembers(teamId), getTeamIntegrations(teamId)]);
    const [members, err1] = membersRes;
    const [integrations, err2] = integrationRes;

    if (err1 || err2) {
      setMembers([]);
      setMyself(null);
      setIntegrations([]);
    } else {
      setMembers(members);
      setMyself(members.find((member: { idirEmail: string }) => member.idirEmail === currentUser.email));
      setIntegrations(integrations || []);
    }
    await fetchTeamServiceAccounts(teamId);
    setLoading(false);
  };

  const fetchTeamServiceAccounts = async (teamId: number) => {
    setLoading(true);
    if (hasTeamPermission(team.role, teamPermissions.MANAGE_TEAM_API_ACCOUNTS)) {
      const [serviceAccounts, err3] = await getServiceAccounts(teamId);
      if (err3) {
        setTeamServiceAccounts([]);
      } else {
        setTeamServiceAccounts(serviceAccounts);
        setActiveServiceAccount(serviceAccounts && serviceAccounts.length > 0 ? serviceAccounts[0] : null);
      }
    } else {
      setTeamServiceAccounts([]);
      setActiveServiceAccount(null);
    }
    setLoading(false);
  };

  useEffect(() => {
    setServiceAccountInProgress(null);
    getData(team.id);
  }, [team.id]);

  useEffect(() => {
    if (activeServiceAccount && activeServiceAccount.status !== 'applied' && !activeServiceAccount.archived) {
      setServiceAccountInProgress(activeServiceAccount);
    }
  }, [activeServiceAccount]);

  let interval: any;

  useEffect(() => {
    if (serviceAccountInProgress && serviceAccountInProgress.status !== 'applied') {
      clearInterval(interval);
      interval = setInterval(async () => {
        const [data, err] = await getServiceAccount(team.id, serviceAccountInProgress.id);

        if (err) {
          clearInterval(interval);
        } else {
          setServiceAccountInProgress(data);
        }
      }, 1000 * 5);
    } else {
      fetchTeamServiceAccounts(team.id);
      setServiceAccountInProgress(null);
    }
    return () => {
      interval && clearInterval(interval);
    };
  }, [serviceAccountInProgress]);

  const handleDeleteClick = (memberId?: number) => {
    if (!memberId) return;
    const canDelete = canDeleteMember(members, memberId);
    if (!canDelete) {
      setModalType('notAllowed');
    } else {
      setModalType('allow');
    }
    setDeleteMemberId(memberId);
    setOpenDeleteTeamMemberModal(true);
  };

  const onConfirmAdd = async () => {
    const [hasError, errors] = validateTeam({ name: team.name, members: tempMembers }, currentUser.email);
    if (hasError) {
      setErrors(errors);
      return;
    }

    const [, err] = await addTeamMembers({ members: tempMembers, id: team.id });
    if (err) {
      alert.show({
        variant: 'danger',
        fadeOut: 10000,
        closable: true,
        content: messages.ADD_TEAM_MEMBERS_ERROR,
      });
    } else {
      await getData(team.id);
      setTempMembers([emptyMember]);
      window.location.hash = '';
      alert.show({
        variant: 'success',
        fadeOut: 10000,
        closable: true,
        content: messages.ADD_TEAM_MEMBERS_SUCCESS,
      });
    }
  };

  const onConfirmDelete = async () => {
    if (!deleteMemberId || !team.id) return;
    const [, err] = await deleteTeamMember(Number(deleteMemberId), team.id);
    if (err) {
      alert.show({
        variant: 'danger',
        fadeOut: 10000,
        closable: true,
        content: messages.DELETE_TEAM_MEMBER_ERROR,
      });
    } else {
      setMembers(members.filter((member) => member.id !== deleteMemberId));
      const memberEmail = members.find((member) => member.id === deleteMemberId)?.idirEmail;
      alert.show({
        variant: 'success',
        fadeOut: 10000,
        closable: true,
        content: `${memberEmail} has successfully been deleted.`,
      });
    }
  };

  const viewProject = (integrationId?: number) => {
    router.push({ pathname: '/my-dashboard/integrations', query: { integr: integrationId } });
  };

  const inviteMember = async (member: User) => {
    if (!team.id) return;
    const [, err] = await inviteTeamMember(member, team.id);
    if (err) {
      alert.show({
        variant: 'danger',
        fadeOut: 10000,
        closable: true,
        content: `Failed to resend invitation.`,
      });
    } else {
      alert.show({
        variant: 'success',
        fadeOut: 10000,
        closable: true,
        content: `Sent new invitation for team member ${member.idirEmail}`,
      });
    }
  };

  const handleMemberRoleChange = async (memberId: number, role: string) => {
    const [data, err] = await updateTeamMember(team.id as number, memberId, { role });
    if (err) {
      alert.show({
        variant: 'danger',
        content: `Failed to update user role. Please try again.`,
      });
      return;
    }

    const newMembers = members.map((member: User) => {
      if (member.id === memberId) return data;
      return member;
    });

    setMembers(newMembers);

    alert.show({
      variant: 'success',
      fadeOut: 10000,
      closable: true,
      content: `Member role updated successfully`,
    });
  };

  if (!team || !myself) return null;

  const tabItems = [
    {
      key: 'members',
      label: 'Members',
      children: (
        <TabWrapper>
          {hasTeamPermission(myself?.role, teamPermissions.ADD_MEMBER) ? (
            <button
              className="primary"
              style={{ margin: '1rem 0' }}
              onClick={() => setOpenAddTeamMemberModal(true)}
              data-testid="add-new-team-member"
            >
              + Add New Team Members
            </button>
          ) : (
            <br />
          )}
          <ReactPlaceholder type="text" rows={7} ready={!loading}>
            <TableNew
              dataTestId="team-members-table"
              columns={[
                {
                  accessorKey: 'id',
                  header: '',
                },
                {
                  accessorKey: 'invitiationSendTime',
                  header: '',
                },
                {
                  accessorKey: 'status',
                  header: 'Invite Status',

                  cell: (props) => {
                    return (
                      <MemberStatusIcon
                        pending={props.row.getValue('status')}
                        invitationSendTime={props.row.getValue('invitiationSendTime')}
                      />
                    );
                  },
                },
                {
                  accessorKey: 'idirEmail',
                  header: 'Email',
                },
                {
                  accessorKey: 'role',
                  header: () => <RoleHeader />,
                  cell: (props) => {
                    const adminActionsAllowed =
                      hasTeamPermission(myself?.role, teamPermissions.UPDATE_MEMBER_ROLE) &&
                      myself.id !== props.row.getValue('id');
                    return adminActionsAllowed && !props.row.getValue('status') ? (
                      <div>
                        <Select
                          options={[
                            { value: 'member', label: 'Member' },
                            { value: 'admin', label: 'Admin' },
                          ]}
                          onChange={(option: { value: unknown; label: string } | null) =>
                            handleMemberRoleChange(
                              props.row.getValue('id') as number,
                              option ? (option.value as string) : '',
                            )
                          }
                          value={
                            props.row.getValue('role')
                              ? { value: props.row.getValue('role'), label: capitalize(props.row.getValue('role')) }
                              : null
                          }
                          styles={{
                            menuPortal: (base: any) => ({ ...base, zIndex: 9999 }),
                          }}
                          menuPortalTarget={document.body}
                          isSearchable={false}
                          isClearable={false}
                        />
                      </div>
                    ) : (
                      capitalize(props.row.getValue('role'))
                    );
                  },
                },
                {
                  accessorKey: 'actions',
                  header: () => <MembersActionsHeader />,
                  cell: (props) => {
                    const member = members.find((member) => member.id === props.row.getValue('id'));
                    const adminActionsAllowed =
                      hasTeamPermission(myself?.role, teamPermissions.UPDATE_MEMBER_ROLE) &&
                      myself.id !== props.row.getValue('id');
                    return (
                      <RightFloat>
                        {adminActionsAllowed && props.row.original.status && (
                          <ActionButton
                            icon={faShare}
                            size="lg"
                            onClick={() => inviteMember(member!)}
                            aria-label="Resend Invitation"
                            style={{ marginRight: '6px' }}
                            data-testid="resend-invitation"
                          />
                        )}
                        {adminActionsAllowed && (
                          <ActionButton
                            icon={faTrash}
                            onClick={() => handleDeleteClick(props.row.getValue('id'))}
                            size="lg"
                            aria-label="Delete User"
                            style={{ marginRight: '16px' }}
                            data-testid="delete-member"
                          />
                        )}
                      </RightFloat>
                    );
                  },
                },
              ]}
              data={members.map((member) => {
                return {
                  id: member.id,
                  status: Boolean(member.pending),
                  idirEmail: member.idirEmail,
                  role: member.role,
                  invitiationSendTime: member.createdAt,
                };
              })}
              enableGlobalSearch={false}
              hiddenColumns={['id', 'invitiationSendTime']}
              enablePagination={false}
            ></TableNew>
          </ReactPlaceholder>
        </TabWrapper>
      ),
    },
    {
      key: 'integrations',
      label: 'Integrations',
      children: (
        <TabWrapper marginTop="20px">
          <ReactPlaceholder type="text" rows={7} ready={!loading} style={{ marginTop: '20px' }}>
            <TableNew
              dataTestId="team-integrations-table"
              columns={[
                {
                  accessorKey: 'status',
                  header: 'Status',
                  cell: (props) => <RequestStatusIcon status={props.row.original.status} />,
                },
                {
                  accessorKey: 'id',
                  header: 'Request ID',
                },
                {
                  accessorKey: 'projectName',
                  header: 'Project Name',
                },
                {
                  accessorKey: 'actions',
                  header: () => <IntegrationActionsHeader />,

                  cell: (props) => {
                    return (
                      <RightFloat>
                        <ActionButtons
                          request={props.row.original}
                          onDelete={() => {
                            loadTeams();
                            getData(team?.id);
                          }}
                        >
                          <ActionButton
                            icon={faEye}
                            aria-label="view"
                            onClick={() => viewProject(props.row.original.id)}
                            size="lg"
                          />
                        </ActionButtons>
                      </RightFloat>
                    );
                  },
                },
              ]}
              data={
                integrations?.length > 0
                  ? integrations?.map((integration) => {
                      return {
                        status: integration?.status,
                        id: integration.id,
                        projectName: integration.projectName,
                      };
                    })
                  : []
              }
              enableGlobalSearch={false}
              enablePagination={false}
              noDataFoundMessage={
                <CenteredTD colSpan={5}>
                  <br />
                  There are no integrations for this team yet.
                  <br />
                  <br />
                  To add this team to an <span className="strong">existing integration</span>:
                  <span className="line-height-200"></span>
                  <ol>
                    <li>
                      Go to your{' '}
                      <span className="text-blue">
                        <span className="strong">Projects</span>
                      </span>{' '}
                      tab
                    </li>
                    <li>Select the &ldquo;pencil&rdquo; icon to edit the integration</li>
                    <li>Select this team from the &ldquo;Project Team&rdquo; drop down</li>
                  </ol>
                  <br />
                  To add this team to a <span className="strong">new integration</span>:
                  <span className="line-height-200"></span>
                  <ol>
                    <li>
                      Go to your{' '}
                      <span className="text-blue">
                        <span className="strong">Projects</span>
                      </span>{' '}
                      tab
                    </li>
                    <li>Select &ldquo;+ Request SSO Integration&rdquo;</li>
                    <li>Select &ldquo;Yes&rdquo; to allow multiple team members to manage the integration</li>
                    <li>Select this team from the &ldquo;Project Team&rdquo; drop down</li>
                  </ol>
                </CenteredTD>
              }
            />
          </ReactPlaceholder>
        </TabWrapper>
      ),
    },
  ];

  if (hasTeamPermission(myself?.role, teamPermissions.MANAGE_TEAM_API_ACCOUNTS)) {
    tabItems.push({
      key: 'service-accounts',
      label: 'CSS API Account',
      children: (
        <TabWrapper marginTop="10px">
          {loading ? (
            <AlignCenter>
              <TopMargin />
              <SpinnerGrid color="#000" height={45} width={45} wrapperClass="d-block" visible={true} />
            </AlignCenter>
          ) : (
            <Row>
              <Row>
                <Col>
                  {teamServiceAccounts.length > 0 ? (
                    <ServiceAccountsList
                      team={team}
                      selectedServiceAccount={activeServiceAccount}
                      setSelectedServiceAccount={setActiveServiceAccount}
                      teamServiceAccounts={teamServiceAccounts}
                      getTeamServiceAccounts={fetchTeamServiceAccounts}
                    />
                  ) : (
                    <button
                      style={{ marginBottom: 10 }}
                      onClick={async () => {
                        setLoading(true);
                        const [sa, err] = await requestServiceAccount(team.id);
                        if (err) {
                          setLoading(false);
                          alert.show({
                            variant: 'danger',
                            fadeOut: 10000,
                            closable: true,
                            content: err,
                          });
                        } else {
                          surveyContext?.setShowSurvey(true, 'cssApiRequest');
                          fetchTeamServiceAccounts(team.id);
                        }
                      }}
                      className="primary"
                    >
                      + Request CSS API Account
                    </button>
                  )}
                </Col>
                <Col>
                  {serviceAccountInProgress && (
                    <div
                      style={{
                        display: 'inline-flex',
                        margin: '20px 0 20px 0',
                        background: '#FFCCCB',
                        borderRadius: '5px',
                      }}
                    >
                      <div style={{ padding: 5 }}>
                        <ErrorMessage>
                          Your request for an API account could not be completed. Please{' '}
                          <Link external href="mailto:bcgov.sso@gov.bc.ca">
                            contact the Pathfinder SSO Team
                          </Link>
                        </ErrorMessage>
                      </div>
                    </div>
                  )}
                </Col>
              </Row>
              {teamServiceAccounts.length > 0 && (
                <Row>
                  <InfoMessage>
                    For more information on how to use the CSS API Account with your integrations,{' '}
                    <Link href={`${docusaurusURL}/integrating-your-application/css-app-api`} external>
                      click to learn more on our wiki page
                    </Link>
                    .
                  </InfoMessage>
                </Row>
              )}
            </Row>
          )}
        </TabWrapper>
      ),
    });
  }

  return (
    <>
      <h2>Team Details</h2>
      <Tabs defaultActiveKey={'members'} tabBarGutter={30} items={tabItems} />
      <CenteredModal
        id={addMemberModalId}
        openModal={openAddTeamMemberModal}
        handleClose={() => {
          setErrors(null);
          setTempMembers([emptyMember]);
          setOpenAddTeamMemberModal(false);
        }}
        title="Add a New Team Member"
        icon={null}
        content={
          <TeamMembersForm
            members={tempMembers}
            setMembers={setTempMembers}
            allowDelete={hasTeamPermission(myself?.role, teamPermissions.REMOVE_MEMBER)}
            errors={errors}
            currentUser={currentUser}
          />
        }
        onConfirm={onConfirmAdd}
        buttonStyle="primary"
        skipCloseOnConfirm={true}
        closable
      />
      <ConfirmDeleteModal
        onConfirmDelete={onConfirmDelete}
        type={modalType}
        openModal={openDeleteTeamMemberModal}
        handleClose={() => setOpenDeleteTeamMemberModal(false)}
      />
    </>
  );
}

export default withTopAlert(TeamInfoTabs);
