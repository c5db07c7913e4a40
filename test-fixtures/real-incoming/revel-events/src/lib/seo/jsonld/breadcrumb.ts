export interface BreadcrumbItem {
	name: string;
	url: string;
}

export interface BreadcrumbJsonLd {
	'@context': 'https://schema.org';
	'@type': 'BreadcrumbList';
	itemListElement: Array<{
		'@type': 'ListItem';
		position: number;
		name: string;
		item: string;
	}>;
}

export function generateBreadcrumbJsonLd(items: BreadcrumbItem[]): BreadcrumbJsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((it, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: it.name,
			item: it.url
		}))
	};
}
