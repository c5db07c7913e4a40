import { QueryResult, useQuery } from "@apollo/client";
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
// Interface
import {
  IRiderProfileResponse,
  IUserContextProps,
  IUserProviderProps,
} from "@/lib/utils/interfaces";
// API
import { RIDER_ORDERS, RIDER_PROFILE } from "@/lib/apollo/queries";
import {
  SUBSCRIPTION_ASSIGNED_RIDER,
  SUBSCRIPTION_ZONE_ORDERS,
} from "@/lib/apollo/subscriptions";
import { asyncStorageEmitter } from "@/lib/services/async-storage";
import { RIDER_ID } from "@/lib/utils/constants";
import { IOrder } from "@/lib/utils/interfaces/order.interface";
import {
  IRiderEarnings,
  IRiderEarningsArray,
} from "@/lib/utils/interfaces/rider-earnings.interface";
import AsyncStorage from "@react-native-async-storage/async-storage";

const UserContext = createContext<IUserContextProps>({} as IUserContextProps);

// Stable reference for the "no orders" case so consumers don't see a new []
// (and re-render) on every provider render.
const EMPTY_ORDERS: IOrder[] = [];

export const UserProvider = ({ children }: IUserProviderProps) => {
  // States
  const [modalVisible, setModalVisible] = useState<
    IRiderEarnings & { bool: boolean }
  >({
    bool: false,
    _id: "",
    date: "",
    earningsArray: [] as IRiderEarningsArray[],
    totalEarningsSum: 0,
    totalTipsSum: 0,
    totalDeliveries: 0,
  });
  const [riderOrderEarnings, setRiderOrderEarnings] = useState<
    IRiderEarningsArray[]
  >([] as IRiderEarningsArray[]);
  const [userId, setUserId] = useState("");
  const [zoneId, setZoneId] = useState("");

  const {
    loading: loadingProfile,
    error: errorProfile,
    data: dataProfile,
    refetch: refetchProfile,
  } = useQuery(RIDER_PROFILE, {
    fetchPolicy: "cache-and-network",
    nextFetchPolicy: "cache-first",
    skip: !userId,
    variables: {
      id: userId,
    },
  }) as QueryResult<IRiderProfileResponse | undefined, { id: string }>;

  const {
    loading: loadingAssigned,
    error: errorAssigned,
    data: dataAssigned,
    networkStatus: networkStatusAssigned,
    subscribeToMore,
    refetch: refetchAssigned,
  } = useQuery(RIDER_ORDERS, {
    // Orders change constantly (status updates, new assignments), so every
    // fetch/refetch/poll must hit the network rather than falling back to
    // cache-first, which could serve stale order lists.
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
    pollInterval: 30000,
    skip: !userId,
    variables: {
      userId,
    },
  });
  const isRiderAvailable = Boolean(dataProfile?.rider?.available);

  async function getUserId() {
    const id = await AsyncStorage.getItem(RIDER_ID);

    if (id) {
      setUserId(id);
    }
  }

  // UseEffects

  // Persist the zone id once the profile loads so the subscription can still
  // resubscribe if dataProfile is momentarily undefined. Done in its own effect
  // (not inside the subscription cleanup) to avoid a resubscribe loop.
  useEffect(() => {
    const z = dataProfile?.rider?.zone?._id;
    if (z && z !== zoneId) setZoneId(z);
  }, [dataProfile, zoneId]);

  useEffect(() => {
    const riderId = dataProfile?.rider?._id ?? userId;
    const zoneIdValue = dataProfile?.rider?.zone?._id ?? zoneId;

    if (!riderId || !zoneIdValue) return;

    // Add the order if it's not in the list yet, otherwise replace it in place.
    // Used for "update" events (e.g. status change / assignment coming through
    // as an update) so the list reflects them live instead of waiting on the
    // 30s poll — and self-heals if the original "new" event was missed.
    const upsertOrder = (orders: IOrder[] = [], order: IOrder): IOrder[] => {
      const index = orders.findIndex((o: IOrder) => o?._id === order?._id);
      if (index < 0) return [order, ...orders];
      const next = [...orders];
      next[index] = order;
      return next;
    };

    const unsubAssignOrder = subscribeToMore({
      document: SUBSCRIPTION_ASSIGNED_RIDER,
      variables: { riderId },
      updateQuery: (prev, { subscriptionData }) => {
        if (!subscriptionData.data) return prev;
        const { origin, order } = subscriptionData.data.subscriptionAssignRider;
        if (origin === "new" || origin === "update") {
          return { riderOrders: upsertOrder(prev.riderOrders, order) };
        } else if (origin === "remove") {
          return {
            riderOrders: (prev.riderOrders ?? []).filter(
              (o: IOrder) => o._id !== order._id
            ),
          };
        }
        return prev;
      },
    });

    const unsubZoneOrder = isRiderAvailable
      ? subscribeToMore({
          document: SUBSCRIPTION_ZONE_ORDERS,
          variables: { zoneId: zoneIdValue },
          updateQuery: (prev, { subscriptionData }) => {
            if (!subscriptionData.data) return prev;
            const { origin, order } = subscriptionData.data.subscriptionZoneOrders;
            if (origin === "new" || origin === "update") {
              return { riderOrders: upsertOrder(prev.riderOrders, order) };
            }
            return prev;
          },
        })
      : null;

    return () => {
      try {
        unsubZoneOrder?.();
      } catch (err) {
        if (__DEV__) {
          console.log("err in unsubZoneOrder", err);
        }
      }
      try {
        unsubAssignOrder();
      } catch (err) {
        if (__DEV__) {
          console.log("err in unsubAssignOrder", err);
        }
      }
    };
  }, [dataProfile, isRiderAvailable, subscribeToMore, userId, zoneId]);

  // Only blank the list on a hard error — NOT while `loadingAssigned` is true.
  // With cache-and-network + a 30s poll + notifyOnNetworkStatusChange,
  // `loadingAssigned` flips true on every background poll while Apollo still holds
  // the previous data; clearing here made every order disappear and reappear each
  // poll (the "blink"). Memoized + falls back to the shared EMPTY_ORDERS so the
  // reference stays stable when there are no matching orders.
  const assignedOrders = useMemo<IOrder[]>(() => {
    if (errorAssigned) return EMPTY_ORDERS;
    const filtered = (dataAssigned?.riderOrders ?? EMPTY_ORDERS).filter(
      (order: IOrder) =>
        isRiderAvailable ||
        order?.orderStatus !== "ACCEPTED" ||
        Boolean(order?.rider) ||
        Boolean(order?.isPickedUp),
    );
    return filtered.length ? filtered : EMPTY_ORDERS;
  }, [dataAssigned?.riderOrders, errorAssigned, isRiderAvailable]);

  // Apollo automatically re-runs RIDER_PROFILE and RIDER_ORDERS when `skip`
  // flips to false (userId becomes available) using the new variables, so an
  // explicit refetch here would only duplicate those network requests.

  useEffect(() => {
    // Keep a single stable handler reference so the cleanup removes the exact
    // listener that was added. Previously a fresh anonymous function was passed
    // to removeListener, so it never matched and listeners leaked on every
    // remount (each firing setUserId on every rider-id storage event).
    const handleRiderId = (data?: { value?: string }) => {
      setUserId(data?.value ?? "");
    };
    asyncStorageEmitter.addListener("rider-id", handleRiderId);

    getUserId();
    return () => {
      asyncStorageEmitter.removeListener("rider-id", handleRiderId);
    };
  }, []);

  // Memoize the context value so a new object isn't created on every render.
  // UserProvider re-renders frequently (cache-and-network + 30s poll + two live
  // subscriptions); without this, every consumer re-rendered each time. The
  // setModalVisible / setRiderOrderEarnings state setters are referentially
  // stable per React, so they're intentionally omitted from the dependency list.
  const contextValue = useMemo<IUserContextProps>(
    () => ({
      modalVisible,
      riderOrderEarnings,
      setModalVisible,
      setRiderOrderEarnings,
      userId,
      setUserId,
      loadingProfile,
      errorProfile,
      dataProfile: dataProfile?.rider ?? null,
      loadingAssigned,
      errorAssigned,
      assignedOrders,
      refetchAssigned,
      refetchProfile,
      networkStatusAssigned,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      modalVisible,
      riderOrderEarnings,
      userId,
      loadingProfile,
      errorProfile,
      dataProfile,
      loadingAssigned,
      errorAssigned,
      assignedOrders,
      refetchAssigned,
      refetchProfile,
      networkStatusAssigned,
    ],
  );

  return (
    <UserContext.Provider value={contextValue}>
      {children}
    </UserContext.Provider>
  );
};
export const UserConsumer = UserContext.Consumer;
export const useUserContext = () => useContext(UserContext);
export default UserContext;
