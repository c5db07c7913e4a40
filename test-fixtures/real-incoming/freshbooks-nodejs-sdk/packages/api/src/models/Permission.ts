export default interface Permission {
	'notifications.access': boolean
	'beta.mobile.expenses': boolean
	'client.event.search': boolean
	'time_tracking.access': boolean
	'invoice_discounts.access': boolean
	'clienttypeahead.access': boolean
	'invoice_line_item_typeahead.access': boolean
	'client.limit': number
	'staff.limit': number
}
