/* eslint-disable @typescript-eslint/naming-convention */
import {
	ExceptionFilter,
	Catch,
	ArgumentsHost,
	HttpException,
	HttpStatus,
} from '@nestjs/common';
import { HttpArgumentsHost } from '@nestjs/common/interfaces';
import { HttpAdapterHost } from '@nestjs/core';
import { ValidationError } from 'class-validator';
import { Response } from 'express';
import { DebuggerService } from 'src/common/debugger/services/debugger.service';
import { ERROR_TYPE } from 'src/common/error/constants/error.enum.constant';
import {
	IErrorException,
	IErrorHttpFilter,
	IErrorHttpFilterMetadata,
	IErrors,
	IErrorsImport,
	IValidationErrorImport,
} from 'src/common/error/interfaces/error.interface';
import { IMessage } from 'src/common/message/interfaces/message.interface';
import { MessageService } from 'src/common/message/services/message.service';
import { IRequestApp } from 'src/common/request/interfaces/request.interface';
import { QueryFailedError } from 'typeorm';
import * as Sentry from '@sentry/node';
import { ConfigService } from '@nestjs/config';

// If we throw error with HttpException, there will always return object
// The exception filter only catch HttpException
@Catch()
export class ErrorHttpFilter implements ExceptionFilter {
	constructor(
		private readonly messageService: MessageService,
		private readonly debuggerService: DebuggerService,
		private readonly httpAdapterHost: HttpAdapterHost,
		private readonly configService: ConfigService,
	) {}

	async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
		const ctx: HttpArgumentsHost = host.switchToHttp();

		Sentry.init({
			dsn: this.configService.get<string>('app.dns'),
			tracesSampleRate: 1.0,
		});

		if (exception instanceof HttpException) {
			const statusHttp: number = exception.getStatus();
			const request = ctx.getRequest<IRequestApp>();
			const responseExpress: Response = ctx.getResponse<Response>();

			// get request headers
			const reqCustomLang = request.header('x-custom-lang');

			// get metadata
			const { __class } = request;
			const { __function } = request;
			const __path = request.path;
			const __requestId = request.id;
			const __timestamp = request.timestamp;
			const __timezone = request.timezone;
			const __version = request.version;
			const __repoVersion = request.repoVersion;

			// message base in language
			const { customLang } = ctx.getRequest<IRequestApp>();

			// Debugger
			this.debuggerService.error(
				request && request.id ? request.id : ErrorHttpFilter.name,
				{
					description: exception.message,
					class: __class,
					function: __function,
					path: __path,
				},
				exception,
			);

			// Restructure
			const response = exception.getResponse();

			if (!this.isErrorException(response)) {
				responseExpress.status(statusHttp).json(response);

				return;
			}

			const responseException = response as IErrorException;
			const {
				statusCode,
				message,
				error,
				errorType,
				data,
				properties,
				metadata,
			} = responseException;

			let { errors } = responseException;
			if (errors && errors.length > 0) {
				errors =
					errorType === ERROR_TYPE.IMPORT
						? await this.messageService.getImportErrorsMessage(
								errors as IValidationErrorImport[],
								customLang,
						  )
						: await this.messageService.getRequestErrorsMessage(
								errors as ValidationError[],
								customLang,
						  );
			}

			const mapMessage: string | IMessage = await this.messageService.get(
				message,
				{ customLanguages: customLang, properties },
			);

			const resMetadata: IErrorHttpFilterMetadata = {
				languages: customLang,
				timestamp: __timestamp,
				timezone: __timezone,
				requestId: __requestId,
				path: __path,
				version: __version,
				repoVersion: __repoVersion,
				...metadata,
			};

			const resResponse: IErrorHttpFilter = {
				statusCode: statusCode || statusHttp,
				message: mapMessage,
				error:
					error && Object.keys(error).length > 0 ? error : exception.message,
				errors: errors as IErrors[] | IErrorsImport[],
				metadata: resMetadata,
				data,
			};

			// Sentry.captureException({
			// 	id: request && request.id ? request.id : ErrorHttpFilter.name,
			// 	description: exception.message,
			// 	class: __class,
			// 	function: __function,
			// 	path: __path,
			// 	exception: exception,
			// });
			// Sentry.captureMessage(`${exception.message}`);

			responseExpress
				.setHeader('x-custom-lang', reqCustomLang)
				.setHeader('x-timestamp', __timestamp)
				.setHeader('x-timezone', __timezone)
				.setHeader('x-request-id', __requestId)
				.setHeader('x-version', __version)
				.setHeader('x-repo-version', __repoVersion)
				.status(statusHttp)
				.json(resResponse);
		} else if (exception instanceof QueryFailedError) {
			const { httpAdapter } = this.httpAdapterHost;

			const responseBody = {
				statusCode: HttpStatus.BAD_REQUEST,
				message: (exception as QueryFailedError).message,
			};

			// Sentry.captureException(responseBody);
			// Sentry.captureMessage((exception as QueryFailedError).message);

			httpAdapter.reply(
				ctx.getResponse(),
				responseBody,
				HttpStatus.BAD_REQUEST,
			);
		} else {
			// In certain situations `httpAdapter` might not be available in the
			// constructor method, thus we should resolve it here.
			const { httpAdapter } = this.httpAdapterHost;
			const __path = httpAdapter.getRequestUrl(ctx.getRequest());
			const message: string = (await this.messageService.get(
				'http.serverError.internalServerError',
			)) as string;

			// Debugger
			this.debuggerService.error(
				ErrorHttpFilter.name,
				{
					description: message,
					class: ErrorHttpFilter.name,
					function: 'catch',
					path: __path,
				},
				exception,
			);

			const responseBody = {
				statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
				message,
			};

			// Sentry.captureException(responseBody);
			// Sentry.captureMessage(message);

			// httpAdapter.reply(
			// 	ctx.getResponse(),
			// 	responseBody,
			// 	HttpStatus.INTERNAL_SERVER_ERROR,
			// );
		}

		return;
	}

	isErrorException(obj: any): obj is IErrorException {
		return 'statusCode' in obj && 'message' in obj;
	}
}
