import {
  Autocomplete,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Box,
} from "@mui/material";
import { useEffect, useState, useCallback, useMemo, useRef } from "react";
import ArrowDropDownIcon from "@mui/icons-material/ArrowDropDown";
import Button from "../../../components/common/Button";
import DriverManagementModal from "../../../components/DriverManagementModal";
import { Driver } from "../../../types/calendar-types";
import DriverService from "../../../services/driver-service";
import { TIME_SLOTS } from "../utils/timeSlots";

interface AssignDriverPopupProps {
  assignDriverAndTime: (driver: Driver | null, time: string) => Promise<boolean>;
  setPopupMode: (mode: string) => void;
  initialDriverName?: string;
  initialTime?: string;
  onDriversUpdated?: () => void; // Optional callback when drivers are updated
}

export default function AssignDriverPopup({
  assignDriverAndTime,
  setPopupMode,
  initialDriverName = "",
  initialTime = "",
  onDriversUpdated,
}: AssignDriverPopupProps) {
  const MANAGE_DRIVERS_OPTION = { id: "__modal__", name: "Edit Driver List", phone: "" };
  const [driver, setDriver] = useState<Driver | null>(null);
  const [time, setTime] = useState<string>("");
  const [driverSearchQuery, setDriverSearchQuery] = useState<string>("");
  const [timeSearchQuery, setTimeSearchQuery] = useState<string>("");
  const [drivers, setDrivers] = useState<Driver[]>([]);
  const [loading, setLoading] = useState<boolean>(true);
  const [isSaving, setIsSaving] = useState<boolean>(false);
  const [error, setError] = useState<string>("");
  const [isDriverModalOpen, setIsDriverModalOpen] = useState<boolean>(false);
  const [isRequirementModalOpen, setIsRequirementModalOpen] = useState<boolean>(false);
  const didInitializeSelectionRef = useRef(false);
  const sortedDrivers = useMemo(
    () =>
      [...drivers].sort((leftDriver, rightDriver) =>
        leftDriver.name.trim().localeCompare(rightDriver.name.trim(), undefined, {
          sensitivity: "base",
          numeric: true,
        })
      ),
    [drivers]
  );
  const isDriverError =
    error === "Please select a driver." || error === "Please select both a driver and a time.";
  const isTimeError =
    error === "Please select a time." || error === "Please select both a driver and a time.";
  const autocompleteSx = {
    width: "100%",
    minWidth: 0,
    "& .MuiFormControl-root": {
      width: "100%",
    },
    "& .MuiInputBase-root": {
      width: "100%",
    },
    "& .MuiOutlinedInput-root": {
      width: "100%",
      paddingRight: "8px !important",
    },
    "& .MuiOutlinedInput-notchedOutline": {
      border: "1px solid var(--color-border-light) !important",
    },
    "& .MuiInputBase-input": {
      border: "none !important",
      boxShadow: "none !important",
    },
  };

  const resetAndClose = () => {
    setDriver(null);
    setTime("");
    setDriverSearchQuery("");
    setTimeSearchQuery("");
    setError("");
    setIsRequirementModalOpen(false);
    setPopupMode("");
  };

  const handleSave = async () => {
    if (!driver || !time) {
      setError("Please select both a driver and a time.");
      setIsRequirementModalOpen(true);
      return;
    }

    setError("");
    setIsSaving(true);

    try {
      const didSave = await assignDriverAndTime(driver, time);
      if (didSave) {
        resetAndClose();
      }
    } finally {
      setIsSaving(false);
    }
  };

  // Create a memoized fetch function that can be called from multiple places
  const fetchDrivers = useCallback(async () => {
    setLoading(true);
    setError("");
    try {
      const driverService = DriverService.getInstance();
      const driversData = await driverService.getAllDrivers();
      setDrivers(driversData);
    } catch (error) {
      console.error("Error fetching drivers:", error);
      setError("Failed to load drivers. Please try again.");
      setDrivers([]);
    } finally {
      setLoading(false);
    }
  }, []);

  // Initial fetch on component mount
  useEffect(() => {
    fetchDrivers();
  }, [fetchDrivers]);

  useEffect(() => {
    if (didInitializeSelectionRef.current || loading) {
      return;
    }

    const normalizedInitialDriver = initialDriverName.trim();
    const normalizedInitialTime = initialTime.trim();

    if (normalizedInitialDriver) {
      const matchedDriver =
        drivers.find(
          (candidateDriver) =>
            candidateDriver.name.trim().toLowerCase() === normalizedInitialDriver.toLowerCase()
        ) ?? null;

      setDriver(matchedDriver);
      setDriverSearchQuery(matchedDriver?.name ?? normalizedInitialDriver);
    }

    if (normalizedInitialTime) {
      const matchedTimeSlot = TIME_SLOTS.find((slot) => slot.value === normalizedInitialTime);
      setTime(normalizedInitialTime);
      setTimeSearchQuery(matchedTimeSlot?.label ?? normalizedInitialTime);
    }

    didInitializeSelectionRef.current = true;
  }, [drivers, initialDriverName, initialTime, loading]);

  // Handle drivers change from DriverManagementModal
  const handleDriversChange = useCallback(
    (updatedDrivers: Driver[]) => {
      setDrivers(updatedDrivers);
      // Call the callback to notify parent component
      if (onDriversUpdated) {
        onDriversUpdated();
      }
    },
    [onDriversUpdated]
  );

  return (
    <>
      <Box sx={{ display: "flex", flexDirection: "column", gap: 2, p: 1 }}>
        <Autocomplete
          options={[MANAGE_DRIVERS_OPTION, ...sortedDrivers]}
          value={driver}
          inputValue={driverSearchQuery}
          onInputChange={(_, newInputValue) => {
            setDriverSearchQuery(newInputValue);
          }}
          onChange={(_, newValue) => {
            if (!newValue) {
              setDriver(null);
            } else if (newValue.id === MANAGE_DRIVERS_OPTION.id) {
              setIsDriverModalOpen(true);
              return;
            } else {
              setDriver(newValue as Driver);
            }
            if (error) setError("");
          }}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          filterOptions={(options, state) => {
            const filteredDrivers = sortedDrivers.filter((candidateDriver) =>
              candidateDriver.name.toLowerCase().includes(state.inputValue.toLowerCase())
            );
            return [MANAGE_DRIVERS_OPTION, ...filteredDrivers];
          }}
          renderOption={(props, option) =>
            option.id === MANAGE_DRIVERS_OPTION.id ? (
              <li {...props} key="manage-drivers-option">
                <span style={{ color: "var(--color-primary)", fontWeight: 700 }}>
                  {MANAGE_DRIVERS_OPTION.name}
                </span>
              </li>
            ) : (
              <li {...props} key={option.id}>
                {option.name}
                {option.phone ? ` (${option.phone})` : ""}
              </li>
            )
          }
          renderInput={(params) => (
            <TextField
              {...params}
              label="Select Driver"
              variant="outlined"
              fullWidth
              size="small"
              error={isDriverError && !driver}
              helperText={
                (isDriverError && !driver ? error : "") ||
                (loading
                  ? "Loading drivers..."
                  : drivers.length === 0
                    ? "No drivers available"
                    : "")
              }
              InputProps={{
                ...params.InputProps,
                endAdornment: (
                  <ArrowDropDownIcon
                    sx={{ color: "var(--color-text-medium-alt)", pointerEvents: "none" }}
                  />
                ),
              }}
            />
          )}
          disabled={loading}
          noOptionsText="No matching drivers found"
          forcePopupIcon={false}
          sx={autocompleteSx}
        />

        <Autocomplete
          options={TIME_SLOTS}
          value={TIME_SLOTS.find((slot) => slot.value === time) ?? null}
          inputValue={timeSearchQuery}
          onInputChange={(_, newInputValue) => {
            setTimeSearchQuery(newInputValue);
          }}
          onChange={(_, newValue) => {
            setTime(newValue?.value ?? "");
            if (newValue) {
              setTimeSearchQuery(newValue.label);
            }
            if (error) setError("");
          }}
          getOptionLabel={(option) => option.label}
          isOptionEqualToValue={(option, value) => option.value === value.value}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Select Time"
              variant="outlined"
              fullWidth
              size="small"
              error={isTimeError && !time}
              helperText={
                isTimeError && !time
                  ? error
                  : "Choose the route start time for selected deliveries."
              }
              InputProps={{
                ...params.InputProps,
                endAdornment: (
                  <ArrowDropDownIcon
                    sx={{ color: "var(--color-text-medium-alt)", pointerEvents: "none" }}
                  />
                ),
              }}
            />
          )}
          noOptionsText="No matching times found"
          forcePopupIcon={false}
          sx={autocompleteSx}
        />

        <DriverManagementModal
          open={isDriverModalOpen}
          onClose={() => setIsDriverModalOpen(false)}
          drivers={drivers}
          onDriversChange={handleDriversChange}
        />
      </Box>

      <DialogActions sx={{ pt: 2, pb: 1, pr: 1 }}>
        <Button variant="secondary" onClick={resetAndClose} size="medium" disabled={isSaving}>
          Cancel
        </Button>
        <Button
          variant="primary"
          onClick={handleSave}
          disabled={loading || isSaving}
          size="medium"
        >
          Save
        </Button>
      </DialogActions>

      <Dialog open={isRequirementModalOpen} onClose={() => setIsRequirementModalOpen(false)}>
        <DialogTitle>Driver and Time Required</DialogTitle>
        <DialogContent>
          <Box sx={{ py: 1 }}>
            Both a driver and a time must be selected before saving. Please choose both fields,
            then try again.
          </Box>
        </DialogContent>
        <DialogActions>
          <Button variant="primary" onClick={() => setIsRequirementModalOpen(false)} size="medium">
            OK
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
