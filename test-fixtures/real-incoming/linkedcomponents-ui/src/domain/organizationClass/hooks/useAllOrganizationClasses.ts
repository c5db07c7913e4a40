import React from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounce } from 'use-debounce';

import {
  OrganizationClassFieldsFragment,
  useOrganizationClassesQuery,
  UserFieldsFragment,
} from '../../../generated/graphql';
import getNextPage from '../../../utils/getNextPage';
import getPathBuilder from '../../../utils/getPathBuilder';
import getValue from '../../../utils/getValue';
import skipFalsyType from '../../../utils/skipFalsyType';
import { useNotificationsContext } from '../../app/notificationsContext/hooks/useNotificationsContext';
import useUser from '../../user/hooks/useUser';
import { MAX_OGRANIZATION_CLASSES_PAGE_SIZE } from '../constants';
import { organizationClassesPathBuilder } from '../utils';

type UseAllOrganizationClassesState = {
  loading: boolean;
  organizationClasses: OrganizationClassFieldsFragment[];
  user: UserFieldsFragment | undefined;
};

const useAllOrganizationClasses = (): UseAllOrganizationClassesState => {
  const { t } = useTranslation();
  const { user } = useUser();
  const { addNotification } = useNotificationsContext();

  const {
    data: organizationClassesData,
    fetchMore,
    loading,
  } = useOrganizationClassesQuery({
    notifyOnNetworkStatusChange: true,
    skip: !user,
    variables: {
      createPath: getPathBuilder(organizationClassesPathBuilder),
      pageSize: MAX_OGRANIZATION_CLASSES_PAGE_SIZE,
    },
  });

  const [debouncedLoading] = useDebounce(loading, 100);

  const handleLoadMore = React.useCallback(
    async (page: number) => {
      try {
        await fetchMore({ variables: { page } });
      } catch /* istanbul ignore next */ {
        addNotification({ label: t('common.errorLoadMore'), type: 'error' });
      }
    },
    [addNotification, fetchMore, t]
  );

  React.useEffect(() => {
    const page = organizationClassesData?.organizationClasses.meta
      ? getNextPage(organizationClassesData.organizationClasses.meta)
      : null;

    if (page) {
      handleLoadMore(page);
    }
  }, [handleLoadMore, organizationClassesData]);

  return {
    loading: debouncedLoading,
    organizationClasses: getValue(
      organizationClassesData?.organizationClasses.data.filter(skipFalsyType),
      []
    ),
    user,
  };
};

export default useAllOrganizationClasses;
