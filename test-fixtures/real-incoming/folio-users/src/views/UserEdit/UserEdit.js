import React from 'react';
import PropTypes from 'prop-types';
import { v4 as uuidv4 } from 'uuid';
import { FormattedMessage } from 'react-intl';

import {
  chunk,
  cloneDeep,
  find,
  omit,
  get,
} from 'lodash';

import {
  LoadingView,
  dayjs,
} from '@folio/stripes/components';
import {
  CalloutContext,
  withOkapiKy,
  checkIfUserInMemberTenant,
} from '@folio/stripes/core';

import { getProfilePictureConfig } from '../../utils';
import {
  getRecordObject,
  getCentralTenantId,
} from '../../components/util';

import UserForm from './UserForm';
import { toUserAddresses, getFormAddressList } from '../../components/data/converters/address';
import contactTypes from '../../components/data/static/contactTypes';
import {
  OKAPI_TENANT_HEADER,
  USER_FIELDS_TO_CHECK,
  deliveryFulfillmentValues,
  PREFERRED_SP_NONE,
} from '../../constants';
import { resourcesLoaded, showErrorCallout } from './UserEditHelpers';
import { preferredEmailCommunicationOptions } from '../../components/EditSections/EditContactInfo/constants';
import withUserRoles from '../../components/Wrappers/withUserRoles';

class UserEdit extends React.Component {
  static propTypes = {
    stripes: PropTypes.object,
    resources: PropTypes.object,
    history: PropTypes.object,
    location: PropTypes.object,
    match: PropTypes.object,
    okapiKy: PropTypes.func.isRequired,
    updateProxies: PropTypes.func,
    updateSponsors: PropTypes.func,
    updateServicePoints: PropTypes.func,
    getUserServicePoints: PropTypes.func,
    getPreferredServicePoint: PropTypes.func,
    mutator: PropTypes.object,
    numberGeneratorData: PropTypes.object,
    getProxies: PropTypes.func,
    getSponsors: PropTypes.func,
    /* assignedRoleIds, updateUserRoles,checkUserInKeycloak, setIsCreateKeycloakUserConfirmationOpen,
    isCreateKeycloakUserConfirmationOpen,submitCreateKeycloakUser comes from withUserRoles HOC
    */
    assignedRoleIds: PropTypes.object,
    setAssignedRoleIds: PropTypes.func,
    tenantId: PropTypes.string,
    setTenantId: PropTypes.func,
    isCreateKeycloakUserConfirmationOpen: PropTypes.bool,
    initialAssignedRoleIds: PropTypes.object,
    isLoadingAffiliationRoles: PropTypes.bool.isRequired,
    keycloakMissingTenantNames: PropTypes.string,
    setKeycloakMissingTenantNames: PropTypes.func,
    keycloakMissingTenantCount: PropTypes.number,
    setKeycloakMissingTenantCount: PropTypes.func,
    checkAndHandleKeycloakAuthUser: PropTypes.func,
    confirmCreateKeycloakUser: PropTypes.func,
    setIsCreateKeycloakUserConfirmationOpen: PropTypes.func.isRequired,
  }

  static contextType = CalloutContext;

  state = {
    isLoading: true,
  };

  componentDidUpdate() {
    const { resources } = this.props;
    const { isLoading } = this.state;

    const isDataLoading = !resourcesLoaded(resources, ['uniquenessValidator']) || (!this.getUser() && this.props.match.params.id);

    // Show loading only when opening the page, because some resources are re-fetched during form save,
    // which remounts custom fields components, triggering form.change(), which makes the form dirty
    // and prevents redirection by showing the "Are you sure?" modal.
    if (isLoading && !isDataLoading) {
      this.setState({ isLoading: false });
    }
  }

  updateSP = null;
  pendingCreateRecord = null;

  getUser() {
    const { resources, match: { params: { id } } } = this.props;
    const selUser = (resources.selUser || {}).records || [];

    if (selUser.length === 0 || !id) return null;
    // Logging below shows this DOES sometimes find the wrong record. But why?
    // console.log(`getUser: found ${selUser.length} users, id '${selUser[0].id}' ${selUser[0].id === id ? '==' : '!='} '${id}'`);
    return selUser.find(u => u.id === id);
  }

  getPreferredContactTypeIdsFormValue(preferredContactTypeIds) {
    return preferredContactTypeIds?.map(c => contactTypes.find(t => t.value === c)).filter(Boolean);
  }

  getPrefEmailCommunicationFormValue(prefEmailComm) {
    return prefEmailComm?.every(item => typeof item === 'string') ?
      prefEmailComm?.map(a => {
        return preferredEmailCommunicationOptions.find(b => b.value === a);
      }) : prefEmailComm;
  }

  getDepartmentsInitialValue = (departments = []) => {
    const data = this.getUserFormData();

    return departments.map(id => {
      const label = data.departments.find(department => department.id === id)?.name || '';

      return {
        value: id,
        label,
      };
    });
  }

  getUserFormValues() {
    const {
      getProxies,
      getSponsors,
      getPreferredServicePoint,
      getUserServicePoints,
      initialAssignedRoleIds,
      match,
    } = this.props;

    const initialFormValues = {
      active: true,
      personal: {
        addresses: [],
        firstName: '',
      },
      requestPreferences: {
        holdShelf: true,
        delivery: false,
        defaultServicePointId: null,
        defaultDeliveryAddressTypeId: null,
      },
      username: '',
      type: '',
      preferredEmailCommunication: [],
    };

    if (!match.params.id) return initialFormValues;

    const user = this.getUser();
    const userFormValues = cloneDeep(user);

    if (!userFormValues.personal) {
      userFormValues.personal = {};
    }

    userFormValues.personal.addresses = getFormAddressList(get(user, 'personal.addresses', []));
    userFormValues.personal.preferredContactTypeIds = this.getPreferredContactTypeIdsFormValue(get(user, 'personal.preferredContactTypeIds', []));
    userFormValues.preferredEmailCommunication = this.getPrefEmailCommunicationFormValue(userFormValues.preferredEmailCommunication);

    return {
      ...userFormValues,
      departments: this.getDepartmentsInitialValue(userFormValues.departments),
      preferredServicePoint: getPreferredServicePoint(),
      proxies: getProxies(),
      sponsors: getSponsors(),
      servicePoints: getUserServicePoints(),
      assignedRoleIds: initialAssignedRoleIds,
      requestPreferences: {
        ...initialFormValues.requestPreferences,
        ...get(this.props.resources, 'requestPreferences.records[0].requestPreferences[0]', {})
      },
    };
  }

  getUserFormData() {
    const {
      resources,
      assignedRoleIds
    } = this.props;
    const formData = getRecordObject(
      resources,
      'patronGroups',
      'addressTypes',
      'servicePoints',
      'departments',
      'userReadingRoomPermissions'
    );

    return { ...formData, assignedRoleIds };
  }

  createRequestPreferences = (requestPreferencesData, userId) => {
    const { mutator } = this.props;
    const payload = {
      userId,
      fulfillment: deliveryFulfillmentValues.HOLD_SHELF,
      ...requestPreferencesData,
    };

    mutator.requestPreferences.POST(payload);
  }

  updateRequestPreferences = (requestPreferences) => {
    const {
      match,
      mutator,
    } = this.props;

    const payload = {
      userId: match.params.id,
      holdShelf: true,
      fulfillment: deliveryFulfillmentValues.HOLD_SHELF,
      ...requestPreferences,
    };

    mutator.requestPreferences
      .PUT(payload)
      .catch((e) => showErrorCallout(e, this.context.sendCallout));
  }

  deleteEmptyFields = (user) => {
    USER_FIELDS_TO_CHECK.forEach((field) => {
      const [property, nestedProperty] = field.split('.');
      const fieldProperty = nestedProperty ? user[property][nestedProperty] : user[property];

      if (!fieldProperty?.trim()) {
        if (nestedProperty) {
          delete user[property][nestedProperty];
        } else {
          delete user[property];
        }
      }
    });
  };

  formatPrefEmailCommPayload = prefEmailComm => (
    prefEmailComm?.map(option => option.value)
  )

  formatPreferredContactTypeIds = preferredContactTypeIds => (
    preferredContactTypeIds?.map(option => option.value)
  )

  formatDepartments = (departments = []) => {
    return departments.map(({ value }) => value);
  }

  performCreate = ({ requestPreferences, ...userFormData }) => {
    const { mutator, history, location: { search }, stripes } = this.props;
    const userData = cloneDeep(userFormData);
    const user = { ...userData, id: uuidv4() };
    user.personal.addresses = toUserAddresses(user.personal.addresses);
    user.personal.email = user.personal.email.trim();
    user.personal.preferredContactTypeIds = this.formatPreferredContactTypeIds(user.personal.preferredContactTypeIds);
    user.departments = this.formatDepartments(user.departments);
    this.deleteEmptyFields(user);

    if (stripes.hasInterface('users', '16.2')) {
      user.preferredEmailCommunication = this.formatPrefEmailCommPayload(user.preferredEmailCommunication);
    } else {
      delete user.preferredEmailCommunication;
    }

    return mutator.records.POST(user)
      .then(() => {
        this.createRequestPreferences(requestPreferences, user.id);
        return mutator.perms.POST({ userId: user.id, permissions: [] });
      })
      .then(() => {
        history.push(`/users/preview/${user.id}${search}`);
      }).catch((e) => showErrorCallout(e, this.context.sendCallout));
  }

  create = (record) => {
    const {
      stripes,
      setIsCreateKeycloakUserConfirmationOpen,
      setKeycloakMissingTenantNames,
      setKeycloakMissingTenantCount,
    } = this.props;
    const isMemberTenant = checkIfUserInMemberTenant(stripes);
    const centralTenantId = getCentralTenantId(stripes);

    if (isMemberTenant && stripes.hasInterface('users-keycloak')) {
      this.pendingCreateRecord = record;
      const centralTenantName = stripes.user?.user?.tenants?.find(t => t.id === centralTenantId)?.name || centralTenantId;
      setKeycloakMissingTenantNames(centralTenantName);
      setKeycloakMissingTenantCount(1);
      setIsCreateKeycloakUserConfirmationOpen(true);
      return undefined;
    }

    return this.performCreate(record);
  }

  handleConfirmKeycloakCreate = () => {
    const { setIsCreateKeycloakUserConfirmationOpen } = this.props;

    setIsCreateKeycloakUserConfirmationOpen(false);
    this.performCreate(this.pendingCreateRecord);
    this.pendingCreateRecord = null;
  }

  handleCancelKeycloakCreate = () => {
    const { setIsCreateKeycloakUserConfirmationOpen } = this.props;

    setIsCreateKeycloakUserConfirmationOpen(false);
    this.pendingCreateRecord = null;
  }

  formatCustomFieldsPayload(customFields) {
    const copiedCustomFields = { ...customFields };

    Object.keys(copiedCustomFields).forEach(customFieldId => {
      if (!copiedCustomFields[customFieldId]) {
        delete copiedCustomFields[customFieldId];
      }
    });

    return copiedCustomFields;
  }

  updateUserReadingRoomAccess(list) {
    const { mutator } = this.props;
    const payload = list.filter(Boolean);

    mutator.userReadingRoomPermissions.PUT(payload);
  }

  redirect = () => {
    const {
      match: { params },
      history,
      location: {
        state,
        search,
      },
    } = this.props;
    history.push({
      pathname: params.id ? `/users/preview/${params.id}` : '/users',
      search,
      state,
    });
  }

  afterUpdate = async () => {
    const { setIsCreateKeycloakUserConfirmationOpen } = this.props;

    if (this.updateSP) {
      setIsCreateKeycloakUserConfirmationOpen(false);
      await this.updateSP();
    }

    this.redirect();
  }

  async update({ requestPreferences, readingRoomsAccessList, ...userFormData }) {
    const {
      updateProxies,
      updateSponsors,
      updateServicePoints,
      resources,
      stripes,
      match,
    } = this.props;

    const propertiesToOmit = ['creds', 'proxies', 'sponsors', 'permissions', 'servicePoints', 'preferredServicePoint', 'assignedRoleIds', 'initialAssignedRoleIds', 'tenantId'];
    const user = cloneDeep(userFormData);
    const prevUser = resources?.selUser?.records?.[0] ?? {};

    // update user reading room access
    if (get(resources, 'userReadingRoomPermissions') && readingRoomsAccessList?.length) {
      this.updateUserReadingRoomAccess(readingRoomsAccessList);
    }

    if (get(resources, 'requestPreferences.records[0].totalRecords')) {
      this.updateRequestPreferences(requestPreferences);
    } else {
      this.createRequestPreferences(requestPreferences, user.id);
    }

    this.deleteEmptyFields(user);
    user.personal.addresses = toUserAddresses(user.personal.addresses); // eslint-disable-line no-param-reassign
    user.personal.email = user.personal.email?.trim();
    user.personal.preferredContactTypeIds = this.formatPreferredContactTypeIds(user.personal.preferredContactTypeIds);
    user.departments = this.formatDepartments(user.departments);

    if (stripes.hasInterface('users', '16.2')) {
      user.preferredEmailCommunication = this.formatPrefEmailCommPayload(user.preferredEmailCommunication);
    } else {
      delete user.preferredEmailCommunication;
    }

    const { proxies, sponsors, permissions, servicePoints, preferredServicePoint } = user;

    if (stripes.hasPerm('proxiesfor.item.put,proxiesfor.item.post')) {
      updateProxies(proxies || []);
      updateSponsors(sponsors || []);
    }

    if (stripes.hasPerm('ui-users.perms.edit')) {
      this.updatePermissions(user.id, permissions);
    }

    if (stripes.hasPerm('inventory-storage.service-points-users.item.post,inventory-storage.service-points-users.item.put')) {
      const updateSP = () => updateServicePoints(servicePoints, preferredServicePoint);
      const hasUserEditedTheirOwnRecord = match.params.id === stripes.user.user.id;

      if (hasUserEditedTheirOwnRecord && preferredServicePoint === PREFERRED_SP_NONE) {
        // When a user edits their own record and have "NONE" as the preferred service point,
        // we need to stop the redirect, display the service points ChangeServicePoint modal,
        // and only redirect after the user confirms/cancels the modal.
        // Display the service points modal only after the user record has been updated.
        this.updateSP = updateSP;
      } else {
        updateSP();
      }
    }

    const data = omit(user, propertiesToOmit);
    const today = dayjs().endOf('day');
    const curActive = user.active;
    const prevActive = prevUser.active;
    const formattedCustomFieldsPayload = this.formatCustomFieldsPayload(data.customFields);

    data.customFields = formattedCustomFieldsPayload;

    // if active has been changed manually on the form
    // or if the expirationDate has been removed
    if (curActive !== prevActive || !user.expirationDate) {
      data.active = curActive;
    } else {
      data.active = (dayjs(user.expirationDate).endOf('day').isSameOrAfter(today));
    }

    await this.updateUserData(data);
  }

  async updateUserData(data) {
    const { mutator, stripes } = this.props;
    try {
      if (stripes.hasInterface('users-keycloak')) {
        await this.props.checkAndHandleKeycloakAuthUser(this.afterUpdate, data, mutator);
      } else {
        await mutator.selUser.PUT(data);
        await this.afterUpdate();
      }
    } catch (e) {
      showErrorCallout(e, this.context.sendCallout);
    }
  }

  async updatePermissions(userId, permissionsMap = {}) {
    const CHUNK_SIZE = 5;

    const result = await chunk(Object.entries(permissionsMap), CHUNK_SIZE)
      .reduce(async (prevPromise, itemsChunk) => {
        const prev = await prevPromise;
        const curr = await Promise.all(itemsChunk.map(([tenant, permissions]) => (
          this.updateUserTenantPermissions(userId, permissions, tenant)
        )));

        return prev.concat(curr);
      }, Promise.resolve([]));

    return result;
  }

  updateUserTenantPermissions = async (userId, permissions, tenant) => {
    const { stripes } = this.props;

    // the perms parameter is an array of permission objects, but the permissions API
    // wants an array of permission names.
    const permissionNames = (permissions ?? []).map(p => p.permissionName);
    const isCurrentTenant = tenant === stripes.okapi.tenant;

    if (isCurrentTenant) return this.updateCurrentTenantPermissions(userId, permissionNames);

    const recordService = this.getTenantPermUserRecordService(tenant);
    const permUserRecord = await recordService.getByUserId(userId);

    if (permUserRecord) {
      return recordService.update({
        ...omit(permUserRecord, 'metadata'),
        permissions: permissionNames,
      }).catch((e) => showErrorCallout(e, this.context.sendCallout));
    } else {
      const record = await recordService.create({ userId });

      return recordService.update({
        ...omit(record, 'metadata'),
        permissions: permissionNames,
      }).catch((e) => showErrorCallout(e, this.context.sendCallout));
    }
  }

  getTenantPermUserRecordService = (tenant) => {
    const { okapiKy } = this.props;

    const ky = okapiKy.extend({
      hooks: {
        beforeRequest: [
          request => {
            request.headers.set(OKAPI_TENANT_HEADER, tenant);
          },
        ],
      }
    });

    const searchParams = {
      full: true,
      indexField: 'userId',
    };

    return {
      getByUserId: (userId) => ky.get(`perms/users/${userId}`, { searchParams }).json(),
      create: (json) => ky.post('perms/users', { json }).json(),
      update: (json) => ky.put(`perms/users/${json.id}`, { json }).json(),
    };
  }

  async updateCurrentTenantPermissions(userId, permissionNames) {
    const {
      permissions: permissionsMutator,
      perms: permUserMutator,
      permUserId,
    } = this.props.mutator;

    const { perms: permUserRecords } = this.props.resources;

    // If the user record has never had any associated permissions, a user permissions
    // record may not exist. The PUT operation will fail if that's the case; thus,
    // if no record is found, one has to be created before we assign the permissions
    // as the last step.
    if (permUserRecords.records.length === 1) {
      const record = permUserRecords.records[0];

      // N.B. permUserId is the id of the *permissions user* record, not the regular
      // user record!
      permUserId.replace(record.id);
      record.permissions = permissionNames;

      // Currently there is a bug (https://issues.folio.org/browse/MODPERMS-100) that
      // requires us to remove the metadata object before sending the request.
      delete record.metadata;

      permissionsMutator
        .PUT(record)
        .catch((e) => showErrorCallout(e, this.context.sendCallout));
    } else {
      // Create a new permissions user record first
      await permUserMutator.POST({ userId }).then(record => {
        record.permissions = permissionNames;
        permUserId.replace(record.id);
        permissionsMutator
          .PUT(record)
          .catch((e) => showErrorCallout(e, this.context.sendCallout));
      });
    }
  }

  render() {
    const {
      history,
      resources,
      location,
      match: { params },
      numberGeneratorData,
      isCreateKeycloakUserConfirmationOpen,
      setTenantId,
      tenantId,
      setAssignedRoleIds,
      isLoadingAffiliationRoles,
      keycloakMissingTenantNames,
      keycloakMissingTenantCount,
      assignedRoleIds
    } = this.props;
    const { isLoading } = this.state;

    const profilePictureConfig = getProfilePictureConfig({ resources });

    if (isLoading) {
      return (
        <LoadingView
          data-test-form-page
          paneTitle={params.id ?
            <FormattedMessage id="ui-users.edit" /> :
            <FormattedMessage id="ui-users.crud.createUser" />
          }
          defaultWidth="100%"
        />
      );
    }

    // data is information that the form needs, mostly to populate options lists
    const formData = this.getUserFormData();
    const isCreating = !params.id;

    const onSubmit = isCreating
      ? (record) => this.create(record)
      : (record) => this.update(record);

    return (
      <UserForm
        formData={formData}
        initialValues={this.getUserFormValues()} // values are strictly values...if we're editing (id param present) pull in existing values.
        onSubmit={onSubmit}
        onCancel={this.redirect}
        uniquenessValidator={this.props.mutator.uniquenessValidator}
        match={this.props.match}
        numberGeneratorData={numberGeneratorData}
        location={location}
        history={history}
        stripes={this.props.stripes}
        profilePictureConfig={profilePictureConfig}
        isCreateKeycloakUserConfirmationOpen={isCreateKeycloakUserConfirmationOpen}
        onCancelKeycloakConfirmation={isCreating ? this.handleCancelKeycloakCreate : this.afterUpdate}
        confirmCreateKeycloakUser={isCreating ? this.handleConfirmKeycloakCreate : () => this.props.confirmCreateKeycloakUser(this.afterUpdate)}
        setTenantId={setTenantId}
        tenantId={tenantId}
        setAssignedRoleIds={setAssignedRoleIds}
        assignedRoleIds={assignedRoleIds}
        isLoadingAffiliationRoles={isLoadingAffiliationRoles}
        keycloakMissingTenantNames={keycloakMissingTenantNames}
        keycloakMissingTenantCount={keycloakMissingTenantCount}
      />
    );
  }
}

export default withOkapiKy(withUserRoles(UserEdit));
