-- Batch lookups ask "org_id = ? AND mobile IN (?, ?, ...)". H2 uses only the org_id prefix of the unique
-- keys (org_id, mobile) for that, which reads every customer of the org (measured: a 20-mobile batch took
-- 500 ms at 1,000,000 customers against 11 ms at 10,000). With the looked-up value first, both H2 and
-- MySQL seek each value. The unique keys stay: they enforce uniqueness per org and serve the org_id FKs.
CREATE INDEX ix_customer_mobile_org ON customer (mobile, org_id);
CREATE INDEX ix_customer_email_org ON customer (email, org_id);
CREATE INDEX ix_customer_external_id_org ON customer (external_id, org_id);
CREATE INDEX ix_card_number_org ON customer_card (card_number, org_id);
CREATE INDEX ix_card_external_id_org ON customer_card (card_external_id, org_id);
CREATE INDEX ix_erased_identifier_hash_org ON erased_identifier (identifier_hash, org_id);
