/* eslint-disable @typescript-eslint/no-unused-vars */
/* eslint-disable max-len */
import { Iresponse } from "../refactor/interface/message.interface";
import { UserLanguage } from "./set.language";
import { translateService } from "./translate.service";
import { HandleMessagetypePayload } from "./handle.messagetype.payload";
import { inject, Lifecycle, scoped } from "tsyringe";
import axios from 'axios';
import { ClientEnvironmentProviderService } from "./set.client/client.environment.provider.service";
import stream from 'stream';
import FormData from 'form-data';

@scoped(Lifecycle.ContainerScoped)
export class WhatsappWatiPostResponseFunctionalities {

    constructor (
        @inject(HandleMessagetypePayload) private handleMessagetypePayload?: HandleMessagetypePayload,
        @inject(UserLanguage) private userLanguage?: UserLanguage,
        @inject(translateService) private translateService?: translateService,
        @inject(ClientEnvironmentProviderService) private clientEnvironmentProviderService?: ClientEnvironmentProviderService
    ){}

    sendtextResponse = async(response_format:Iresponse, payload) => {
        try {
            const phoneNumber = response_format.platformId;
            const params = { 'messageText': response_format.messageText };
            const watiUrlSettings = await this.clientEnvironmentProviderService.getClientEnvironmentVariable("WatiBaseUrl");
            const watiUrl = watiUrlSettings.Value;
            const baseUrl = `${watiUrl}/api/v1/sendSessionMessage/${phoneNumber}?messageText=`;
            console.log("Sending Wati Text Response");
            const url = encodeURI(baseUrl + response_format.messageText);
            const watiTokenSettings = await this.clientEnvironmentProviderService.getClientEnvironmentVariable("WatiToken");
            const watiToken = watiTokenSettings.Value;
            const options = {
                method  : 'POST',
                url     : url,
                headers : {
                    Authorization : watiToken
                }
            };
            const response = await axios.request(options).then(function (response){
                return response; })
                .catch(function (error) {
                    console.log(error);
                });
            return response;
        } catch (error) {
            console.log("Error while sending text message to whatsapp wati", error);
        }
    };

    sendcustom_payloadResponse = async(response_format: Iresponse, payload) => {
        let response;
        const phoneNumber = response_format.platformId;
        const payloadContent = this.handleMessagetypePayload.getPayloadContent(payload);
        const listofPostDataWati = [];
        const languageForSession = await this.userLanguage.getPreferredLanguageofSession(response_format.sessionId);
        for (let i = 0; i < payloadContent.length; i++){
            const payloadContentMessageTypeWati = payloadContent[i].fields.messagetype.stringValue;
            if (payloadContentMessageTypeWati === "interactive-buttons") {
                response = await this.sendinteractivebuttonsResponse(response_format, payloadContent[i]);
            } else if (payloadContentMessageTypeWati === "image") {

                // Method not implemented yet
            } else {
                const payloadMessageWati = await this.translateService.translateResponse([payloadContent[i].fields.content], languageForSession);
                response_format.messageText = payloadMessageWati[0];
                const postDataWati = await this.sendtextResponse(response_format, payloadContent[i]);
            }
        }
        return response;
    };

    sendinteractivebuttonsResponse = async(response_format: Iresponse, payload) => {
        const endPoint = "sendInteractiveButtonsMessage";
        const languageForSession = await this.userLanguage.getPreferredLanguageofSession(response_format.sessionId);
        const postDataWati = {
            "body" : "",
        };
        const buttons = await this.getButtonData(response_format, payload);
        const message = this.messageTextAccordingToMessageType(response_format, payload, "interactive-buttons");
        const translatedText = await this.translateService.translateResponse([message], languageForSession);
        postDataWati["buttons"] = buttons;
        postDataWati["body"] = translatedText[0];
        const response = await this.postRequestToWati(response_format, endPoint, postDataWati);
        response["data"]["buttonMetaData"] = JSON.stringify(buttons);
        return response;
    };

    sendinteractivelistResponse = async (response_format: Iresponse, payload) => {
        const endPoint = "sendInteractiveListMessage";
        const postDataWati = {
            "body" : "",
        };
        const rows_wati = [];
        var buttonText = "";
        const list_wati = payload.fields.buttons.listValue.values;
        if (payload.fields.header){
            buttonText = payload.fields.header.stringValue;
        } else {
            buttonText = "LIST";
        }

        let count_wati = 0;
        for (const lit of list_wati){
            let id_wati = count_wati;
            let description_wati = "";
            if (lit.structValue.fields.description){
                description_wati = lit.structValue.fields.description.stringValue;
            }
            if (lit.structValue.fields.id){
                id_wati = lit.structValue.fields.id.stringValue;
            }
            const temp_wati = {
                "id"          : id_wati,
                "title"       : lit.structValue.fields.title.stringValue,
                "description" : description_wati
            };
            rows_wati.push(temp_wati);
            count_wati++;
        }
        postDataWati["sections"] = [
            {
                "rows" : rows_wati
            }
        ];
        postDataWati["buttonText"] = buttonText;
        const response = await this.postRequestToWati(response_format, endPoint, postDataWati);
        return response;
    };

    sendimageResponse = async (response_format:Iresponse, payload) => {
        const imageRes = await this.sendMediaMessage(response_format, payload, "image.jpg", "image/jpeg");
        return imageRes;
    };

    sendvoiceResponse = async (response_format:Iresponse, payload) => {
        const voiceRes = await this.sendMediaMessage(response_format, payload, "voice.mp3", "audio/mpeg");
        return voiceRes;
    };

    async sendMediaMessage(response_format, payload, fileName, contentType) {
        const endpoint = "sendSessionFile";
        const watiUrlSettings = await this.clientEnvironmentProviderService.getClientEnvironmentVariable("WatiBaseUrl");
        const baseUrl = watiUrlSettings.Value;
        const watiTokenSettings = await this.clientEnvironmentProviderService.getClientEnvironmentVariable("WatiToken");
        const watiToken = watiTokenSettings.Value;
        const phoneNumber = response_format.platformId;
        let mediaLink =  response_format.messageBody;
        if (!mediaLink) {
            mediaLink = payload.fields.url.stringValue;
        }
        const response = await axios({
            method       : 'get',
            url          : mediaLink,
            responseType : 'arraybuffer'
        }).then(async response => {
            const bufferStream = new stream.PassThrough();
            bufferStream.end(response.data);

            const form = new FormData();
            form.append('file', bufferStream, {
                filename    : fileName,
                contentType : contentType,
                knownLength : response.data.length
            });
            const url = `${baseUrl}/api/v1/${endpoint}/${phoneNumber}?caption=${response_format.messageText}`;
            const options = {
                method  : 'POST',
                url     : url,
                headers : {
                    'content-type' : 'multipart/form-data; boundary=---011000010111000001101001',
                    Authorization  : watiToken
                },
                data : form
            };
            const res = await axios.request(
                options
            );
            return res;
        });
        return response;
    }

    async createTemplateParams(payload) {
        const customParams = [];
        let temp;
        let i;
        for (i in payload.variables) {
            temp = {
                "name"  : `${payload.templateName}_${i}`,
                "value" : payload.variables[i].text
            };
            customParams.push(temp);
        }
        return customParams;
    }

    sendtemplateResponse = async (response_format: Iresponse, payload) => {
        const customParameters = await this.createTemplateParams(payload);
        const watiUrlSettings = await this.clientEnvironmentProviderService.getClientEnvironmentVariable("WatiBaseUrl");
        const baseUrl = watiUrlSettings.Value;
        const watiTokenSettings = await this.clientEnvironmentProviderService.getClientEnvironmentVariable("WatiToken");
        const watiToken = watiTokenSettings.Value;
        const phoneNumber = response_format.platformId ? null : response_format.sessionId;
        const postDataWati = {
            "parameters"     : customParameters, // [{"name":"value", "name": "value"}]
            "template_name"  : payload.templateName,
            "broadcast_name" : "Reminder"
        };
        const buttons = [
            {
                "id"   : payload.buttonIds ? payload.buttonIds[0] : null,
                "text" : "Yes"
            },
            {
                "id"   : payload.buttonIds ? payload.buttonIds[1] : null,
                "text" : "No"
            }
        ];
        for (let i = 0; i < buttons.length; i++){
            const translatedTitle = await this.translateService.translateResponse([buttons[i].text], payload.languageForSession);
            buttons[i].text = translatedTitle[0];
        }
        const options = {
            method  : "POST",
            url     : `${baseUrl}/api/v2/sendTemplateMessage?whatsappNumber=${phoneNumber}`,
            headers : {
                'content-type' : 'application/json-patch+json',
                Authorization  : watiToken
            },
            data : JSON.stringify(postDataWati)
        };
        const response = await axios
            .request(options)
            .then(async function (response) {
                return response;
            })
            .catch(function (error) {
                console.error(error);
            });
        response["data"]["buttonMetaData"] = JSON.stringify(buttons);
        return response;
    };

    messageTextAccordingToMessageType = (response_format: Iresponse, payload: any, custom_payload_type: string) => {
        let message = "";
        if (response_format.message_type === "custom_payload"){
            if (custom_payload_type === "interactive-buttons") {
                message = payload.fields.message.stringValue;
            } else if (custom_payload_type === "image") {
                message = payload.fields.title.stringValue;
            } else {

                //
            }
        } else {
            message = response_format.messageText;
        }
        return message;
    };

    postRequestToWati = async (response_format: Iresponse, endPoint: string, postDataWati: any) => {
        const watiUrlSettings = await this.clientEnvironmentProviderService.getClientEnvironmentVariable("WatiBaseUrl");
        const baseUrl = watiUrlSettings.Value;
        const watiTokenSettings = await this.clientEnvironmentProviderService.getClientEnvironmentVariable("WatiToken");
        const watiToken = watiTokenSettings.Value;
        let phoneNumber;
        if (response_format.platformId){
            phoneNumber = response_format.platformId;
        } else {
            phoneNumber = response_format.sessionId;
        }
        const Url = `${baseUrl}/api/v1/${endPoint}?whatsappNumber=${phoneNumber}`;
        const options = {
            method  : 'POST',
            url     : Url,
            headers : {
                Authorization  : `${watiToken}`,
                'content-type' : 'application/json-patch+json'
            },
            data : JSON.stringify(postDataWati)
        };
        const response = await axios
            .request(options)
            .then(function (response) {
                return response;
            })
            .catch(function (error) {
                console.error(error);
            });
        return response;
    };

    getButtonData = async (response_format: Iresponse, payload) => {
        const buttons = [];
        const numberofButtons = (payload.fields.buttons.listValue.values).length;
        const languageForSession = await this.userLanguage.getPreferredLanguageofSession(response_format.sessionId);
        for (let i = 0; i < numberofButtons; i++){
            const id = payload.fields.buttons.listValue.values[i].structValue.fields.reply.structValue.fields.id.stringValue;
            const title = payload.fields.buttons.listValue.values[i].structValue.fields.reply.structValue.fields.title.stringValue;
            const translatedTitle = await this.translateService.translateResponse([title], languageForSession);
            const tempObject = {
                "id"   : id,
                "text" : translatedTitle[0]
            };
            buttons.push(tempObject);
        }
        return buttons;
    };

    fetchImageAsBase64 = async (imageUrl) => {
        const response = await axios.get(imageUrl, { responseType: 'arraybuffer' });
        const base64Data = Buffer.from(response.data, 'binary').toString('base64');
        return base64Data;
    };

}
