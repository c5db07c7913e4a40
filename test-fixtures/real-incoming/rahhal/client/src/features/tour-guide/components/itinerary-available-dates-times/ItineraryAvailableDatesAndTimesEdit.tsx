import React from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { TrashIcon } from "lucide-react";

interface DateTimeEntry {
  Date: Date;
  Time: Date;
}

interface ItineraryAvailableDatesAndTimesEditProps {
  availableDatesTime: DateTimeEntry[];
  onSave: (newDatesTime: DateTimeEntry[]) => void;
}

const ItineraryAvailableDatesAndTimesEdit: React.FC<
  ItineraryAvailableDatesAndTimesEditProps
> = ({ availableDatesTime, onSave }) => {
  const editedDatesTime = availableDatesTime.map((entry) => ({
    Date: new Date(entry.Date),
    Time: new Date(entry.Time),
  }));

  const handleDateChange = (index: number, newDate: string) => {
    console.log(newDate);
    console.log(index);
    const updatedDatesTime = [...editedDatesTime];
    console.log(availableDatesTime);

    updatedDatesTime[index] = {
      ...updatedDatesTime[index],
      Date: new Date(newDate),
      Time: new Date(updatedDatesTime[index].Time),
    };
    onSave(updatedDatesTime);
  };

  const handleTimeChange = (index: number, newTime: string) => {
    const updatedDatesTime = [...editedDatesTime];
    const [hours, minutes] = newTime.split(":");
    const newDateTime = new Date(updatedDatesTime[index].Date);
    newDateTime.setHours(parseInt(hours), parseInt(minutes));
    updatedDatesTime[index] = { ...updatedDatesTime[index], Time: newDateTime };
    onSave(updatedDatesTime);
  };

  const handleRemoveEntry = (index: number) => {
    const updatedDatesTime = editedDatesTime.filter((_, i) => i !== index);
    onSave(updatedDatesTime);
  };

  return (
    <div>
      {availableDatesTime.map((entry, index) => {
        const date = new Date(entry.Date);
        const time = new Date(entry.Time);
        return (
          <div
            key={index}
            className="flex flex-col sm:flex-row space-y-2 sm:space-y-0 sm:space-x-2 mb-2 p-2 border rounded-md"
          >
            <Input
              type="date"
              value={date.toISOString().split("T")[0]}
              onChange={(e) => {
                handleDateChange(index, e.target.value);
              }}
              className="flex-1"
            />
            <Input
              type="time"
              value={time.toISOString().split("T")[1].substring(0, 5)}
              onChange={(e) => {
                handleTimeChange(index, e.target.value);
              }}
              className="flex-1"
            />
            <div className="flex justify-end sm:justify-start">
              <Button
                onClick={() => handleRemoveEntry(index)}
                variant="link"
                size="sm"
              >
                <TrashIcon className="h-4 w-4 text-destructive hover:text-destructive/60" />
              </Button>
            </div>
          </div>
        );
      })}
    </div>
  );
};

export default ItineraryAvailableDatesAndTimesEdit;
