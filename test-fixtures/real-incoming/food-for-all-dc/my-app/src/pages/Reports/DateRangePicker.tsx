import React, { useEffect } from "react";
import DatePicker from "react-datepicker";
import "react-datepicker/dist/react-datepicker.css";
import { formatDate as formatAppDate } from "../../utils/dates";
import { Box, Typography } from "@mui/material";
import CalendarTodayIcon from "@mui/icons-material/CalendarToday";
import { styled } from "@mui/material/styles";
import { deliveryDate } from "../../utils/deliveryDate";

interface DateRangePickerProps {
  startDate: Date | null;
  endDate: Date | null;
  setStartDate: (date: Date | null) => void;
  setEndDate: (date: Date | null) => void;
  maxDate?: Date | null;
}

const StyledDatePickerWrapper = styled(Box)({
  "& .react-datepicker-popper": {
    zIndex: 1000,
  },
  "& .react-datepicker": {
    fontFamily: "inherit",
    border: "none",
    boxShadow: "0px 2px 10px rgba(0, 0, 0, 0.1)",
  },
});

export default function DateRangePicker({
  startDate,
  endDate,
  setStartDate,
  setEndDate,
  maxDate = null,
}: DateRangePickerProps) {
  const formatDate = (date: Date | null) => (date ? formatAppDate(date) : "Select date");
  const startPickerMaxDate =
    endDate && maxDate ? (endDate < maxDate ? endDate : maxDate) : endDate ?? maxDate ?? undefined;

  useEffect(() => {
    if (startDate != null) {
      localStorage.setItem("ffaReportDateRangeStart", deliveryDate.toISODateString(startDate));
    }

    if (endDate != null) {
      localStorage.setItem("ffaReportDateRangeEnd", deliveryDate.toISODateString(endDate));
    }
  }, [startDate, endDate]);

  return (
    <StyledDatePickerWrapper>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
        <DatePicker
          selected={startDate}
          onChange={(date: Date | null) => setStartDate(date)}
          selectsStart
          startDate={startDate}
          maxDate={startPickerMaxDate}
          customInput={
            <Box sx={{ display: "flex", alignItems: "center" }}>
              <Typography>{formatDate(startDate)}</Typography>
              <CalendarTodayIcon sx={{ ml: 1, cursor: "pointer" }} />
            </Box>
          }
          wrapperClassName="date-picker"
        />

        <Typography> - </Typography>

        <DatePicker
          selected={endDate}
          onChange={(date: Date | null) => setEndDate(date)}
          selectsEnd
          endDate={endDate}
          minDate={startDate ?? undefined}
          maxDate={maxDate ?? undefined}
          customInput={
            <Box sx={{ display: "flex", alignItems: "center" }}>
              <Typography>{formatDate(endDate)}</Typography>
              <CalendarTodayIcon sx={{ ml: 1, cursor: "pointer" }} />
            </Box>
          }
          wrapperClassName="date-picker"
        />
      </Box>
    </StyledDatePickerWrapper>
  );
}
