/**
 * Raw Graph shapes as Meta sends them (graph-api.md §1-§8). They never leave
 * main/core/graph: map.ts turns them into shared/domain types. Every field is
 * optional because nothing Meta sends is trusted to be complete.
 */

export interface GraphErrorEnvelope {
  readonly error: {
    readonly message?: string;
    readonly type?: string;
    readonly code?: number;
    readonly error_subcode?: number;
    readonly error_user_title?: string;
    readonly error_user_msg?: string;
    readonly fbtrace_id?: string;
    readonly is_transient?: boolean;
  };
}

export interface GraphPaging {
  readonly cursors?: { readonly before?: string; readonly after?: string };
  readonly next?: string;
  readonly previous?: string;
}

export interface GraphPage<T> {
  readonly data?: readonly T[];
  readonly paging?: GraphPaging;
}

export interface GraphDebugToken {
  readonly data?: {
    readonly app_id?: string;
    readonly type?: string;
    readonly application?: string;
    readonly data_access_expires_at?: number;
    readonly expires_at?: number;
    readonly is_valid?: boolean;
    readonly issued_at?: number;
    readonly scopes?: readonly string[];
    readonly granular_scopes?: readonly { readonly scope?: string; readonly target_ids?: readonly string[] }[];
    readonly user_id?: string;
    readonly error?: { readonly code?: number; readonly subcode?: number; readonly message?: string };
  };
}

export interface GraphNamed {
  readonly id?: string;
  readonly name?: string;
}

export interface GraphWaba extends GraphNamed {
  readonly currency?: string;
  readonly timezone_id?: string | number;
  readonly message_template_namespace?: string;
  readonly account_review_status?: string;
  readonly ownership_type?: string;
  readonly owner_business_info?: GraphNamed;
  /** Edge field on client_whatsapp_business_accounts: tasks assignable on this asset. */
  readonly permitted_tasks?: readonly string[];
  readonly is_shared_with_partners?: boolean;
  /** Edge field on assigned_whatsapp_business_accounts. */
  readonly tasks?: readonly string[];
}

export interface GraphPhoneNumber {
  readonly id?: string;
  readonly display_phone_number?: string;
  readonly verified_name?: string;
  readonly quality_rating?: string;
}

export interface GraphSystemUser extends GraphNamed {
  readonly role?: string;
}

export interface GraphAssignedUser extends GraphNamed {
  readonly tasks?: readonly string[];
  readonly user_type?: string;
}

export interface GraphSuccess {
  readonly success?: boolean;
}

/** One element of a batch answer; `null` when Meta did not finish the item in time. */
export type GraphBatchItem = {
  readonly code?: number;
  readonly headers?: readonly { readonly name?: string; readonly value?: string }[];
  /** The item's JSON body as a string: it must be parsed a second time. */
  readonly body?: string;
} | null;
