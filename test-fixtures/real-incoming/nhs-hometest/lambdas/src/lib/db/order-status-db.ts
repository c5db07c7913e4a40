import { DBClient } from "./db-client";

export const OrderStatusCodes = {
  GENERATED: "GENERATED",
  QUEUED: "QUEUED",
  SUBMITTED: "SUBMITTED",
  CONFIRMED: "CONFIRMED",
  DISPATCHED: "DISPATCHED",
  RECEIVED: "RECEIVED",
  COMPLETE: "COMPLETE",
} as const;

export type OrderStatusCode = (typeof OrderStatusCodes)[keyof typeof OrderStatusCodes];

export interface OrderRow {
  order_uid: string;
  patient_uid: string;
  order_reference: number;
  supplier_id: string;
  test_code: string;
  created_at: string;
  originator?: string;
}

export interface OrderStatusUpdateParams {
  orderId: string;
  statusCode: OrderStatusCode;
  createdAt: string;
  correlationId: string;
}

export interface IdempotencyCheckResult {
  isDuplicate: boolean;
}

export class OrderStatusService {
  private readonly dbClient: DBClient;

  constructor(dbClient: DBClient) {
    this.dbClient = dbClient;
  }

  /**
   * Retrieve patient ID associated with an order from the database. Returns null if order is not found.
   */
  async getPatientIdFromOrder(orderId: string): Promise<string | null> {
    const query = `
      SELECT patient_uid
      FROM test_order
      WHERE order_uid = $1::uuid
      LIMIT 1;
    `;

    try {
      const result = await this.dbClient.query<{ patient_uid: string }, [string]>(query, [orderId]);

      return result.rowCount === 0 ? null : result.rows[0].patient_uid;
    } catch (error) {
      throw new Error(`Failed to fetch order from database for orderId ${orderId}`, {
        cause: error,
      });
    }
  }

  /**
   * Check for idempotency - verify if an update with the same correlation ID was already processed
   */
  async checkIdempotency(orderId: string, correlationId: string): Promise<IdempotencyCheckResult> {
    const query = `
      SELECT 1
      FROM order_status
      WHERE order_uid = $1::uuid AND correlation_id = $2::uuid
      LIMIT 1;
    `;

    try {
      const result = await this.dbClient.query(query, [orderId, correlationId]);

      return {
        isDuplicate: (result.rowCount ?? 0) > 0,
      };
    } catch (error) {
      throw new Error(`Failed to check idempotency for correlationId ${correlationId}`, {
        cause: error,
      });
    }
  }

  // ALPHA: should this method not perform an idempotency check before inserting a new status? Or should that be the responsibility of the caller to check before calling this method?
  /**
   * Add a new order status update to the database
   */
  async addOrderStatusUpdate(params: OrderStatusUpdateParams): Promise<void> {
    const { orderId, statusCode, createdAt, correlationId } = params;

    const query = `
      INSERT INTO order_status (order_uid, status_code, created_at, correlation_id)
      VALUES ($1, $2, $3, $4)
    `;

    try {
      const result = await this.dbClient.query(query, [
        orderId,
        statusCode,
        createdAt,
        correlationId,
      ]);

      if (result.rowCount === 0) {
        throw new Error("Failed to insert order status");
      }
    } catch (error) {
      throw new Error(`Failed to update order status for orderId ${orderId}`, {
        cause: error,
      });
    }
  }

  async getOrderStatusCreatedAt(orderId: string, statusCode: OrderStatusCode): Promise<string> {
    const query = `
      SELECT created_at
      FROM order_status
      WHERE order_uid = $1::uuid AND status_code = $2
      ORDER BY created_at DESC
      LIMIT 1;
    `;

    try {
      const result = await this.dbClient.query<{ created_at: string }, [string, OrderStatusCode]>(
        query,
        [orderId, statusCode],
      );

      if (result.rowCount === 0) {
        throw new Error(
          `Order status not found for orderId ${orderId} and statusCode ${statusCode}`,
        );
      }

      return result.rows[0].created_at;
    } catch (error) {
      throw new Error(
        `Failed to retrieve order status created_at for orderId ${orderId} and statusCode ${statusCode}`,
        {
          cause: error,
        },
      );
    }
  }
}
