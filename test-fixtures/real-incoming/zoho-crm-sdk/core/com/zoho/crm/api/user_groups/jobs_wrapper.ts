import {Jobs} from "./jobs";
import {Model} from "../../../../../../utils/util/model";

class JobsWrapper implements Model{

	private deletionJobs: Array<Jobs>;
	private keyModified: Map<string, number> = new Map<string, number>();
	/**
	 * The method to get the deletionJobs
	 * @returns An Array representing the deletionJobs
	 */
	public getDeletionJobs(): Array<Jobs>	{
		return this.deletionJobs;

	}

	/**
	 * The method to set the value to deletionJobs
	 * @param deletionJobs An Array representing the deletionJobs
	 */
	public setDeletionJobs(deletionJobs: Array<Jobs>): void	{
		this.deletionJobs = deletionJobs;
		this.keyModified.set("deletion_jobs", 1);

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
	JobsWrapper as MasterModel,
	JobsWrapper as JobsWrapper
}
