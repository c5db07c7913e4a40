import React, { useMemo, useEffect, useRef, useState, useCallback } from "react";
import { Box, Typography } from "@mui/material";
import { DateLimit, DeliveryEvent } from "../../../types/calendar-types";
import { ClientProfile } from "../../../types/client-types";
import DeliveryCard from "./DeliveryCard";
import EventCountHeader from "../../../components/EventCountHeader";
import { useRecurringDelivery } from "../../../context/RecurringDeliveryContext";
import VirtualScroll from "../../../components/VirtualScroll";
import { getDeliverySeriesKey } from "../../../utils/recurringSeries";

interface DayViewProps {
  events: DeliveryEvent[];
  clients: ClientProfile[];
  onEventModified: () => void;
  dailyLimit?: number;
  weeklyLimits: number[];
  dailyLimits: DateLimit[];
}

const DayView: React.FC<DayViewProps> = React.memo(function DayView({
  events,
  clients,
  onEventModified,
  dailyLimit,
  weeklyLimits,
  dailyLimits,
}) {
  const { preloadDateRanges } = useRecurringDelivery();
  // Start with a sane fallback so virtualized content can render immediately.
  const [containerHeight, setContainerHeight] = useState(300);
  const containerRef = useRef<HTMLDivElement>(null);

  // Constants for virtual scrolling
  const DELIVERY_CARD_HEIGHT = 160; // Increased to preserve recurrence date visibility when names wrap
  const VIRTUAL_SCROLL_THRESHOLD = 50; // Use virtual scrolling when more than 50 items
  const INFO_HEADERS = ["PHONE", "ADDRESS", "DIETARY RESTRICTIONS", "TAGS", "NOTES"];

  // Memoized client lookup for better performance
  const clientLookupMap = useMemo(() => {
    const map = new Map();
    clients.forEach((client) => {
      if (client.uid) {
        map.set(client.uid, client);
      }
    });
    return map;
  }, [clients]);

  const getSortableClientName = useCallback(
    (event: DeliveryEvent) => {
      const eventName = (event.clientName || "").trim();
      if (eventName) {
        return eventName;
      }

      const client = clientLookupMap.get(event.clientId);
      const fullName = `${client?.firstName || ""} ${client?.lastName || ""}`.trim();
      if (fullName) {
        return fullName;
      }

      return event.clientId || "";
    },
    [clientLookupMap]
  );

  const sortedEvents = useMemo(() => {
    return [...events].sort((a, b) => {
      const nameCompare = getSortableClientName(a).localeCompare(getSortableClientName(b), undefined, {
        sensitivity: "base",
        numeric: true,
      });

      if (nameCompare !== 0) {
        return nameCompare;
      }

      return (a.id || "").localeCompare(b.id || "");
    });
  }, [events, getSortableClientName]);

  const updateHeight = useCallback(() => {
    if (containerRef.current) {
      const rect = containerRef.current.getBoundingClientRect();
      const availableHeight = window.innerHeight - rect.top - 50; // 50px buffer
      setContainerHeight(Math.max(300, availableHeight)); // Minimum 300px
    }
  }, []);

  // Calculate container height for virtual scrolling
  useEffect(() => {
    updateHeight();
  }, [events.length, updateHeight]);

  useEffect(() => {
    window.addEventListener("resize", updateHeight);
    return () => window.removeEventListener("resize", updateHeight);
  }, [updateHeight]);

  // Batch preload recurring delivery date ranges for all events
  useEffect(() => {
    const recurringSeriesKeys = events
      .filter((event) => event.recurrence && event.recurrence !== "None")
      .map((event) => getDeliverySeriesKey(event))
      .filter((seriesKey): seriesKey is string => Boolean(seriesKey));

    if (recurringSeriesKeys.length > 0) {
      preloadDateRanges(recurringSeriesKeys).catch((error) => {
        console.error("Failed to preload recurring delivery date ranges:", error);
      });
    }
  }, [events, preloadDateRanges]);

  // Render function for virtual scroll items
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const renderDeliveryCard = useCallback(
    (event: DeliveryEvent, index: number) => {
      const client = clientLookupMap.get(event.clientId);
      return (
        <DeliveryCard
          key={event.id}
          event={event}
          client={client}
          onEventModified={onEventModified}
          weeklyLimits={weeklyLimits}
          dailyLimits={dailyLimits}
        />
      );
    },
    [clientLookupMap, onEventModified, weeklyLimits, dailyLimits]
  );

  return (
    <Box
      sx={{
        padding: 1,
        width: "100%",
        maxWidth: "100%",
        display: "flex",
        flexDirection: "column",
        height: "calc(100vh - 170px)",
        minHeight: "300px",
        overflow: "hidden",
      }}
    >
      <EventCountHeader events={events} limit={dailyLimit} />

      {sortedEvents.length === 0 ? (
        <Box
          sx={{
            flex: 1,
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            padding: 2,
          }}
        >
          <Typography variant="body1" sx={{ textAlign: "center", color: "text.secondary" }}>
            No deliveries scheduled for this day.
          </Typography>
        </Box>
      ) : (
        <Box
          sx={{
            flex: 1,
            width: "100%",
            minHeight: 0,
            overflow: "hidden",
            display: "flex",
            flexDirection: "column",
          }}
        >
          <Box
            sx={{
              px: "var(--spacing-lg)",
              pr: "3.5rem",
              pb: 0.75,
              display: "flex",
              alignItems: "center",
              borderBottom: "1px solid var(--color-divider)",
              flexShrink: 0,
              backgroundColor: "var(--color-background-main)",
            }}
          >
            <Box sx={{ flex: "0 0 calc(220px + var(--spacing-lg))" }} />
            <Box sx={{ width: "2px", alignSelf: "stretch", mr: "var(--spacing-lg)" }} />
            <Box
              sx={{
                display: "grid",
                gridTemplateColumns: "repeat(5, minmax(0, 1fr))",
                alignItems: "start",
                gap: "24px",
                width: "100%",
                minWidth: 0,
              }}
            >
              {INFO_HEADERS.map((header) => (
                <Typography
                  key={header}
                  variant="subtitle2"
                  sx={{
                    fontWeight: 700,
                    fontSize: "0.75rem",
                    letterSpacing: "0.04em",
                    color: "var(--color-text-tertiary)",
                  }}
                >
                  {header}
                </Typography>
              ))}
            </Box>
          </Box>

          <Box
            ref={containerRef}
            sx={{
              flex: 1,
              minHeight: 0,
              width: "100%",
              overflow: "hidden",
            }}
          >
            {sortedEvents.length > VIRTUAL_SCROLL_THRESHOLD ? (
              <VirtualScroll
                items={sortedEvents}
                itemHeight={DELIVERY_CARD_HEIGHT}
                containerHeight={containerHeight}
                renderItem={renderDeliveryCard}
                overscan={10}
              />
            ) : (
              <Box
                sx={{
                  height: "100%",
                  overflowY: "scroll",
                  width: "100%",
                }}
              >
                {sortedEvents.map((event) => {
                  const client = clientLookupMap.get(event.clientId);
                  return (
                    <DeliveryCard
                      key={event.id}
                      event={event}
                      client={client}
                      onEventModified={onEventModified}
                      weeklyLimits={weeklyLimits}
                      dailyLimits={dailyLimits}
                    />
                  );
                })}
              </Box>
            )}
          </Box>
        </Box>
      )}
    </Box>
  );
});

export default DayView;
