import {
  DeleteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { Logger } from "pino";
import z from "zod";
import {
  InsertPendingLetter,
  PendingLetter,
  PendingLetterBase,
  PendingLetterSchema,
} from "./types";
import LetterAlreadyExistsError from "./errors/letter-already-exists-error";
import LetterNotFoundError from "./errors/letter-not-found-error";

type LetterQueueRepositoryConfig = {
  letterQueueTableName: string;
  letterQueueTtlHours: number;
  /** Maximum number of items to fetch per DynamoDB page. Defaults to 100. */
  queryPageSize?: number;
};

export default class LetterQueueRepository {
  constructor(
    readonly ddbClient: DynamoDBDocumentClient,
    readonly log: Logger,
    readonly config: LetterQueueRepositoryConfig,
  ) {}

  private readonly defaultPriority = 10;

  async putLetter(
    insertPendingLetter: InsertPendingLetter,
  ): Promise<PendingLetter> {
    // needs to be an ISO timestamp as Db sorts alphabetically
    const now = new Date().toISOString();
    const priority = String(
      insertPendingLetter.priority ?? this.defaultPriority,
    );
    const queueSortOrderSk = `${priority.padStart(2, "0")}-${now}`;
    const pendingLetter: PendingLetter = {
      ...insertPendingLetter,
      queueTimestamp: now,
      visibilityTimestamp: now,
      queueSortOrderSk,
      ttl: Math.floor(
        Date.now() / 1000 + 60 * 60 * this.config.letterQueueTtlHours,
      ),
    };
    try {
      await this.ddbClient.send(
        new PutCommand({
          TableName: this.config.letterQueueTableName,
          Item: pendingLetter,
          ConditionExpression: "attribute_not_exists(letterId)", // Ensures the supplierId/letterId combination is unique
        }),
      );
    } catch (error) {
      if (
        error instanceof Error &&
        error.name === "ConditionalCheckFailedException"
      ) {
        throw new LetterAlreadyExistsError(
          insertPendingLetter.supplierId,
          insertPendingLetter.letterId,
        );
      }
      throw error;
    }
    return PendingLetterSchema.parse(pendingLetter);
  }

  async deleteLetter(supplierId: string, letterId: string): Promise<void> {
    try {
      await this.ddbClient.send(
        new DeleteCommand({
          TableName: this.config.letterQueueTableName,
          Key: { supplierId, letterId },
          ConditionExpression: "attribute_exists(letterId)",
        }),
      );
    } catch (error) {
      if (
        error instanceof Error &&
        error.name === "ConditionalCheckFailedException"
      ) {
        throw new LetterNotFoundError(supplierId, letterId);
      }
      throw error;
    }
  }

  async getLetters(
    supplierId: string,
    limit: number,
  ): Promise<PendingLetter[]> {
    const letters: PendingLetter[] = [];
    let lastEvaluatedKey: Record<string, unknown> | undefined;

    do {
      const result = await this.ddbClient.send(
        new QueryCommand({
          TableName: this.config.letterQueueTableName,
          IndexName: "queueSortOrder-index",
          KeyConditionExpression: "supplierId = :supplierId",
          FilterExpression: "visibilityTimestamp < :now",
          ExpressionAttributeValues: {
            ":supplierId": supplierId,
            ":now": new Date().toISOString(),
          },
          // 1000 is a compromise - a smaller number might result in a lot of round trips, a larger one might
          // entail fetching and then throwing away a lot of data
          Limit: this.config.queryPageSize ?? 1000,
          ExclusiveStartKey: lastEvaluatedKey,
        }),
      );

      const page = z.array(PendingLetterSchema).parse(result.Items);
      letters.push(...page);

      lastEvaluatedKey = result.LastEvaluatedKey;
    } while (lastEvaluatedKey !== undefined && letters.length < limit);

    return letters.slice(0, limit);
  }

  async updateVisibilityTimestamp(
    pendingLetter: PendingLetterBase,
    timestamp: Date,
  ): Promise<void> {
    try {
      await this.ddbClient.send(
        new UpdateCommand({
          TableName: this.config.letterQueueTableName,
          Key: {
            supplierId: pendingLetter.supplierId,
            letterId: pendingLetter.letterId,
          },
          UpdateExpression: "SET visibilityTimestamp = :ts",
          ConditionExpression: "attribute_exists(letterId)",
          ExpressionAttributeValues: {
            ":ts": timestamp.toISOString(),
          },
        }),
      );
    } catch (error) {
      if (
        error instanceof Error &&
        error.name === "ConditionalCheckFailedException"
      ) {
        // Letter has been deleted from queue as no longer pending - just ignore it
        return;
      }
      throw error;
    }
  }
}
