import React, { useContext } from 'react';
import ShinyOverlay from '../ShinyOverlay';
import "./Histogram.css"
import { ColorDefinition, resolveColor } from '../../../helpers/colors';
import { LayoutContext } from '../Layout';

export interface HistogramProps {
	entries: {
		label: string;
		color: string;
		value: number;
		onSelect?(): void;
	}[];
	className?: string;
	innerRef?: React.Ref<HTMLDivElement>;
	linkColor?: ColorDefinition;
}

export default function Histogram(props: HistogramProps) {
	const layoutContext = useContext(LayoutContext);
	let maxValue = 0;
	props.entries.forEach(function (e) {
		if (e.value > maxValue) {
			maxValue = e.value;
		}
	});

	var sortedEntries = [...props.entries].sort((a, b) => b.value - a.value || ((a.label > b.label) ? 1 : ((b.label > a.label) ? -1 : 0)));

	return (
		<div ref={props.innerRef} className={"mdhui-histogram " + (props.className || "")}>
			{sortedEntries.map((entry, index) => {
				return <div className={"mdhui-histogram-entry" + (entry.onSelect ? " mdhui-histogram-entry-clickable" : "")} key={index} onClick={() => entry.onSelect?.()}>
					<div className="mdhui-histogram-entry-bar-wrapper">
						<div className="mdhui-histogram-entry-bar" style={{ background: entry.color, width: ((entry.value / maxValue) * 100) + "%" }}>
							<ShinyOverlay />
						</div>
						<div className="mdhui-histogram-entry-value" style={{ width: (maxValue.toString().length * 8) + "px" }}>{entry.value}</div>
					</div>
					<div className="mdhui-histogram-entry-label" style={entry.onSelect && props.linkColor ? { color: resolveColor(layoutContext.colorScheme, props.linkColor) } : undefined}>{entry.label}</div>
				</div>;
			})}
		</div>
	);
}
