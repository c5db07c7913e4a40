"server-only";

import { db } from "@/db/db";
import { sql } from "kysely";
import { cosineDistance } from "pgvector/kysely";
import {
  ActivityFeedItem,
  FeedbackCategories,
  FeedbackCategory,
  FeedbackOrderBy,
  FeedbackStatus,
} from "@/lib/typings";
import { generateQueryVector } from "@/lib/utils-server";

export async function getActivityFeedQuery({
  orgId,
  userId,
  page,
  pageSize,
  orderBy,
  status,
  categories,
  excludeFeedback,
  excludeComments,
  searchValue,
  unseenOnly,
}: {
  orgId: string;
  userId: string;
  page: number;
  pageSize: number;
  orderBy: FeedbackOrderBy;
  status: FeedbackStatus;
  categories: FeedbackCategories;
  excludeFeedback: boolean;
  excludeComments: boolean;
  searchValue: string;
  unseenOnly: boolean;
}) {
  try {
    const offset = (page - 1) * pageSize;
    const isSearching = searchValue.length > 0;
    const maxDistance = 0.4;
    let searchVector: number[] | null = null;

    if (isSearching) {
      searchVector = await generateQueryVector(searchValue);

      if (!searchVector) {
        return {
          items: [],
          totalItemsCount: 0,
          totalPages: 0,
          currentPage: page,
        };
      }
    }

    let feedbackQuery = db
      .selectFrom("feedback")
      .leftJoin("user", "feedback.authorId", "user.id")
      .where("feedback.orgId", "=", orgId);

    if (status) {
      feedbackQuery = feedbackQuery.where("feedback.status", "=", status);
    }

    if (categories && categories.length > 0) {
      feedbackQuery = feedbackQuery.where(
        "feedback.category",
        "in",
        categories,
      );
    }

    const feedbackCTE = feedbackQuery.select([
      "feedback.orgId",
      "feedback.id",
      "feedback.id as postId",
      sql<string | null>`null`.as("commentId"),
      "feedback.createdAt",
      "feedback.title",
      "feedback.description as content",
      "feedback.upvotes",
      "feedback.category",
      "feedback.status",
      sql<string>`'post'`.as("type"),
      (eb) =>
        eb
          .selectFrom("comment")
          .select(eb.fn.countAll<string>().as("commentCount"))
          .whereRef("comment.postId", "=", "feedback.id")
          .where("comment.content", "not like", "Updated status to%")
          .as("commentCount"),
      "user.id as authorId",
      "user.name as authorName",
      "user.photoURL as authorPhotoURL",
      ...(isSearching
        ? [cosineDistance("feedback.embedding", searchVector).as("distance")]
        : [sql<null>`null`.as("distance")]),
    ]);

    const commentsCTE = db
      .selectFrom("comment")
      .innerJoin("feedback", "comment.postId", "feedback.id")
      .leftJoin("user", "comment.authorId", "user.id")
      .where("feedback.orgId", "=", orgId)
      .where("comment.content", "not like", "Updated status to%")
      .select([
        "feedback.orgId",
        "comment.id",
        "comment.postId",
        "comment.id as commentId",
        "comment.createdAt",
        "feedback.title as title",
        "comment.content",
        "comment.upvotes",
        sql<FeedbackCategory | null>`null`.as("category"),
        sql<FeedbackStatus | null>`null`.as("status"),
        sql<string>`'comment'`.as("type"),
        sql<string>`'0'`.as("commentCount"),
        "user.id as authorId",
        "user.name as authorName",
        "user.photoURL as authorPhotoURL",
        ...(isSearching
          ? [cosineDistance("comment.embedding", searchVector).as("distance")]
          : [sql<null>`null`.as("distance")]),
      ]);

    let activityQuery = db.selectFrom(
      feedbackCTE.unionAll(commentsCTE).as("activity"),
    );

    if (status) {
      // status is a post-only concept ⇒ only feedback records
      activityQuery = db.selectFrom(feedbackCTE.as("activity"));
    }

    if (excludeFeedback) {
      activityQuery = db.selectFrom(commentsCTE.as("activity"));
    } else if (excludeComments) {
      activityQuery = db.selectFrom(feedbackCTE.as("activity"));
    }

    let orderedQuery = activityQuery.selectAll("activity");

    if (!isSearching) {
      if (orderBy === "newest") {
        orderedQuery = orderedQuery.orderBy("activity.createdAt", "desc");
      } else if (orderBy === "upvotes") {
        orderedQuery = orderedQuery.orderBy("activity.upvotes", "desc");
      } else if (orderBy === "comments") {
        orderedQuery = orderedQuery.orderBy("activity.commentCount", "desc");
      } else {
        orderedQuery = orderedQuery.orderBy("activity.createdAt", "desc");
      }
    }

    if (isSearching) {
      orderedQuery = orderedQuery
        .where("activity.distance", "<", maxDistance)
        .orderBy("activity.distance")
        .orderBy("activity.createdAt", "desc");
    }

    // Every sort above is on a non-unique column, and this feed pages by
    // OFFSET. Postgres does not promise any particular order within a tie, so
    // two requests for two different pages could order the same tie group
    // differently and the admin would silently lose one item and see another
    // twice. upvotes is the worst case: a whole board collapses into a handful
    // of tie groups. activity.id is unique across the union — post ids and
    // comment ids are both uuids — so ordering by it last makes the sort total
    // and the page boundaries reproducible.
    orderedQuery = orderedQuery.orderBy("activity.id", "desc");

    let joinedQuery = orderedQuery.leftJoin("activity_seen", (join) =>
      join
        .onRef("activity.id", "=", "activity_seen.itemId")
        .on("activity_seen.userId", "=", userId),
    );

    if (unseenOnly) {
      joinedQuery = joinedQuery.where("activity_seen.userId", "is", null);
    }

    const finalQuery = joinedQuery
      .selectAll()
      .select((eb) => [
        eb("activity_seen.userId", "is not", null).as("isSeen"),
        eb.fn.count("activity.id").over().as("totalItemsCount"),
      ])
      .limit(pageSize)
      .offset(offset);

    const results = await finalQuery.execute();

    const items = results;
    const totalItemsCount =
      results.length > 0 ? Number(results[0].totalItemsCount) : 0;
    const itemsWithoutTotalCount: ActivityFeedItem[] = items.map(
      ({ totalItemsCount, isSeen, ...rest }) => {
        return { ...rest, isSeen: Boolean(isSeen) };
      },
    );
    const totalPages = Math.ceil(totalItemsCount / pageSize);

    return {
      items: itemsWithoutTotalCount,
      totalItemsCount,
      totalPages,
      currentPage: page,
    };
  } catch (error) {
    throw error;
  }
}
