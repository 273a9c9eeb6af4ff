-- The session behind a request, resolved in one statement.
--
-- Every signed-in request needs its session, its user's state and its user's roles as they are now
-- (a role change or deactivation takes effect on the very next request, so none of it is cached).
-- Read as separate queries in a transaction, that was five round trips to the database before the
-- request's own work began; this function makes it one, called outside any transaction.
--
-- It sets the tenant and the application role itself, transaction-locally, exactly as the
-- application's transactions do (database.ts), so row-level security applies to everything it
-- reads: a token only ever resolves within the tenant it names. It is not SECURITY DEFINER.

create function app_resolve_session(
  p_tenant_id uuid,
  p_token_hash text,
  p_idle_minutes integer,
  p_touch_seconds integer
) returns table (
  session_id uuid,
  user_id uuid,
  organisation_id uuid,
  created_at timestamptz,
  expires_at timestamptz,
  second_factor_verified boolean,
  user_mfa_enrolled boolean,
  tenant_is_demo boolean,
  -- [{role, scope, facilityId, organisationId}] ordered by role, then when it was given.
  roles jsonb
)
  language plpgsql
  as $$
#variable_conflict use_column
begin
  perform set_config('app.tenant_id', p_tenant_id::text, true), set_config('role', 'pathways_app', true);
  return query
  with live as (
    select s.id, s.user_id, u.organisation_id, s.created_at, s.expires_at, s.last_seen_at,
           s.mfa_verified_at, u.mfa_enrolled_at, t.is_demo
      from sessions s
      join users u on u.tenant_id = s.tenant_id and u.id = s.user_id
      join tenants t on t.id = s.tenant_id
     where s.token_hash = p_token_hash
       and s.revoked_at is null
       and s.expires_at > now()
       and s.last_seen_at > now() - make_interval(mins => p_idle_minutes)
       and u.active
  ), touched as (
    -- Sliding expiry, written at most once per p_touch_seconds. A data-modifying WITH runs whether
    -- or not the query reads it.
    update sessions set last_seen_at = now()
     where sessions.id in (
       select live.id from live where live.last_seen_at < now() - make_interval(secs => p_touch_seconds))
    returning sessions.id
  )
  select live.id, live.user_id, live.organisation_id, live.created_at, live.expires_at,
         live.mfa_verified_at is not null, live.mfa_enrolled_at is not null, live.is_demo,
         coalesce((
           select jsonb_agg(jsonb_build_object('role', r.role, 'scope', r.scope,
                    'facilityId', r.facility_id, 'organisationId', r.organisation_id)
                  order by r.role, r.created_at)
             from role_assignments r
            where r.tenant_id = p_tenant_id and r.user_id = live.user_id), '[]'::jsonb)
    from live;
end
$$;
