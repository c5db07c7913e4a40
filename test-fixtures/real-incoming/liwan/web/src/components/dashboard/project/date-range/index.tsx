import styles from "./date-range.module.css";

import { useId, useRef, useState } from "react";
import { endOfDay, startOfDay, subWeeks } from "date-fns";

import { DateRange } from "@/api/ranges";
import { Dialog } from "@/components/ui/dialog";

export const DatePickerRange = ({ onSelect }: { onSelect: (range: DateRange) => void }) => {
	const [start, setStart] = useState(() => toHtmlDate(subWeeks(new Date(), 1)));
	const [end, setEnd] = useState(() => toHtmlDate(new Date()));
	const closeRef = useRef<HTMLButtonElement>(null);

	const handleSelect = () => {
		onSelect(new DateRange({ start: startOfDay(start), end: endOfDay(end) }));
		closeRef.current?.click();
	};

	const startId = useId();
	const endId = useId();

	return (
		<div className={styles.container}>
			<label htmlFor={startId}>
				Start date
				<input
					type="date"
					id={startId}
					name="startDate"
					min="1997-01-01"
					max="2030-12-31"
					value={start}
					onChange={(e) => setStart(e.target.value)}
				/>
			</label>
			<label htmlFor={endId}>
				End date
				<input
					type="date"
					id={endId}
					name="endDate"
					min="1997-01-01"
					max="2030-12-31"
					value={end}
					onChange={(e) => setEnd(e.target.value)}
				/>
			</label>

			<div>
				<Dialog.Close ref={closeRef} className="secondary outline">
					Cancel
				</Dialog.Close>

				<button type="button" className="secondary" onClick={handleSelect}>
					Apply
				</button>
			</div>
		</div>
	);
};

const toHtmlDate = (date: Date) => date.toISOString().split("T")[0];
