-- The write side: duplicate bills, line items, bills without a customer, stored balances, daily-job paging
-- and access groups. Same conventions as V1 (MySQL syntax H2 in MySQL mode accepts, utf8mb4_bin, index names
-- unique across the schema).

-- "Has the org recorded this bill number at this store, of this type?" is asked before every transaction.
-- The bill number is the most selective column, so it leads; the customer's org is then checked through the
-- customer's primary key.
CREATE INDEX ix_purchase_bill ON purchase (bill_number, store_code, transaction_type);

-- The daily jobs page through an org's LOYALTY customers in id order (id > last seen, LIMIT n): equality on
-- the first two columns, then a range on id that is already in order.
CREATE INDEX ix_customer_org_type_id ON customer (org_id, customer_type, id);

-- The lines of a customer's bill, in the order given (position); serial is the till's own line number.
CREATE TABLE purchase_line_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    purchase_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    serial      INT           NOT NULL,
    item_code   VARCHAR(64)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    quantity    DECIMAL(18,3) NOT NULL,
    rate        DECIMAL(18,2) NOT NULL,
    discount    DECIMAL(18,2) NOT NULL,
    amount      DECIMAL(18,2) NOT NULL,
    KEY ix_purchase_line_item_purchase (purchase_id, position),
    CONSTRAINT fk_purchase_line_item_purchase FOREIGN KEY (purchase_id) REFERENCES purchase (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- NOT_INTERESTED bills of shoppers who did not want to be identified. They belong to no customer, so they
-- name their org themselves; they count only for the duplicate check (same lookup as ix_purchase_bill).
-- Their ids are their own: they are not ids of the purchase table.
CREATE TABLE anonymous_purchase (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id             BIGINT        NOT NULL,
    program_id         BIGINT        NOT NULL,
    store_code         VARCHAR(64)   NOT NULL,
    bill_number        VARCHAR(64)   NOT NULL,
    transaction_type   VARCHAR(32)   NOT NULL,
    amount             DECIMAL(18,2) NOT NULL,
    created_at         DATETIME      NOT NULL,
    till_code          VARCHAR(64)   NULL,
    return_store_code  VARCHAR(64)   NULL,
    return_bill_number VARCHAR(64)   NULL,
    KEY ix_anonymous_purchase_bill (bill_number, store_code, transaction_type, org_id),
    CONSTRAINT fk_anonymous_purchase_org FOREIGN KEY (org_id) REFERENCES org (id),
    CONSTRAINT fk_anonymous_purchase_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Each customer's balance per program as of the last write (as_of: the org's day it was computed for),
-- rewritten in the same transaction as the ledger entries it sums. "delayed" is a reserved word in MySQL,
-- hence delayed_points.
CREATE TABLE points_balance (
    customer_id    BIGINT        NOT NULL,
    program_id     BIGINT        NOT NULL,
    available      DECIMAL(18,3) NOT NULL,
    lifetime       DECIMAL(18,3) NOT NULL,
    redeemed       DECIMAL(18,3) NOT NULL,
    expired        DECIMAL(18,3) NOT NULL,
    returned       DECIMAL(18,3) NOT NULL,
    adjusted       DECIMAL(18,3) NOT NULL,
    delayed_points DECIMAL(18,3) NOT NULL,
    as_of          DATE          NOT NULL,
    PRIMARY KEY (customer_id, program_id),
    CONSTRAINT fk_points_balance_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_points_balance_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- An API user's access group: one row per resource it names, with its level (NONE, READ, WRITE). Rows
-- rather than a column per resource because a resource added later is then NONE for every group written
-- before it, which is what AccessRights promises, without a migration choosing a level for it.
CREATE TABLE api_user_access (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    api_user_id  BIGINT      NOT NULL,
    resource     VARCHAR(32) NOT NULL,
    access_level VARCHAR(16) NOT NULL,
    UNIQUE KEY uq_api_user_access_user_resource (api_user_id, resource),
    CONSTRAINT fk_api_user_access_user FOREIGN KEY (api_user_id) REFERENCES api_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Users created before access groups existed could do everything: they keep WRITE on every resource.
INSERT INTO api_user_access (api_user_id, resource, access_level)
SELECT u.id, r.resource, 'WRITE'
FROM api_user u
CROSS JOIN (SELECT 'CUSTOMER' AS resource
            UNION ALL SELECT 'TRANSACTION'
            UNION ALL SELECT 'POINTS'
            UNION ALL SELECT 'COUPON') r;
