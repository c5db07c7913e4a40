import type { ReactNode } from "react";

import { TrackedLink } from "~/modules/analytics";
import { formatLongDate } from "~/modules/domain";
import { NewTabNotice } from "~/modules/layout/shared/NewTabNotice";

import styles from "./CompliancePathOption.module.scss";

type Props = {
	id: string;
	name: string;
	value: string;
	checked: boolean;
	onChange: (value: string) => void;
	title: string;
	children: ReactNode;
	deadline: Date;
	learnMoreHref?: string;
	learnMoreLabel?: string;
	learnMoreTrackingId?: string;
	disabled?: boolean;
};

export function CompliancePathOption({
	id,
	name,
	value,
	checked,
	onChange,
	title,
	children,
	deadline,
	learnMoreHref,
	learnMoreLabel,
	learnMoreTrackingId,
	disabled = false,
}: Props) {
	return (
		<div className={styles.option}>
			<div className="fr-radio-group">
				<input
					checked={checked}
					disabled={disabled}
					id={id}
					name={name}
					onChange={() => onChange(value)}
					type="radio"
					value={value}
				/>
				<label
					className={`fr-label fr-text--bold fr-h6 fr-mb-0 ${styles.title}`}
					htmlFor={id}
				>
					{title}
				</label>
			</div>
			<div className="fr-mt-2w fr-pl-4w">
				{children}
				<p className="fr-text--sm fr-mb-1w fr-mt-2w">
					<span
						aria-hidden="true"
						className="fr-icon-calendar-line fr-icon--sm fr-mr-1w"
					/>
					Échéance au {formatLongDate(deadline)}
				</p>
				{learnMoreHref && (
					<TrackedLink
						className="fr-link fr-text--sm"
						href={learnMoreHref}
						rel="noopener noreferrer"
						target="_blank"
						trackingId={learnMoreTrackingId ?? "compliance_learn_more"}
					>
						{learnMoreLabel ?? "En savoir plus"}
						<NewTabNotice />
					</TrackedLink>
				)}
			</div>
		</div>
	);
}
