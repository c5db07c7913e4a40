/**
 * The MIT License (MIT)
 *
 * Copyright (C) 2023 dropbox.com
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */

import { AttributeTypeMap, ObjectSerializer, RequestFile } from "./";
import { SubOAuth } from "./subOAuth";
import { SubOptions } from "./subOptions";
import { SubWhiteLabelingOptions } from "./subWhiteLabelingOptions";

export class ApiAppCreateRequest {
  /**
   * The domain names the ApiApp will be associated with.
   */
  "domains": Array<string>;
  /**
   * The name you want to assign to the ApiApp.
   */
  "name": string;
  /**
   * The URL at which the ApiApp should receive event callbacks.
   */
  "callbackUrl"?: string;
  /**
   * An image file to use as a custom logo in embedded contexts. (Only applies to some API plans)
   */
  "customLogoFile"?: RequestFile;
  "oauth"?: SubOAuth;
  "options"?: SubOptions;
  "whiteLabelingOptions"?: SubWhiteLabelingOptions;

  static discriminator: string | undefined = undefined;

  static attributeTypeMap: AttributeTypeMap = [
    {
      name: "domains",
      baseName: "domains",
      type: "Array<string>",
    },
    {
      name: "name",
      baseName: "name",
      type: "string",
    },
    {
      name: "callbackUrl",
      baseName: "callback_url",
      type: "string",
    },
    {
      name: "customLogoFile",
      baseName: "custom_logo_file",
      type: "RequestFile",
    },
    {
      name: "oauth",
      baseName: "oauth",
      type: "SubOAuth",
    },
    {
      name: "options",
      baseName: "options",
      type: "SubOptions",
    },
    {
      name: "whiteLabelingOptions",
      baseName: "white_labeling_options",
      type: "SubWhiteLabelingOptions",
    },
  ];

  static getAttributeTypeMap(): AttributeTypeMap {
    return ApiAppCreateRequest.attributeTypeMap;
  }

  /** Attempt to instantiate and hydrate a new instance of this class */
  static init(data: any): ApiAppCreateRequest {
    return ObjectSerializer.deserialize(data, "ApiAppCreateRequest");
  }
}
