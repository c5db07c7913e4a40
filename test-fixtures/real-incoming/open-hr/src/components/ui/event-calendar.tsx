// https://www.kibo-ui.com/components/calendar
"use client";

import { cn } from "@/lib/shadcn";
import { Button } from "@/ui/button";
import { getDay, getDaysInMonth } from "date-fns";
import { atom, useAtom } from "jotai";
import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import {
  createContext,
  Fragment,
  memo,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
} from "react";

export type CalendarState = {
  month: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
  year: number;
};

const monthAtom = atom<CalendarState["month"]>(
  new Date().getMonth() as CalendarState["month"],
);
const yearAtom = atom<CalendarState["year"]>(new Date().getFullYear());

export const useCalendarMonth = () => useAtom(monthAtom);
export const useCalendarYear = () => useAtom(yearAtom);

type CalendarContextProps = {
  locale: Intl.LocalesArgument;
  startDay: number;
};

const CalendarContext = createContext<CalendarContextProps>({
  locale: "en-US",
  startDay: 0,
});

export type Status = {
  id: string;
  name: string;
};

export type Feature = {
  id: string;
  name: string;
  startAt: Date;
  endAt: Date;
  status: Status;
};

type OutOfBoundsDayProps = {
  day: number;
};

const OutOfBoundsDay = ({ day }: OutOfBoundsDayProps) => (
  <div className="relative h-full w-full bg-muted/30 p-1 text-muted-foreground/70 text-sm">
    {day}
  </div>
);

export type CalendarBodyProps = {
  features: Feature[];
  children: (props: { feature: Feature }) => ReactNode;
};

export const CalendarBody = ({ features, children }: CalendarBodyProps) => {
  const [month] = useCalendarMonth();
  const [year] = useCalendarYear();
  const { startDay } = useContext(CalendarContext);

  const currentMonthDate = useMemo(
    () => new Date(year, month, 1),
    [year, month],
  );
  const daysInMonth = useMemo(
    () => getDaysInMonth(currentMonthDate),
    [currentMonthDate],
  );
  const firstDay = useMemo(
    () => (getDay(currentMonthDate) - startDay + 7) % 7,
    [currentMonthDate, startDay],
  );

  const prevMonthData = useMemo(() => {
    const prevMonth = month === 0 ? 11 : month - 1;
    const prevMonthYear = month === 0 ? year - 1 : year;
    const prevMonthDays = getDaysInMonth(new Date(prevMonthYear, prevMonth, 1));
    const prevMonthDaysArray = Array.from(
      { length: prevMonthDays },
      (_, i) => i + 1,
    );
    return { prevMonthDays, prevMonthDaysArray };
  }, [month, year]);

  const nextMonthData = useMemo(() => {
    const nextMonth = month === 11 ? 0 : month + 1;
    const nextMonthYear = month === 11 ? year + 1 : year;
    const nextMonthDays = getDaysInMonth(new Date(nextMonthYear, nextMonth, 1));
    const nextMonthDaysArray = Array.from(
      { length: nextMonthDays },
      (_, i) => i + 1,
    );
    return { nextMonthDaysArray };
  }, [month, year]);

  const eventsByDay = useMemo(() => {
    const result: { [day: number]: Feature[] } = {};
    for (let day = 1; day <= daysInMonth; day++) {
      result[day] = features.filter((feature) => {
        const start = new Date(feature.startAt);
        const end = new Date(feature.endAt);
        const current = new Date(year, month, day);

        return (
          current >=
            new Date(start.getFullYear(), start.getMonth(), start.getDate()) &&
          current <= new Date(end.getFullYear(), end.getMonth(), end.getDate())
        );
      });
    }
    return result;
  }, [features, daysInMonth, year, month]);

  const days: ReactNode[] = [];

  for (let i = 0; i < firstDay; i++) {
    const day =
      prevMonthData.prevMonthDaysArray[
        prevMonthData.prevMonthDays - firstDay + i
      ];
    if (day) {
      days.push(<OutOfBoundsDay day={day} key={`prev-${i}`} />);
    }
  }

  const now = new Date();
  const today = {
    year: now.getFullYear(),
    month: now.getMonth(),
    day: now.getDate(),
  };

  for (let day = 1; day <= daysInMonth; day++) {
    const eventsForDay = eventsByDay[day] || [];
    const isToday =
      year === today.year && month === today.month && day === today.day;

    days.push(
      <div
        className={cn(
          "relative flex h-full w-full flex-col gap-1 p-0 text-base",
          isToday && "bg-accent/5 text-accent",
        )}
        key={day}
      >
        <div className="pl-2 pt-2 font-medium">{day}</div>
        <div className="flex flex-col px-2 pb-2">
          {eventsForDay.map((feature) => (
            <Fragment key={feature.id}>{children({ feature })}</Fragment>
          ))}
        </div>
      </div>,
    );
  }

  const remainingDays = 7 - ((firstDay + daysInMonth) % 7);
  if (remainingDays < 7) {
    for (let i = 0; i < remainingDays; i++) {
      const day = nextMonthData.nextMonthDaysArray[i];
      if (day) {
        days.push(<OutOfBoundsDay day={day} key={`next-${i}`} />);
      }
    }
  }

  return (
    <div className="grid grow grid-cols-7 overflow-hidden">
      {days.map((day, index) => {
        const row = Math.floor(index / 7);
        const col = index % 7;
        return (
          <div
            className={cn(
              "relative sm:min-h-26 overflow-hidden text-lg font-medium bg-white",
              "border-b border-r border-border",
              col === 0 && "border-l border-border",
              row === 0 && "border-t border-border",
            )}
            key={index}
          >
            {day}
          </div>
        );
      })}
    </div>
  );
};

export type CalendarDatePaginationProps = {
  className?: string;
};

export const CalendarDatePagination = ({
  className,
}: CalendarDatePaginationProps) => {
  const [month, setMonth] = useCalendarMonth();
  const [year, setYear] = useCalendarYear();
  const { locale } = useContext(CalendarContext);

  const monthLabel = useMemo(() => {
    return new Intl.DateTimeFormat(locale, { month: "long" }).format(
      new Date(year, month, 1),
    );
  }, [locale, year, month]);

  const handlePreviousMonth = useCallback(() => {
    if (month === 0) {
      setMonth(11);
      setYear(year - 1);
    } else {
      setMonth((month - 1) as CalendarState["month"]);
    }
  }, [month, year, setMonth, setYear]);

  const handleNextMonth = useCallback(() => {
    if (month === 11) {
      setMonth(0);
      setYear(year + 1);
    } else {
      setMonth((month + 1) as CalendarState["month"]);
    }
  }, [month, year, setMonth, setYear]);

  return (
    <div
      className={cn(
        "flex items-center w-full sm:max-w-[150px] md:max-w-[250px] justify-between ml-auto truncate rounded border border-border bg-white",
        className,
      )}
    >
      <Button
        onClick={handlePreviousMonth}
        size="icon"
        variant="ghost"
        aria-label="Previous month"
      >
        <ChevronLeftIcon size={20} />
      </Button>
      <span className="font-medium text-base select-none">
        {monthLabel} {year}
      </span>
      <Button
        onClick={handleNextMonth}
        size="icon"
        variant="ghost"
        aria-label="Next month"
      >
        <ChevronRightIcon size={20} />
      </Button>
    </div>
  );
};

export type CalendarDateProps = {
  children: ReactNode;
};

export const CalendarDate = ({ children }: CalendarDateProps) => (
  <div className="flex items-center justify-end mb-5">{children}</div>
);

export type CalendarHeaderProps = {
  className?: string;
};

export const CalendarHeader = ({ className }: CalendarHeaderProps) => {
  const { locale, startDay } = useContext(CalendarContext);

  const daysData = useMemo(() => {
    const weekdays: string[] = [];
    const baseDate = new Date(2024, 0, startDay);
    for (let i = 0; i < 7; i++) {
      weekdays.push(
        new Intl.DateTimeFormat(locale, { weekday: "short" }).format(baseDate),
      );
      baseDate.setDate(baseDate.getDate() + 1);
    }
    return weekdays;
  }, [locale, startDay]);

  return (
    <div
      className={cn(
        "grid grow grid-cols-7 rounded-t-lg overflow-hidden",
        className,
      )}
    >
      {daysData.map((day, idx) => (
        <div
          className={cn(
            "p-3 text-center text-white text-base font-medium bg-dark border-b border-r border-border",
            idx === 0 && "rounded-tl-lg",
            idx === 6 && "rounded-tr-lg border-r-0",
          )}
          key={day}
        >
          {day}
        </div>
      ))}
    </div>
  );
};

export type CalendarItemProps = {
  feature: Feature;
  className?: string;
};

export const CalendarItem = memo(
  ({ feature, className }: CalendarItemProps) => (
    <div
      className={cn(
        "w-full sm:min-h-7 h-0.5 flex items-center px-0 py-0.5 rounded-md mb-0.5",
        feature.status.id === "holiday"
          ? "sm:bg-destructive/10 bg-destructive border-l-4 border-destructive"
          : feature.status.id === "weekend"
            ? "sm:bg-warning/10 bg-warning border-l-4 border-warning"
            : "sm:bg-success/10 bg-success border-l-4 border-success",
        className,
      )}
    >
      <span
        className={cn(
          "pl-2 text-xs hidden sm:block font-medium truncate",
          feature.status.id === "holiday"
            ? "text-destructive"
            : feature.status.id === "weekend"
              ? "text-warning"
              : "text-success",
        )}
      >
        {feature.name}
      </span>
    </div>
  ),
);

CalendarItem.displayName = "CalendarItem";

export type CalendarProviderProps = {
  locale?: Intl.LocalesArgument;
  startDay?: number;
  children: ReactNode;
  className?: string;
};

export const CalendarProvider = ({
  locale = "en-US",
  startDay = 0,
  children,
  className,
}: CalendarProviderProps) => (
  <CalendarContext.Provider value={{ locale, startDay }}>
    <div className={cn("relative flex flex-col", className)}>{children}</div>
  </CalendarContext.Provider>
);
