-- The second factor (TOTP) and its one-time recovery codes. docs/security.md describes the model.
--
-- 0003 reserved users.totp_secret_encrypted, users.mfa_enrolled_at and sessions.mfa_verified_at.
-- This adds what enrolment, replay protection and recovery need. Secrets are stored only encrypted
-- (AES-256-GCM under a key derived from PATHWAYS_SECRET_KEY, bound to the tenant and user), and
-- recovery codes only as SHA-256 digests: a copy of these tables opens no account.

-- The last TOTP time step accepted for the user: a code of that step or an earlier one is refused,
-- so a code seen over someone's shoulder cannot be used again. Cleared with the secret.
alter table users add column totp_last_time_step bigint check (totp_last_time_step >= 0);
alter table users add constraint users_totp_last_time_step_needs_secret
  check ((totp_last_time_step is null) or (totp_secret_encrypted is not null));

-- An enrolment that has been started but not confirmed with a code. Kept apart from the active
-- secret, so that a secret nobody has proved they hold can never sign anyone in.
alter table users add column totp_pending_secret_encrypted text;
alter table users add column totp_pending_since timestamptz;
alter table users add constraint users_totp_pending_complete
  check ((totp_pending_secret_encrypted is null) = (totp_pending_since is null));

-- One-time recovery codes, for a lost authenticator. Only the digest of each code is stored; a code
-- is spent when used (used_at) and dead when a new set replaces it (revoked_at). Rows are never
-- deleted by a request, so the history of a user's codes stays for the audit trail to refer to.
create table recovery_codes (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  user_id uuid not null,
  code_hash text not null check (code_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  used_at timestamptz,
  revoked_at timestamptz,
  unique (user_id, code_hash),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);

alter table recovery_codes enable row level security;
alter table recovery_codes force row level security;
create policy recovery_codes_tenant_isolation on recovery_codes
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
-- A code's digest and owner never change; the application only marks it spent or replaced.
grant select, insert on recovery_codes to pathways_app;
grant update (used_at, revoked_at) on recovery_codes to pathways_app;

-- Confirming enrolment replaces the session it was made in by a new one (a new token for the new
-- level of trust), and records why the old one ended.
alter table sessions drop constraint sessions_revoked_reason_check;
alter table sessions add constraint sessions_revoked_reason_check
  check (revoked_reason in ('sign_out', 'revoked', 'sign_out_everywhere', 'replaced'));
