import {EmailSignatures} from "./email_signatures";
import {ResponseHandler} from "./response_handler";
import {Model} from "../../../../../../utils/util/model";

class ResponseWrapper implements Model, ResponseHandler{

	private emailSignatures: Array<EmailSignatures>;
	private keyModified: Map<string, number> = new Map<string, number>();
	/**
	 * The method to get the emailSignatures
	 * @returns An Array representing the emailSignatures
	 */
	public getEmailSignatures(): Array<EmailSignatures>	{
		return this.emailSignatures;

	}

	/**
	 * The method to set the value to emailSignatures
	 * @param emailSignatures An Array representing the emailSignatures
	 */
	public setEmailSignatures(emailSignatures: Array<EmailSignatures>): void	{
		this.emailSignatures = emailSignatures;
		this.keyModified.set("email_signatures", 1);

	}

	/**
	 * The method to check if the user has modified the given key
	 * @param key A String representing the key
	 * @returns A number representing the modification
	 */
	public isKeyModified(key: string): number | null | undefined	{
		if(this.keyModified.has(key))	{
			return this.keyModified.get(key);
		}
		return null;

	}

	/**
	 * The method to mark the given key as modified
	 * @param key A String representing the key
	 * @param modification A number representing the modification
	 */
	public setKeyModified(key: string, modification: number): void	{
		this.keyModified.set(key, modification);

	}

}
export {
	ResponseWrapper as MasterModel,
	ResponseWrapper as ResponseWrapper
}
