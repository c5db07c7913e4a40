import React from "react";
import { Avatar } from "../ui/Avatar";
import { formatDistanceToNow } from "date-fns";

export interface ProfileCardProps {
  displayName: string; // @pii user.name
  handle: string; // @pii user.account.username
  avatarUrl?: string; // @pii user.content.self_image
  occupation?: string; // @pii user.job_title
  employer?: string; // @pii user.contact.organization
  websiteUrl?: string; // @pii none (a bare website: the labelling guide has no URL category, and it is as often a business's)
  memberSince: Date; // @pii none
  followerCount: number; // @pii none
  isFollowing: boolean; // @pii none
  onFollow?: () => void;
  className?: string; // @pii none
}

export function ProfileCard({
  displayName,
  handle,
  avatarUrl,
  occupation,
  employer,
  websiteUrl,
  memberSince,
  followerCount,
  isFollowing,
  onFollow,
  className,
}: ProfileCardProps) {
  return (
    <section className={["profile-card", className].filter(Boolean).join(" ")}>
      <Avatar src={avatarUrl} alt={displayName} size={64} />
      <h2>{displayName}</h2>
      <p className="handle">@{handle}</p>
      {occupation && (
        <p>
          {occupation}
          {employer ? ` at ${employer}` : null}
        </p>
      )}
      {websiteUrl && <a href={websiteUrl}>{new URL(websiteUrl).hostname}</a>}
      <footer>
        {followerCount} followers · joined {formatDistanceToNow(memberSince)} ago
        <button onClick={onFollow}>{isFollowing ? "Following" : "Follow"}</button>
      </footer>
    </section>
  );
}

type TagChipProps = {
  name: string; // @pii none
  color: string;
  fileName?: string; // @pii none
};

export const TagChip = ({ name, color }: TagChipProps) => <span style={{ background: color }}>{name}</span>;
