/* eslint-disable @typescript-eslint/no-unused-vars */
/* eslint-disable init-declarations */
/* eslint-disable max-len */

import { AwsS3manager } from './aws.file.upload.service';
import { Imessage, IprocessedDialogflowResponseFormat, Iresponse } from '../refactor/interface/message.interface';
import { inject, delay, scoped, Lifecycle } from 'tsyringe';
import  TelegramBot  from 'node-telegram-bot-api';
import { MessageFlow } from './get.put.message.flow.service';
import { platformServiceInterface } from '../refactor/interface/platform.interface';
import { clientAuthenticator } from './clientAuthenticator/client.authenticator.interface';
import { ClientEnvironmentProviderService } from './set.client/client.environment.provider.service';
import { TelegramMessageToDialogflow } from './telegram.messagetodialogflow';
import { TelegramPostResponseFunctionalities } from './telegram.post.response.functionalities';
import { LogsQAService } from './logs.for.qa';

///////////////////////////////////////////////////////////////////////////////////////////////

@scoped(Lifecycle.ContainerScoped)
export class TelegramMessageService implements platformServiceInterface{

    public _telegram: TelegramBot = null;

    public res;

    constructor(@inject(delay(() => MessageFlow)) public messageFlow,
        @inject(AwsS3manager) private awsS3manager?: AwsS3manager,
        @inject(ClientEnvironmentProviderService) private environmentProviderService?: ClientEnvironmentProviderService,
        @inject(TelegramMessageToDialogflow) private telegramMessageToDialogflow?: TelegramMessageToDialogflow,
        @inject(TelegramPostResponseFunctionalities) private telegramPostResponseFunctionalities?: TelegramPostResponseFunctionalities,
        @inject("telegram.authenticator") private clientAuthenticator?: clientAuthenticator,
        @inject(LogsQAService) private logsQAService?: LogsQAService) {

        // Token initialization is deferred to when it's actually needed (e.g., handleMessage/setWebhook),
        // because the client name and secrets are not available at DI construction time.
        // const token = this.environmentProviderService.getClientEnvironmentVariable("TELEGRAM_BOT_TOKEN");
        // this._telegram = new TelegramBot(token);
        // this.init();
        // this.initializeToken();
    }

    private async initializeToken() {
        const telegramSecrets = await this.environmentProviderService.getClientEnvironmentVariable("telegram");
        if (!telegramSecrets) {
            throw new Error("Telegram secrets not found. Ensure the client environment is configured with 'telegram' secrets.");
        }
        const telegramBotToken = telegramSecrets?.BotToken;
        this._telegram = new TelegramBot(telegramBotToken);
        this.init();
    }

    getMessageIdFromResponse(response: any) {
        return response.message_id;
    }

    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    async handleMessage(msg, channel: string){
        if (!this._telegram) {
            await this.initializeToken();
        }
        this._telegram.processUpdate(msg);
        console.log("message sent to events");
        return null;
    }

    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    sendManualMesage(msg){
        return this.messageFlow.send_manual_msg(msg, this);
    }

    init(){
        this._telegram.on('message', async msg => {
            await this.actionOnTelegramEvent(msg);
        });

        this._telegram.on('callback_query', async (callbackQuery) => {
            await this.actionOnTelegramEvent(callbackQuery);
        });
    }

    async setWebhook(clientName){
        const telegramSecrets = await this.environmentProviderService.getClientEnvironmentVariable("telegram");
        const telegramBotToken = telegramSecrets?.BotToken;
        this._telegram = new TelegramBot(telegramBotToken);
        const urlToken = await this.clientAuthenticator.urlToken();
        const webhookUrl = process.env.BASE_URL + '/v1/' + clientName + '/telegram/' + urlToken + '/receive';
        this._telegram.setWebHook(webhookUrl);
        console.log("Telegram webhook set", webhookUrl);
    }

    postResponse = async(message: Imessage, processedResponse: IprocessedDialogflowResponseFormat) => {
        console.log("enter the give response of tele");
        // eslint-disable-next-line init-declarations
        let reaponse_message: Iresponse;
        const telegram_id = message.platformId;
        const input_message = message.messageBody;
        const name = message.name;
        const chat_message_id = message.chat_message_id;
        const image = processedResponse.message_from_nlp.getImageObject();
        const pasrseMode = processedResponse.message_from_nlp.getParseMode();
        const intent = processedResponse.message_from_nlp.getIntent();
        const payload = processedResponse.message_from_nlp.getPayload();
        const similarDoc = processedResponse.message_from_nlp.getSimilarDoc();
        const platformId = message.platformId;

        if (image && image.url) {
            reaponse_message = { name: name,platform: "Telegram", platformId: platformId, chat_message_id: chat_message_id,direction: "Out",input_message: input_message,message_type: "image",intent: intent,messageBody: image.url, messageImageUrl: image.url , messageImageCaption: image.caption, sessionId: telegram_id, messageText: processedResponse.processed_message[0], similarDoc: similarDoc };
        }
        else if (processedResponse.processed_message.length > 1) {

            if (pasrseMode && pasrseMode === 'HTML') {

                console.log(
                    "THIS HTML TO IMAGE SUPPORT HAS BEEN DEPRECATED"
                );

                // METHOD BEING DEPRECATED DUE TO PACKAGE SUPPORT ISSUES
                // eslint-disable-next-line max-len
                // const uploadImageName = await this.awsS3manager.createFileFromHTML(processedResponse.processed_message[0]);
                // const vaacinationImageFile = await this.awsS3manager.uploadFile(uploadImageName);
                // if (vaacinationImageFile) {
                //     reaponse_message = { name: name,platform: "Telegram", platformId: platformId, chat_message_id: chat_message_id,direction: "Out",input_message: input_message,message_type: "image",intent: intent,messageBody: String(vaacinationImageFile), messageImageUrl: null , messageImageCaption: null, sessionId: telegram_id, messageText: processedResponse.processed_message[1], similarDoc: similarDoc };
                // }
            }
            else {
                reaponse_message = { name: name,platform: "Telegram", platformId: platformId, chat_message_id: chat_message_id,direction: "Out",input_message: input_message,message_type: "text",intent: intent,messageBody: null, messageImageUrl: null , messageImageCaption: null, sessionId: telegram_id, messageText: processedResponse.processed_message[0], similarDoc: similarDoc };
                reaponse_message = { name: name,platform: "Telegram", platformId: platformId, chat_message_id: chat_message_id,direction: "Out",input_message: input_message,message_type: "text",intent: intent,messageBody: null, messageImageUrl: null , messageImageCaption: null, sessionId: telegram_id, messageText: processedResponse.processed_message[1], similarDoc: similarDoc };
            }
        } else {
            let message_type = "text";
            if (payload !== null){
                message_type = payload.fields.messagetype.stringValue;
                if (message_type === "interactive-buttons") {
                    message_type = "inline_keyboard";
                }
            }
            reaponse_message = { name: name,platform: "Telegram", platformId: platformId, chat_message_id: chat_message_id,direction: "Out",input_message: input_message,message_type: message_type,intent: intent,messageBody: null, messageImageUrl: null , messageImageCaption: null, sessionId: telegram_id, messageText: processedResponse.processed_message[0], similarDoc: similarDoc };
        }
        return reaponse_message;

    };

    createFinalMessageFromHumanhandOver(requestBody) {
        const response_message: Iresponse = {
            name                : requestBody.agentName,
            platform            : "Telegram",
            chat_message_id     : null,
            direction           : "Out",
            input_message       : null,
            message_type        : requestBody.type ?? "text",
            intent              : null,
            messageBody         : null,
            messageImageUrl     : null,
            messageImageCaption : null,
            sessionId           : requestBody.userId,
            messageText         : requestBody.message,
            similarDoc          : null,
            platformId          : requestBody.platformId
        };
        return response_message;
    }

    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    SendMediaMessage = async (response_format:Iresponse, payload:any) => {
        try {
            const type = response_format.message_type;
            if (type) {
                const classmethod = `send${type}Response`;
                const telegramSecrets = await this.environmentProviderService.getClientEnvironmentVariable("telegram");
                const telegramBotToken = telegramSecrets?.BotToken;
                const telegram = new TelegramBot(telegramBotToken);
                const qaService = await this.environmentProviderService.getClientEnvironmentVariable("QnA");
                if (qaService) {
                    if (response_format.name !== "ReanCare") {
                        console.log("Providing QA service through clickUp");
                        await this.logsQAService.logMesssages(response_format);
                    }
                }
                return await this.telegramPostResponseFunctionalities[classmethod](response_format,telegram,payload);
            }
        } catch (error) {
            console.log("errroooooooooooorrrrrr is here ",error);
        }
    };

    actionOnTelegramEvent = async(requestBody) =>{
        const generatorTelegramMessage = await this.telegramMessageToDialogflow.messageToDialogflow(requestBody);
        let done = false;
        const telegramMessages = [];
        let telegramMessagetoDialogflow: Imessage;
        while (done === false) {
            const nextgeneratorObj = generatorTelegramMessage.next();
            telegramMessagetoDialogflow = (await nextgeneratorObj).value;
            done = (await nextgeneratorObj).done;
            telegramMessages.push(telegramMessagetoDialogflow);
        }
        for (telegramMessagetoDialogflow of telegramMessages){
            if (telegramMessagetoDialogflow) {
                await this.messageFlow.checkTheFlowRouter(telegramMessagetoDialogflow, "telegram", this);
            }
        }
    };

}
