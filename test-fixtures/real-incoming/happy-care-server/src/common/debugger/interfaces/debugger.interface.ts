export interface IDebuggerLog {
	description: string;
	class?: string;
	function?: string;
	path?: string;
}
