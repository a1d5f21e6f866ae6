-- The nearest sites of the store locator are found by a GiST index over points of the unit sphere (tenant migration
-- core/V12 uses public.cube and its distance operator public.<->). cube is a trusted extension: the database owner
-- may create it. earthdistance is not used: its functions name cube's unqualified and fail under a tenant's
-- search_path, which holds the tenant's schema alone.
create extension if not exists cube with schema public;
