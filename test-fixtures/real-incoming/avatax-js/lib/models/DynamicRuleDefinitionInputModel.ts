/*
 * AvaTax Software Development Kit for JavaScript
 *
 * (c) 2004-2022 Avalara, Inc.
 *
 * For the full copyright and license information, please view the LICENSE
 * file that was distributed with this source code.
 *
 * @author     Jonathan Wenger <jonathan.wenger@avalara.com>
 * @author     Sachin Baijal <sachin.baijal@avalara.com>
 * @copyright  2004-2018 Avalara, Inc.
 * @license    https://www.apache.org/licenses/LICENSE-2.0
 * @link       https://github.com/avadev/AvaTax-REST-V2-JS-SDK
 */

import * as Enums from '../enums/index';
import { DynamicRuleComponentInputModel } from "./DynamicRuleComponentInputModel";
import { JsonObject, JsonProperty } from "json2typescript";
import { DateConverter } from "../utils/dateConverter";

/**
 * Represents the definition of a Dynamic Rule, which defines its execution flow.
 * @export
 * @class DynamicRuleDefinitionInputModel
 */
 @JsonObject("DynamicRuleDefinitionInputModel")
 export class DynamicRuleDefinitionInputModel {
    /**
     * @type {DynamicRuleComponentInputModel[]}
     * @memberof DynamicRuleDefinitionInputModel
     */
   @JsonProperty("variables", [DynamicRuleComponentInputModel], true)
   variables?: DynamicRuleComponentInputModel[] | undefined = undefined;
    /**
     * @type {DynamicRuleComponentInputModel[]}
     * @memberof DynamicRuleDefinitionInputModel
     */
   @JsonProperty("nodes", [DynamicRuleComponentInputModel])
   nodes: DynamicRuleComponentInputModel[] = undefined;
 }