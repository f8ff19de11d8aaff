-- Casebook's push-on-change configure option ({"enabled":..,"fields":[..]} as JSON); null = off.
ALTER TABLE case_configurations ADD COLUMN push_on_change VARCHAR;
