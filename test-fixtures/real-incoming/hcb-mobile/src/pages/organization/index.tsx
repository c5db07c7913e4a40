/* eslint-disable react/prop-types */
import AsyncStorage from "@react-native-async-storage/async-storage";
import { useBottomTabBarHeight } from "@react-navigation/bottom-tabs";
import { useFocusEffect, useTheme } from "@react-navigation/native";
import { NativeStackScreenProps } from "@react-navigation/native-stack";
import { FlashList } from "@shopify/flash-list";
import groupBy from "lodash/groupBy";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { View, ActivityIndicator, Platform } from "react-native";
import { useSWRConfig } from "swr";

import AccessDenied from "../../components/organizations/AccessDenied";
import { EmptyState } from "../../components/organizations/EmptyState";
import Header from "../../components/organizations/Header";
import { LoadingSkeleton } from "../../components/organizations/LoadingSkeleton";
import Menu from "../../components/organizations/Menu";
import OfflineNoData from "../../components/organizations/OfflineNoData";
import PlaygroundBanner from "../../components/organizations/PlaygroundBanner";
import SectionHeader from "../../components/organizations/SectionHeader";
import TapToPayBanner from "../../components/organizations/TapToPayBanner";
import TransactionWrapper from "../../components/organizations/TransactionWrapper";
import MockTransaction, {
  MockTransactionType,
} from "../../components/transaction/MockTransaction";
import { StackParamList } from "../../lib/NavigatorParamList";
import MockTransactionEngine from "../../lib/organization/useMockTransactionEngine";
import useTransactions from "../../lib/organization/useTransactions";
import Organization, {
  OrganizationExpanded,
} from "../../lib/types/Organization";
import ITransaction, {
  TransactionWithoutId,
} from "../../lib/types/Transaction";
import User from "../../lib/types/User";
import { useOffline } from "../../lib/useOffline";
import { useOfflineSWR } from "../../lib/useOfflineSWR";
import { useStripeTerminalInit } from "../../lib/useStripeTerminalInit";
import { addPendingFeeToTransactions, renderDate } from "../../utils/util";

type Props = NativeStackScreenProps<StackParamList, "Event">;

// FlashList item types
type ListItemType =
  | { type: "header"; title: string }
  | {
      type: "transaction";
      transaction: TransactionWithoutId;
      isFirst: boolean;
      isLast: boolean;
    }
  | {
      type: "mockTransaction";
      transaction: MockTransactionType;
      isFirst: boolean;
      isLast: boolean;
    };

export default function OrganizationPage({
  route: {
    params: { orgId, organization: _organization },
  },
  navigation,
}: Props) {
  const { isOnline } = useOffline();

  const {
    data: organization,
    error: organizationError,
    isLoading: organizationLoading,
    mutate: mutateOrganization,
  } = useOfflineSWR<Organization | OrganizationExpanded>(
    `organizations/${orgId}`,
    {
      fallbackData: _organization,
      onError: (err) => {
        console.error("Error fetching organization:", err, {
          context: { orgId, isOnline },
        });
      },
    },
  );

  const { data: user, isLoading: userLoading } = useOfflineSWR<User>("user");
  const [showMockData, setShowMockData] = useState(false);
  const [showTapToPayBanner, setShowTapToPayBanner] = useState(false);
  const { supportsTapToPay } = useStripeTerminalInit({
    organizationId: organization?.id,
    enabled: !!(organization && !organization.playground_mode),
  });
  const userinOrganization = useMemo(() => {
    return (
      organization &&
      "users" in organization &&
      organization.users.some((u) => u.id === user?.id)
    );
  }, [organization, user]);
  const playgroundMode = useMemo(
    () => organization?.playground_mode,
    [organization],
  );
  const donationPageAvailable = useMemo(
    () => organization?.donation_page_available,
    [organization],
  );
  const organizationErrorStatus = useMemo(() => {
    return organizationError?.toString().includes("403");
  }, [organizationError]);
  const isAccessDenied = useMemo(
    () => organizationError?.toString().includes("403"),
    [organizationError],
  );

  const {
    transactions: _transactions,
    isLoadingMore,
    loadMore,
    isLoading,
    mutate: mutateTransactions,
  } = useTransactions(orgId, "organizations");
  const { mutate } = useSWRConfig();
  const [refreshing, setRefreshing] = useState(false);
  const isRefreshingRef = useRef(false);

  useEffect(() => {
    const isOfflineNoData = organizationError && !isOnline && !organization;

    if (isAccessDenied) {
      navigation.setOptions({
        title: "Access Denied",
      });
    } else if (isOfflineNoData) {
      navigation.setOptions({
        title: "Offline",
      });
    } else if (organization) {
      navigation.setOptions({
        title: organization.name || "Organization",
      });
    }
  }, [organizationError, organization, navigation, isOnline, isAccessDenied]);

  useEffect(() => {
    const checkTapToPayBanner = async () => {
      try {
        const hasSeenBanner = await AsyncStorage.getItem(
          "hasSeenTapToPayBanner",
        );

        if (
          !hasSeenBanner &&
          userinOrganization &&
          !playgroundMode &&
          supportsTapToPay &&
          donationPageAvailable &&
          Platform.OS === "ios"
        ) {
          setShowTapToPayBanner(true);
        } else {
          setShowTapToPayBanner(false);
        }
      } catch (error) {
        console.error("Error checking tap to pay banner status", error, {
          context: { action: "check_ttp_banner" },
        });
        setShowTapToPayBanner(false);
      }
    };
    checkTapToPayBanner();
  }, [
    supportsTapToPay,
    userinOrganization,
    organization,
    playgroundMode,
    donationPageAvailable,
    user,
  ]);

  const handleDismissTapToPayBanner = async () => {
    try {
      await AsyncStorage.setItem("hasSeenTapToPayBanner", "true");
      setShowTapToPayBanner(false);
    } catch (error) {
      console.error("Error saving tap to pay banner dismiss status", error, {
        context: { action: "dismiss_ttp_banner" },
      });
      setShowTapToPayBanner(false);
    }
  };

  useEffect(() => {
    if (organization && user && !isAccessDenied) {
      navigation.setOptions({
        title: organization.name,
        headerRight: () => (
          <Menu
            user={user}
            navigation={navigation}
            organization={organization}
            supportsTapToPay={supportsTapToPay}
          />
        ),
      });
    }
  }, [organization, navigation, user, supportsTapToPay]);

  useEffect(() => {
    if (organizationErrorStatus?.toString().includes("401")) {
      mutateOrganization();
    }
  }, [organizationErrorStatus, mutateOrganization]);

  const tabBarSize = useBottomTabBarHeight();
  const { colors: themeColors } = useTheme();

  const transactions = useMemo(
    () => addPendingFeeToTransactions(_transactions, organization),
    [_transactions, organization],
  );

  const sections: { title: string; data: TransactionWithoutId[] }[] = useMemo(
    () =>
      Object.entries(
        groupBy(transactions, (t) =>
          t?.pending ? "Pending" : renderDate(t?.date),
        ),
      ).map(([title, data]) => ({
        title,
        data,
      })),
    [transactions],
  );

  const mockTransactions = useMemo(
    () => new MockTransactionEngine().generateMockTransactionList(),
    [],
  );
  const mockSections: { title: string; data: MockTransactionType[] }[] =
    useMemo(() => {
      return Object.entries(groupBy(mockTransactions, (t) => t.date))
        .sort(([dateA], [dateB]) => dateB.localeCompare(dateA))
        .map(([title, data]) => ({
          title: renderDate(title),
          data,
        }));
    }, [mockTransactions]);

  const { flatListData, stickyHeaderIndices } = useMemo(() => {
    const sectionsToUse =
      playgroundMode && showMockData ? mockSections : sections;
    const result: ListItemType[] = [];
    const headerIndices: number[] = [];

    sectionsToUse.forEach((section) => {
      headerIndices.push(result.length);
      result.push({ type: "header", title: section.title });

      section.data.forEach((item, index) => {
        if (playgroundMode && showMockData) {
          result.push({
            type: "mockTransaction",
            transaction: item as MockTransactionType,
            isFirst: index === 0,
            isLast: index === section.data.length - 1,
          });
        } else {
          result.push({
            type: "transaction",
            transaction: item as TransactionWithoutId,
            isFirst: index === 0,
            isLast: index === section.data.length - 1,
          });
        }
      });
    });

    return { flatListData: result, stickyHeaderIndices: headerIndices };
  }, [sections, mockSections, playgroundMode, showMockData]);

  const onRefresh = useCallback(
    async (showRefreshIndicator = true) => {
      if (!isOnline || isRefreshingRef.current || isAccessDenied) return;

      isRefreshingRef.current = true;
      if (showRefreshIndicator) {
        setRefreshing(true);
      }
      try {
        await mutate(
          (key) =>
            typeof key === "string" &&
            key.startsWith(`organizations/${orgId}/transactions`),
        );
        await mutateTransactions();
        await mutateOrganization();
      } catch (err) {
        if (err?.name !== "AbortError" && err?.name !== "NetworkError") {
          console.error("Error refreshing organization data:", err);
        }
      } finally {
        isRefreshingRef.current = false;
        if (showRefreshIndicator) {
          setRefreshing(false);
        }
      }
    },
    [
      isOnline,
      orgId,
      mutate,
      mutateTransactions,
      mutateOrganization,
      isAccessDenied,
    ],
  );

  useFocusEffect(
    useCallback(() => {
      if (!isLoading && !isRefreshingRef.current && !isAccessDenied) {
        onRefresh(false);
      }
    }, [onRefresh, isLoading, isAccessDenied]),
  );

  const renderListFooter = useCallback(() => {
    if (isLoadingMore && !isLoading && !playgroundMode) {
      return (
        <View style={{ padding: 20, alignItems: "center" }}>
          <ActivityIndicator size="small" color={themeColors.primary} />
        </View>
      );
    }
    return null;
  }, [isLoadingMore, isLoading, playgroundMode, themeColors.primary]);

  const renderListHeader = useCallback(() => {
    if (!organization) return null;

    return (
      <View style={{ paddingHorizontal: 20, paddingTop: 20 }}>
        {showTapToPayBanner && (
          <TapToPayBanner
            onDismiss={handleDismissTapToPayBanner}
            orgId={orgId}
          />
        )}
        {playgroundMode && <PlaygroundBanner />}
        <Header
          organization={organization}
          showMockData={showMockData}
          setShowMockData={setShowMockData}
        />
        {isLoading && <LoadingSkeleton />}
        {!isLoading && sections.length === 0 && !showMockData && (
          <EmptyState isOnline={isOnline} />
        )}
      </View>
    );
  }, [
    showTapToPayBanner,
    orgId,
    playgroundMode,
    organization,
    showMockData,
    isLoading,
    sections.length,
    isOnline,
  ]);

  const renderItem = useCallback(
    ({ item }: { item: ListItemType }) => {
      if (item.type === "header") {
        return (
          <View style={{ paddingHorizontal: 20 }}>
            <SectionHeader title={item.title} />
          </View>
        );
      }

      if (item.type === "mockTransaction") {
        return (
          <MockTransaction
            transaction={item.transaction}
            top={item.isFirst}
            bottom={item.isLast}
          />
        );
      }

      return (
        <View style={{ paddingHorizontal: 20 }}>
          <TransactionWrapper
            item={item.transaction as ITransaction}
            user={user}
            organization={organization}
            navigation={navigation}
            orgId={orgId}
            isFirst={item.isFirst}
            isLast={item.isLast}
          />
        </View>
      );
    },
    [user, organization, navigation, orgId],
  );

  const getItemType = useCallback((item: ListItemType) => {
    if (item.type === "header") {
      return "header";
    }

    if (item.type === "mockTransaction") {
      return "mockTransaction";
    }

    const transaction = item.transaction as TransactionWithoutId;
    return `transaction-${transaction.code}`;
  }, []);

  const keyExtractor = useCallback((item: ListItemType, index: number) => {
    if (item.type === "header") {
      return `header-${item.title}`;
    }
    if (
      "transaction" in item &&
      "id" in item.transaction &&
      item.transaction.id
    ) {
      return item.transaction.id;
    }
    return `item-${index}`;
  }, []);

  if (organizationLoading || userLoading) {
    return (
      <View
        style={{
          flex: 1,
          backgroundColor: themeColors.background,
          padding: 20,
        }}
      >
        <LoadingSkeleton />
      </View>
    );
  }

  // Check for offline with no cached data
  const isOfflineNoData = organizationError && !isOnline && !organization;

  if (isAccessDenied) {
    return <AccessDenied orgId={orgId} onGoBack={() => navigation.goBack()} />;
  }

  if (isOfflineNoData) {
    return (
      <OfflineNoData
        onRetry={() => {
          if (isOnline) {
            mutateOrganization();
          }
        }}
        onGoBack={() => navigation.goBack()}
      />
    );
  }

  return (
    <View style={{ flex: 1, backgroundColor: themeColors.background }}>
      {organization !== undefined ? (
        <FlashList
          data={flatListData}
          renderItem={renderItem}
          keyExtractor={keyExtractor}
          getItemType={getItemType}
          stickyHeaderIndices={stickyHeaderIndices}
          ListHeaderComponent={renderListHeader}
          ListFooterComponent={renderListFooter}
          onEndReached={loadMore}
          onEndReachedThreshold={0.2}
          refreshing={refreshing}
          onRefresh={onRefresh}
          contentContainerStyle={{
            paddingBottom: tabBarSize + 20,
          }}
          showsVerticalScrollIndicator={true}
          drawDistance={400}
        />
      ) : (
        <LoadingSkeleton />
      )}
    </View>
  );
}
