-- PII delete: the customer row stays (its ledger, bills and coupons keep the org's figures right) with the
-- personal columns emptied and the time of the erase; what is kept of each old identifier is only a
-- SHA-256 of org, identifier type and value, so a lookup by an old value can answer "deleted" (8109).
ALTER TABLE customer ADD COLUMN erased_on DATETIME NULL;

CREATE TABLE erased_identifier (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id          BIGINT   NOT NULL,
    customer_id     BIGINT   NOT NULL,
    identifier_hash CHAR(64) NOT NULL,
    UNIQUE KEY uq_erased_identifier_org_hash (org_id, identifier_hash),
    CONSTRAINT fk_erased_identifier_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
