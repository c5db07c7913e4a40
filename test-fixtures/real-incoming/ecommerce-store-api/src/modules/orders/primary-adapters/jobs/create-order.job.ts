import { Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { BaseJobHandler } from '../../../../infrastructure/jobs/base-job.handler';
import { GetOrderUseCase } from '../../core/application/usecases/get-order/get-order.usecase';
import { Result, isFailure } from '../../../../shared-kernel/domain/result';
import { AppError } from '../../../../shared-kernel/domain/exceptions/app.error';
import { ErrorFactory } from '../../../../shared-kernel/domain/exceptions/error.factory';
import { ScheduleCheckoutProps } from '../../core/domain/schedulers/order.scheduler';
import { ReserveStockResult } from './reserve-stock-job/reserve-stock.job';
import { CorrelationService } from '../../../../infrastructure/logging/correlation/correlation.service';
import { SYSTEM_CALLER_CONTEXT } from '../../../../shared-kernel/domain/interfaces/caller-context.interface';

export interface CreateOrderResult extends ReserveStockResult {
  orderId: number;
  orderTotal: number;
  orderCurrency: string;
}

@Injectable()
export class CreateOrderStep extends BaseJobHandler<
  ScheduleCheckoutProps,
  CreateOrderResult
> {
  protected readonly logger = new Logger(CreateOrderStep.name);

  constructor(
    private readonly getOrderUseCase: GetOrderUseCase,
    private readonly correlation: CorrelationService,
  ) {
    super();
  }

  protected getCorrelationService(): CorrelationService {
    return this.correlation;
  }

  protected async onExecute(
    job: Job<ScheduleCheckoutProps>,
  ): Promise<Result<CreateOrderResult, AppError>> {
    const { orderId } = job.data;

    // Get data from child job (ReserveStockStep)
    const childrenValues = await job.getChildrenValues();
    const childData = Object.values(childrenValues)[0] as ReserveStockResult;

    if (!childData || !childData.reservationId) {
      return ErrorFactory.ServiceError(
        'Missing reservation data from ReserveStockStep',
      );
    }

    // Orders are now always created in CheckoutUseCase
    // This step only fetches the existing order
    if (!orderId) {
      return ErrorFactory.ServiceError(
        'Order ID is required. Orders must be created via CheckoutUseCase.',
      );
    }

    this.logger.log(`Fetching order ${orderId}...`);
    const orderResult = await this.getOrderUseCase.execute({
      orderId,
      callerContext: SYSTEM_CALLER_CONTEXT,
    });

    if (isFailure(orderResult)) {
      return ErrorFactory.ServiceError(
        `Order ${orderId} not found: ${orderResult.error.message}`,
      );
    }

    const order = orderResult.value;
    this.logger.log(`Order ${order.id} fetched successfully`);

    return Result.success({
      ...childData,
      orderId: order.id!,
      orderTotal: order.totalPrice,
      orderCurrency: 'USD',
    });
  }
}
