import React from 'react';
import { useClient } from 'urql';
import dayjs from 'dayjs';
import { toast } from 'sonner';
import {
	ChevronsLeft,
	ChevronsRight,
	ChevronLeft,
	ChevronRight,
	ChevronDown,
	AlertCircle,
	Copy,
	Search,
} from 'lucide-react';
import { UserDetailsQuery, AdminRolesQuery } from '../graphql/queries';
import {
	EnableAccess,
	RevokeAccess,
	UpdateUser,
	ResendVerifyEmail,
} from '../graphql/mutation';
import { copyTextToClipboard, getGraphQLErrorMessage } from '../utils';
import EditUserModal from '../components/EditUserModal';
import DeleteUserModal from '../components/DeleteUserModal';
import InviteMembersModal from '../components/InviteMembersModal';
import ViewUserModal from '../components/ViewUserModal';
import MfaStatus from '../components/MfaStatus';
import UserPermissionsModal from '../components/UserPermissionsModal';
import { Button } from '../components/ui/button';
import { Badge } from '../components/ui/badge';
import { Input } from '../components/ui/input';
import { Select } from '../components/ui/select';
import { Skeleton } from '../components/ui/skeleton';
import {
	Tooltip,
	TooltipTrigger,
	TooltipContent,
} from '../components/ui/tooltip';
import {
	DropdownMenu,
	DropdownMenuTrigger,
	DropdownMenuContent,
	DropdownMenuItem,
	DropdownMenuSeparator,
} from '../components/ui/dropdown-menu';
import {
	Table,
	TableHeader,
	TableBody,
	TableRow,
	TableHead,
	TableCell,
} from '../components/ui/table';
import type { User, UsersResponse } from '../types';

interface PaginationProps {
	limit: number;
	page: number;
	offset: number;
	total: number;
	maxPages: number;
}

const enum UpdateAccessActions {
	REVOKE = 'REVOKE',
	ENABLE = 'ENABLE',
}

const getMaxPages = (pagination: PaginationProps) => {
	const { limit, total } = pagination;
	if (total > 1) {
		return total % limit === 0 ? total / limit : Math.floor(total / limit) + 1;
	}
	return 1;
};

const PAGE_SIZE_OPTIONS = [10, 25, 50];

export default function Users() {
	const client = useClient();
	const [paginationProps, setPaginationProps] = React.useState<PaginationProps>(
		{
			limit: 10,
			page: 1,
			offset: 0,
			total: 0,
			maxPages: 1,
		},
	);
	const [userList, setUserList] = React.useState<User[]>([]);
	const [loading, setLoading] = React.useState<boolean>(false);
	const [searchQuery, setSearchQuery] = React.useState('');
	// debouncedSearch is what actually drives the server query — the raw input
	// is debounced (~300ms) so we don't fire a request on every keystroke.
	const [debouncedSearch, setDebouncedSearch] = React.useState('');
	const [selectedUser, setSelectedUser] = React.useState<User | null>(null);
	// User whose FGA permissions are being inspected (Users table → dropdown).
	const [permissionsUser, setPermissionsUser] = React.useState<User | null>(
		null,
	);
	// Whether the server can actually do MFA (master flag + a usable method).
	// Default true so the Enable-MFA action isn't disabled before the meta loads;
	// the server enforces the real check regardless.
	const [mfaServiceEnabled, setMfaServiceEnabled] =
		React.useState<boolean>(true);

	React.useEffect(() => {
		client
			.query<{
				_admin_meta?: { is_multi_factor_auth_service_enabled?: boolean };
			}>(AdminRolesQuery, {})
			.toPromise()
			.then(({ data }) => {
				setMfaServiceEnabled(
					data?._admin_meta?.is_multi_factor_auth_service_enabled ?? true,
				);
			});
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	// Guards against out-of-order responses: if a page/search change fires a
	// new request before an earlier one resolves, the earlier response must
	// not overwrite the list with stale results. Each call captures the
	// request id current at its start and checks it's still current before
	// touching state.
	const requestIdRef = React.useRef(0);

	const updateUserList = async () => {
		const requestId = ++requestIdRef.current;
		setLoading(true);
		const { data } = await client
			.query<UsersResponse>(UserDetailsQuery, {
				params: {
					pagination: {
						limit: paginationProps.limit,
						page: paginationProps.page,
					},
					query: debouncedSearch || undefined,
				},
			})
			.toPromise();
		if (requestId !== requestIdRef.current) {
			// A newer request has since started; discard this stale response.
			return;
		}
		if (data?._users) {
			const { pagination, users } = data._users;
			const maxPages = getMaxPages(pagination as unknown as PaginationProps);
			if (users && users.length > 0) {
				setPaginationProps({ ...paginationProps, ...pagination, maxPages });
				setUserList(users);
			} else {
				if (paginationProps.page !== 1) {
					setPaginationProps({
						...paginationProps,
						...pagination,
						maxPages,
						page: 1,
					});
				}
			}
		}
		setLoading(false);
	};

	// Debounce the raw search input, and reset to the first page whenever the
	// effective search term changes so results always start from page 1.
	React.useEffect(() => {
		const timer = setTimeout(() => {
			setDebouncedSearch(searchQuery.trim());
			setPaginationProps((prev) =>
				prev.page === 1 ? prev : { ...prev, page: 1 },
			);
		}, 300);
		return () => clearTimeout(timer);
	}, [searchQuery]);

	React.useEffect(() => {
		updateUserList();
	}, [paginationProps.page, paginationProps.limit, debouncedSearch]);

	const paginationHandler = (value: Record<string, number>) => {
		setPaginationProps({ ...paginationProps, ...value });
	};

	// Force-verify without touching the address itself. Deliberately does NOT
	// send `email`/`phone_number`: those params drive the change-address flow in
	// _update_user (which clears verification and mails a new link), and there is
	// nothing to change here.
	const markVerifiedHandler = async (
		user: User,
		field: 'email_verified' | 'phone_number_verified',
	) => {
		const res = await client
			.mutation(UpdateUser, { params: { id: user.id, [field]: true } })
			.toPromise();
		if (res.error) {
			toast.error(
				getGraphQLErrorMessage(res.error, 'User verification failed'),
			);
		} else if (res.data?._update_user?.id) {
			toast.success('User verification successful');
		}
		updateUserList();
	};

	// The other half of the operator toolkit: rather than asserting the address
	// is good, mail the user a fresh link so they prove it themselves. Preferred
	// when the admin has no independent reason to trust the address.
	const resendVerificationHandler = async (user: User) => {
		if (!user.email) {
			return;
		}
		const res = await client
			.mutation(ResendVerifyEmail, {
				params: { email: user.email, identifier: 'basic_auth_signup' },
			})
			.toPromise();
		if (res.error) {
			toast.error(
				getGraphQLErrorMessage(res.error, 'Failed to send verification email'),
			);
		} else {
			toast.success('Verification email sent');
		}
	};

	const updateAccessHandler = async (
		id: string,
		action: UpdateAccessActions,
	) => {
		switch (action) {
			case UpdateAccessActions.ENABLE: {
				const enableAccessRes = await client
					.mutation(EnableAccess, { param: { user_id: id } })
					.toPromise();
				if (enableAccessRes.error) {
					toast.error(
						getGraphQLErrorMessage(
							enableAccessRes.error,
							'User access enable failed',
						),
					);
				} else {
					toast.success('User access enabled successfully');
				}
				updateUserList();
				break;
			}
			case UpdateAccessActions.REVOKE: {
				const revokeAccessRes = await client
					.mutation(RevokeAccess, { param: { user_id: id } })
					.toPromise();
				if (revokeAccessRes.error) {
					toast.error(
						getGraphQLErrorMessage(
							revokeAccessRes.error,
							'User access revoke failed',
						),
					);
				} else {
					toast.success('User access revoked successfully');
				}
				updateUserList();
				break;
			}
			default:
				break;
		}
	};

	const multiFactorAuthUpdateHandler = async (user: User) => {
		// Disabling must actually clear the user's enrolled authenticators
		// (reset_mfa), not just flip the flag - otherwise their old TOTP
		// secret/passkey/OTP enrollment sits in storage untouched and silently
		// becomes live again the moment MFA is re-enabled for them, with no
		// re-enrollment step and no visibility into that happening.
		const res = await client
			.mutation(UpdateUser, {
				params: user.is_multi_factor_auth_enabled
					? { id: user.id, reset_mfa: true }
					: { id: user.id, is_multi_factor_auth_enabled: true },
			})
			.toPromise();
		if (res.data?._update_user?.id) {
			toast.success(
				`Multi factor authentication ${
					user.is_multi_factor_auth_enabled ? 'disabled' : 'enabled'
				} for user`,
			);
			updateUserList();
			return;
		}
		if (res.error) {
			toast.error(
				getGraphQLErrorMessage(
					res.error,
					'Multi factor authentication update failed for user',
				),
			);
		}
	};

	return (
		<div className="m-5 rounded-md bg-white py-5 px-10">
			<div className="flex items-center justify-between my-4">
				<div>
					<h1 className="text-2xl font-semibold text-gray-900">Users</h1>
					<p className="mt-1 text-sm text-gray-500">
						Manage users, roles, and access.
					</p>
				</div>
				<InviteMembersModal updateUserList={updateUserList} />
			</div>
			<div className="flex items-center gap-2 mb-4">
				<div className="relative flex-1 max-w-sm">
					<Search className="absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-gray-400" />
					<Input
						placeholder="Search by email, name, or ID..."
						value={searchQuery}
						onChange={(e) => setSearchQuery(e.target.value)}
						className="pl-9"
					/>
				</div>
			</div>
			{loading ? (
				<div className="min-h-[25vh] space-y-3">
					{[1, 2, 3, 4, 5].map((i) => (
						<Skeleton key={i} className="h-10 w-full" />
					))}
				</div>
			) : userList.length > 0 ? (
				<>
					<Table>
						<TableHeader>
							<TableRow>
								<TableHead>Email / Phone</TableHead>
								<TableHead>Created At</TableHead>
								<TableHead>Signup Methods</TableHead>
								<TableHead>Roles</TableHead>
								<TableHead>Verified</TableHead>
								<TableHead>Access</TableHead>
								<TableHead>
									<Tooltip>
										<TooltipTrigger>MFA</TooltipTrigger>
										<TooltipContent>
											MultiFactor Authentication Enabled/Disabled
										</TooltipContent>
									</Tooltip>
								</TableHead>
								<TableHead>Actions</TableHead>
							</TableRow>
						</TableHeader>
						<TableBody>
							{userList.map((user) => {
								const {
									email_verified,
									phone_number_verified,
									created_at,
									...rest
								} = user;
								return (
									<TableRow
										key={user.id}
										className="cursor-pointer hover:bg-gray-50"
										onClick={() => setSelectedUser(user)}
									>
										<TableCell className="max-w-[300px] text-sm">
											<div className="truncate">
												{user.email || user.phone_number}
											</div>
											<div className="mt-0.5 flex items-center gap-1 text-xs text-gray-400">
												<span className="truncate font-mono" title={user.id}>
													{user.id}
												</span>
												<Tooltip>
													<TooltipTrigger asChild>
														<Button
															variant="ghost"
															size="icon"
															className="h-5 w-5 shrink-0 text-gray-400 hover:text-gray-700"
															aria-label="Copy user ID"
															onClick={(e) => {
																// The row itself opens the user detail view —
																// copying must not.
																e.stopPropagation();
																copyTextToClipboard(user.id);
																toast.success('User ID copied');
															}}
														>
															<Copy className="h-3 w-3" aria-hidden="true" />
														</Button>
													</TooltipTrigger>
													<TooltipContent>Copy user ID</TooltipContent>
												</Tooltip>
											</div>
										</TableCell>
										<TableCell className="text-sm">
											{dayjs(user.created_at * 1000).format('MMM DD, YYYY')}
										</TableCell>
										<TableCell className="text-sm">
											{user.signup_methods}
										</TableCell>
										<TableCell className="text-sm">
											{user.roles.join(', ')}
										</TableCell>
										<TableCell>
											<Badge
												variant={
													user.email_verified || user.phone_number_verified
														? 'success'
														: 'warning'
												}
											>
												{(
													user.email_verified || user.phone_number_verified
												)?.toString()}
											</Badge>
										</TableCell>
										<TableCell>
											<Badge
												variant={
													user.revoked_timestamp ? 'destructive' : 'success'
												}
											>
												{user.revoked_timestamp ? 'Revoked' : 'Enabled'}
											</Badge>
										</TableCell>
										<TableCell>
											<MfaStatus
												mfaServiceEnabled={mfaServiceEnabled}
												enrolledMethods={user.enrolled_mfa_methods}
												isMfaEnabled={user.is_multi_factor_auth_enabled}
											/>
										</TableCell>
										<TableCell onClick={(e) => e.stopPropagation()}>
											<DropdownMenu>
												<DropdownMenuTrigger asChild>
													<Button variant="ghost" size="sm">
														<span className="text-sm font-light">Menu</span>
														<ChevronDown className="ml-2 h-3 w-3" />
													</Button>
												</DropdownMenuTrigger>
												<DropdownMenuContent align="end">
													{/* Split per identifier: the combined item only
													    appeared when BOTH were unverified, so a user with a
													    verified phone but an unverified email had no way to
													    get their email verified at all — and an unverified
													    email now also blocks a federated login for that
													    address. */}
													{user.email && !user.email_verified && (
														<>
															<DropdownMenuItem
																onClick={() =>
																	markVerifiedHandler(user, 'email_verified')
																}
															>
																Mark Email Verified
															</DropdownMenuItem>
															<DropdownMenuItem
																onClick={() => resendVerificationHandler(user)}
															>
																Resend Verification Email
															</DropdownMenuItem>
														</>
													)}
													{user.phone_number && !user.phone_number_verified && (
														<DropdownMenuItem
															onClick={() =>
																markVerifiedHandler(
																	user,
																	'phone_number_verified',
																)
															}
														>
															Mark Phone Verified
														</DropdownMenuItem>
													)}
													<EditUserModal
														user={
															rest as unknown as {
																id: string;
																email: string;
																given_name: string;
																family_name: string;
																middle_name: string;
																nickname: string;
																gender: string;
																birthdate: string;
																phone_number: string;
																picture: string;
																roles: string[];
															}
														}
														updateUserList={updateUserList}
													/>
													<DeleteUserModal
														user={rest}
														updateUserList={updateUserList}
													/>
													<DropdownMenuSeparator />
													{user.revoked_timestamp ? (
														<DropdownMenuItem
															onClick={() =>
																updateAccessHandler(
																	user.id,
																	UpdateAccessActions.ENABLE,
																)
															}
														>
															Enable Access
														</DropdownMenuItem>
													) : (
														<DropdownMenuItem
															onClick={() =>
																updateAccessHandler(
																	user.id,
																	UpdateAccessActions.REVOKE,
																)
															}
														>
															Revoke Access
														</DropdownMenuItem>
													)}
													<DropdownMenuItem
														onClick={() => setPermissionsUser(user)}
													>
														View Permissions
													</DropdownMenuItem>
													{user.is_multi_factor_auth_enabled ? (
														<DropdownMenuItem
															onClick={() => multiFactorAuthUpdateHandler(user)}
														>
															Disable MFA
														</DropdownMenuItem>
													) : mfaServiceEnabled ? (
														<DropdownMenuItem
															onClick={() => multiFactorAuthUpdateHandler(user)}
														>
															Enable MFA
														</DropdownMenuItem>
													) : (
														<DropdownMenuItem
															disabled
															title="MFA is unavailable on this server. Enable a method: keep TOTP on (do not set --disable-totp-login), or configure SMTP for email OTP or Twilio for SMS OTP."
														>
															Enable MFA (unavailable)
														</DropdownMenuItem>
													)}
												</DropdownMenuContent>
											</DropdownMenu>
										</TableCell>
									</TableRow>
								);
							})}
						</TableBody>
					</Table>

					{/* Pagination */}
					{(paginationProps.maxPages > 1 || paginationProps.total >= 10) && (
						<div className="mt-4 flex items-center justify-between">
							<div className="flex gap-1">
								<Button
									variant="outline"
									size="icon"
									aria-label="First page"
									onClick={() => paginationHandler({ page: 1 })}
									disabled={paginationProps.page <= 1}
								>
									<ChevronsLeft className="h-4 w-4" />
								</Button>
								<Button
									variant="outline"
									size="icon"
									aria-label="Previous page"
									onClick={() =>
										paginationHandler({
											page: paginationProps.page - 1,
										})
									}
									disabled={paginationProps.page <= 1}
								>
									<ChevronLeft className="h-4 w-4" />
								</Button>
							</div>

							<div className="flex items-center gap-4 text-sm">
								<span>
									Page <strong>{paginationProps.page}</strong> of{' '}
									<strong>{paginationProps.maxPages}</strong>
								</span>
								<div className="flex items-center gap-1">
									<span className="whitespace-nowrap">Go to:</span>
									<Input
										type="number"
										min={1}
										max={paginationProps.maxPages}
										value={paginationProps.page}
										onChange={(e) =>
											paginationHandler({
												page: parseInt(e.target.value) || 1,
											})
										}
										className="h-8 w-16"
									/>
								</div>
								<Select
									value={paginationProps.limit}
									onChange={(e) =>
										paginationHandler({
											page: 1,
											limit: parseInt(e.target.value),
										})
									}
									className="h-8 w-28"
								>
									{PAGE_SIZE_OPTIONS.map((pageSize) => (
										<option key={pageSize} value={pageSize}>
											Show {pageSize}
										</option>
									))}
								</Select>
							</div>

							<div className="flex gap-1">
								<Button
									variant="outline"
									size="icon"
									aria-label="Next page"
									onClick={() =>
										paginationHandler({
											page: paginationProps.page + 1,
										})
									}
									disabled={paginationProps.page >= paginationProps.maxPages}
								>
									<ChevronRight className="h-4 w-4" />
								</Button>
								<Button
									variant="outline"
									size="icon"
									aria-label="Last page"
									onClick={() =>
										paginationHandler({
											page: paginationProps.maxPages,
										})
									}
									disabled={paginationProps.page >= paginationProps.maxPages}
								>
									<ChevronsRight className="h-4 w-4" />
								</Button>
							</div>
						</div>
					)}
				</>
			) : (
				<div className="flex min-h-[25vh] flex-col items-center justify-center text-gray-300">
					<AlertCircle className="h-16 w-16 mb-2" />
					<p className="text-2xl font-bold">No Data</p>
				</div>
			)}
			<UserPermissionsModal
				user={permissionsUser}
				open={!!permissionsUser}
				onClose={() => setPermissionsUser(null)}
			/>
			<ViewUserModal
				user={selectedUser}
				open={!!selectedUser}
				mfaServiceEnabled={mfaServiceEnabled}
				onClose={() => setSelectedUser(null)}
			/>
		</div>
	);
}
