export interface PayloadProps {
	body: string;
	created_at: string;
	draft: boolean;
	html_url: string;
	id: number;
	mentions_count: number;
	name: string;
	node_id: number;
	prerelease: boolean;
	published_at: string;
	tag_name: string;
	tarball_url: string;
	target_commitish: string;
	upload_url: string;
	url: string;
	zipball_url: string;
}
