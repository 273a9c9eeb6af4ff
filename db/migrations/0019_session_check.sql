-- A session remembered by the server is checked inside the request's first transaction.
--
-- Until now every signed-in request resolved its session in a round trip of its own
-- (app_resolve_session, 0006) before its work began. Now the server may keep a resolved session in
-- memory, with a fingerprint of everything the request's rights depend on, and on a read-only
-- request send app_check_session with BEGIN, ahead of the work's first statements: if the session
-- is no longer live, or its user's state or roles are no longer what the fingerprint says, the
-- check fails, the transaction rolls back with everything the work did in it, and the server
-- resolves the session afresh and serves the request again (access-hook.ts). A role change or a
-- deactivation still takes effect on the very next request.
--
-- One definition of a live session serves both functions (app_live_session), and one fingerprint
-- (app_session_fingerprint), so the check cannot drift from the resolution.

-- The live session with this token hash in the current tenant, whose user is active, as it is now.
-- No side effects; row-level security applies (the caller has set the tenant and the role).
create function app_live_session(p_tenant_id uuid, p_token_hash text, p_idle_minutes integer)
  returns table (
    session_id uuid,
    user_id uuid,
    organisation_id uuid,
    created_at timestamptz,
    expires_at timestamptz,
    last_seen_at timestamptz,
    second_factor_verified boolean,
    user_mfa_enrolled boolean,
    tenant_is_demo boolean,
    -- [{role, scope, facilityId, organisationId}] ordered by role, then when it was given (then id,
    -- so that two given at once hash the same every time).
    roles jsonb
  )
  language sql
  stable
  as $$
  select s.id, s.user_id, u.organisation_id, s.created_at, s.expires_at, s.last_seen_at,
         s.mfa_verified_at is not null, u.mfa_enrolled_at is not null, t.is_demo,
         coalesce((
           select jsonb_agg(jsonb_build_object('role', r.role, 'scope', r.scope,
                    'facilityId', r.facility_id, 'organisationId', r.organisation_id)
                  order by r.role, r.created_at, r.id)
             from role_assignments r
            where r.tenant_id = p_tenant_id and r.user_id = s.user_id), '[]'::jsonb)
    from sessions s
    join users u on u.tenant_id = s.tenant_id and u.id = s.user_id
    join tenants t on t.id = s.tenant_id
   where s.token_hash = p_token_hash
     and s.tenant_id = p_tenant_id
     and s.revoked_at is null
     and s.expires_at > now()
     and s.last_seen_at > now() - make_interval(mins => p_idle_minutes)
     and u.active
$$;

-- Everything a request's rights depend on, hashed: the session, its user's organisation, second
-- factor and demo standing, and roles. Not the last use, which moves without changing any right.
-- Times as epoch seconds, so the text does not depend on the connection's time zone or date style.
create function app_session_fingerprint(
  p_session_id uuid,
  p_user_id uuid,
  p_organisation_id uuid,
  p_created_at timestamptz,
  p_expires_at timestamptz,
  p_second_factor_verified boolean,
  p_user_mfa_enrolled boolean,
  p_tenant_is_demo boolean,
  p_roles jsonb
) returns text
  language sql
  -- STABLE, not IMMUTABLE, as concat_ws is: so PostgreSQL inlines it into the queries that call it,
  -- instead of running it as a function of its own on every call (a third of the check's cost).
  stable
  as $$
  select encode(sha256(convert_to(concat_ws('|', p_session_id, p_user_id, p_organisation_id,
    extract(epoch from p_created_at), extract(epoch from p_expires_at), p_second_factor_verified,
    p_user_mfa_enrolled, p_tenant_is_demo, p_roles), 'UTF8')), 'hex')
$$;

-- The resolution of 0006, on app_live_session, now also giving the fingerprint.
drop function app_resolve_session(uuid, text, integer, integer);

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
  roles jsonb,
  fingerprint text
)
  language plpgsql
  as $$
declare
  live record;
begin
  -- Transaction-local, exactly as the application's transactions set them (database.ts).
  perform set_config('app.tenant_id', p_tenant_id::text, true), set_config('role', 'pathways_app', true);
  select * into live from app_live_session(p_tenant_id, p_token_hash, p_idle_minutes);
  if not found then
    return;
  end if;
  -- Sliding expiry, written at most once per p_touch_seconds.
  if live.last_seen_at < now() - make_interval(secs => p_touch_seconds) then
    update sessions set last_seen_at = now() where sessions.id = live.session_id;
  end if;
  session_id := live.session_id;
  user_id := live.user_id;
  organisation_id := live.organisation_id;
  created_at := live.created_at;
  expires_at := live.expires_at;
  second_factor_verified := live.second_factor_verified;
  user_mfa_enrolled := live.user_mfa_enrolled;
  tenant_is_demo := live.tenant_is_demo;
  roles := live.roles;
  fingerprint := app_session_fingerprint(live.session_id, live.user_id, live.organisation_id,
    live.created_at, live.expires_at, live.second_factor_verified, live.user_mfa_enrolled,
    live.tenant_is_demo, live.roles);
  return next;
end
$$;

-- Fails with SQLSTATE PWS01 unless the session is live and unchanged since it was resolved with
-- this fingerprint. Runs inside an application transaction of the session's own tenant, which it
-- does not change: a transaction of another tenant fails the check. It writes nothing: the
-- session's last use is written by app_resolve_session, which the server runs again for a session
-- it has remembered for a minute (session-memory.ts), so the request's transaction holds no lock on
-- the session, and a rolled-back request loses no touch.
create function app_check_session(
  p_tenant_id uuid,
  p_token_hash text,
  p_idle_minutes integer,
  p_fingerprint text
) returns void
  language plpgsql
  stable
  as $$
declare
  live record;
begin
  if p_tenant_id is distinct from app_current_tenant() then
    raise exception 'the session check runs in another tenant''s transaction' using errcode = 'PWS01';
  end if;
  select * into live from app_live_session(p_tenant_id, p_token_hash, p_idle_minutes);
  if not found or app_session_fingerprint(live.session_id, live.user_id, live.organisation_id,
      live.created_at, live.expires_at, live.second_factor_verified, live.user_mfa_enrolled,
      live.tenant_is_demo, live.roles) is distinct from p_fingerprint then
    raise exception 'the session has changed since the server read it' using errcode = 'PWS01';
  end if;
end
$$;
