import {UnsubscribeLinks} from "./unsubscribe_links";
import {Model} from "../../../../../../utils/util/model";

class BodyWrapper implements Model{

	private unsubscribeLinks: Array<UnsubscribeLinks>;
	private keyModified: Map<string, number> = new Map<string, number>();
	/**
	 * The method to get the unsubscribeLinks
	 * @returns An Array representing the unsubscribeLinks
	 */
	public getUnsubscribeLinks(): Array<UnsubscribeLinks>	{
		return this.unsubscribeLinks;

	}

	/**
	 * The method to set the value to unsubscribeLinks
	 * @param unsubscribeLinks An Array representing the unsubscribeLinks
	 */
	public setUnsubscribeLinks(unsubscribeLinks: Array<UnsubscribeLinks>): void	{
		this.unsubscribeLinks = unsubscribeLinks;
		this.keyModified.set("unsubscribe_links", 1);

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
	BodyWrapper as MasterModel,
	BodyWrapper as BodyWrapper
}
