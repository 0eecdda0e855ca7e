-- LoyaltyHub schema. Written in MySQL syntax that H2 in MODE=MySQL;DATABASE_TO_LOWER=TRUE also accepts,
-- so the same migration runs on the embedded default and on MySQL/MariaDB.
-- Conventions:
--   * instants are DATETIME holding UTC wall-clock time in whole seconds (the adapter converts and truncates);
--   * points are DECIMAL(18,3), money DECIMAL(18,2), rates DECIMAL(18,6);
--   * index names are unique across the schema, because H2 keeps them in one namespace per schema;
--   * ids of orgs, programs and coupon series are given by the caller; all other ids are AUTO_INCREMENT;
--   * `position` keeps the order a caller gave a list in;
--   * text compares exactly (utf8mb4_bin), as H2 does: identifier lookups are exact on every database, and
--     e-mails match regardless of case only because they are stored and looked up in lower case.

-- ---------------------------------------------------------------------------------------------------
-- Org configuration
-- ---------------------------------------------------------------------------------------------------

CREATE TABLE org (
    id        BIGINT       NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    time_zone VARCHAR(64)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE store (
    id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id BIGINT       NOT NULL,
    code   VARCHAR(64)  NOT NULL,
    name   VARCHAR(200) NOT NULL,
    UNIQUE KEY uq_store_org_code (org_id, code),
    CONSTRAINT fk_store_org FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE till (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id     BIGINT       NOT NULL,
    code       VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    store_code VARCHAR(64)  NOT NULL,
    UNIQUE KEY uq_till_org_code (org_id, code),
    KEY ix_till_org_store (org_id, store_code),
    CONSTRAINT fk_till_store FOREIGN KEY (org_id, store_code) REFERENCES store (org_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE program (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    org_id                   BIGINT        NOT NULL,
    position                 INT           NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    description              VARCHAR(1000) NOT NULL,
    is_default               BOOLEAN       NOT NULL,
    points_to_currency_ratio DECIMAL(18,6) NOT NULL,
    expiry_unit              VARCHAR(16)   NOT NULL,
    expiry_amount            INT           NOT NULL,
    base_earn_rate           DECIMAL(18,6) NOT NULL,
    KEY ix_program_org (org_id, position),
    CONSTRAINT fk_program_org FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Earn rates of slabs that do not earn the program's base rate.
CREATE TABLE program_earn_rate (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    program_id  BIGINT        NOT NULL,
    slab_serial INT           NOT NULL,
    earn_rate   DECIMAL(18,6) NOT NULL,
    UNIQUE KEY uq_earn_rate_program_serial (program_id, slab_serial),
    CONSTRAINT fk_earn_rate_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE slab (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    program_id          BIGINT        NOT NULL,
    serial              INT           NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    description         VARCHAR(1000) NOT NULL,
    validity_months     INT           NOT NULL,
    upgrade_combination VARCHAR(8)    NOT NULL,
    renewal_combination VARCHAR(8)    NOT NULL,
    UNIQUE KEY uq_slab_program_serial (program_id, serial),
    CONSTRAINT fk_slab_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One criterion of a slab's upgrade rule (rule_kind UPGRADE) or renewal rule (RENEWAL).
CREATE TABLE slab_criterion (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    program_id  BIGINT        NOT NULL,
    slab_serial INT           NOT NULL,
    rule_kind   VARCHAR(16)   NOT NULL,
    metric      VARCHAR(32)   NOT NULL,
    threshold   DECIMAL(18,3) NOT NULL,
    window_days INT           NOT NULL,
    position    INT           NOT NULL,
    KEY ix_slab_criterion_slab (program_id, slab_serial, position),
    CONSTRAINT fk_slab_criterion_slab FOREIGN KEY (program_id, slab_serial) REFERENCES slab (program_id, serial)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A coupon offer. Validity is either a fixed last day (valid_until) or a number of days (valid_days > 0).
CREATE TABLE coupon_series (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    org_id                 BIGINT        NOT NULL,
    position               INT           NOT NULL,
    description            VARCHAR(1000) NOT NULL,
    discount_code          VARCHAR(64)   NOT NULL,
    discount_type          VARCHAR(32)   NOT NULL,
    discount_value         DECIMAL(18,2) NOT NULL,
    valid_until            DATE          NULL,
    valid_days             INT           NOT NULL,
    max_per_customer       INT           NOT NULL,
    redemptions_per_coupon INT           NOT NULL,
    restriction_type       VARCHAR(16)   NULL,
    restriction_value      VARCHAR(64)   NULL,
    KEY ix_coupon_series_org (org_id, position),
    CONSTRAINT fk_coupon_series_org FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A till allowed to call the API. The username is unique across orgs: a Basic login names no org.
CREATE TABLE api_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    org_id        BIGINT       NOT NULL,
    till_code     VARCHAR(64)  NOT NULL,
    store_code    VARCHAR(64)  NULL,
    password_hash VARCHAR(255) NOT NULL,
    UNIQUE KEY uq_api_user_username (username),
    KEY ix_api_user_org (org_id),
    CONSTRAINT fk_api_user_org FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- ---------------------------------------------------------------------------------------------------
-- Customers
-- ---------------------------------------------------------------------------------------------------

-- Each identifier is unique within an org; NULLs (identifier not given) do not collide.
CREATE TABLE customer (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id                BIGINT        NOT NULL,
    firstname             VARCHAR(100)  NOT NULL,
    lastname              VARCHAR(100)  NOT NULL,
    mobile                VARCHAR(15)   NULL,
    email                 VARCHAR(254)  NULL,
    external_id           VARCHAR(64)   NULL,
    customer_type         VARCHAR(16)   NOT NULL,
    source                VARCHAR(32)   NOT NULL,
    registered_on         DATETIME      NOT NULL,
    registered_by         VARCHAR(64)   NULL,
    registered_store_code VARCHAR(64)   NULL,
    registered_till_code  VARCHAR(64)   NULL,
    updated_on            DATETIME      NOT NULL,
    fraud_status          VARCHAR(16)   NOT NULL,
    fraud_marked_by       VARCHAR(64)   NULL,
    fraud_modified_on     DATETIME      NULL,
    fraud_reason          VARCHAR(1000) NULL,
    UNIQUE KEY uq_customer_org_mobile (org_id, mobile),
    UNIQUE KEY uq_customer_org_email (org_id, email),
    UNIQUE KEY uq_customer_org_external_id (org_id, external_id),
    CONSTRAINT fk_customer_org FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- org_id is repeated here so card numbers can be unique per org.
CREATE TABLE customer_card (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id      BIGINT      NOT NULL,
    org_id           BIGINT      NOT NULL,
    position         INT         NOT NULL,
    card_number      VARCHAR(64) NOT NULL,
    card_external_id VARCHAR(64) NULL,
    status           VARCHAR(32) NOT NULL,
    UNIQUE KEY uq_card_org_number (org_id, card_number),
    UNIQUE KEY uq_card_org_external_id (org_id, card_external_id),
    KEY ix_card_customer (customer_id, position),
    CONSTRAINT fk_card_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE customer_custom_field (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    field_name  VARCHAR(64)   NOT NULL,
    field_value VARCHAR(1000) NOT NULL,
    KEY ix_custom_field_customer (customer_id, position),
    CONSTRAINT fk_custom_field_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE customer_extended_field (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    field_name  VARCHAR(32)   NOT NULL,
    field_value VARCHAR(1000) NOT NULL,
    KEY ix_extended_field_customer (customer_id, position),
    CONSTRAINT fk_extended_field_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE customer_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    created_on  DATETIME      NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    note_text   VARCHAR(4000) NOT NULL,
    KEY ix_note_customer (customer_id, position),
    CONSTRAINT fk_note_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- ---------------------------------------------------------------------------------------------------
-- What happened to customers: bills, points, slab moves, coupons
-- ---------------------------------------------------------------------------------------------------

CREATE TABLE purchase (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id        BIGINT        NOT NULL,
    program_id         BIGINT        NOT NULL,
    store_code         VARCHAR(64)   NOT NULL,
    bill_number        VARCHAR(64)   NOT NULL,
    transaction_type   VARCHAR(32)   NOT NULL,
    amount             DECIMAL(18,2) NOT NULL,
    created_at         DATETIME      NOT NULL,
    till_code          VARCHAR(64)   NULL,
    return_store_code  VARCHAR(64)   NULL,
    return_bill_number VARCHAR(64)   NULL,
    KEY ix_purchase_customer_created (customer_id, created_at),
    CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_purchase_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Append-only; the id gives the order entries were appended in, which the ledger replay depends on.
CREATE TABLE ledger_entry (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id     BIGINT        NOT NULL,
    program_id      BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    points          DECIMAL(18,3) NOT NULL,
    occurred_at     DATETIME      NOT NULL,
    expires_on      DATE          NULL,
    available_from  DATE          NULL,
    bill_store_code VARCHAR(64)   NULL,
    bill_number     VARCHAR(64)   NULL,
    store_code      VARCHAR(64)   NULL,
    reason          VARCHAR(1000) NOT NULL,
    KEY ix_ledger_entry_customer (customer_id, id),
    CONSTRAINT fk_ledger_entry_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_ledger_entry_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE slab_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT        NOT NULL,
    program_id  BIGINT        NOT NULL,
    change_type VARCHAR(16)   NOT NULL,
    from_serial INT           NOT NULL,
    to_serial   INT           NOT NULL,
    changed_on  DATETIME      NOT NULL,
    valid_until DATE          NULL,
    store_code  VARCHAR(64)   NULL,
    notes       VARCHAR(1000) NOT NULL,
    KEY ix_slab_change_customer (customer_id, id),
    CONSTRAINT fk_slab_change_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_slab_change_program FOREIGN KEY (program_id) REFERENCES program (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE coupon (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id              BIGINT      NOT NULL,
    code                VARCHAR(64) NOT NULL,
    series_id           BIGINT      NOT NULL,
    customer_id         BIGINT      NOT NULL,
    created_on          DATETIME    NOT NULL,
    created_by          VARCHAR(64) NOT NULL,
    valid_till          DATE        NOT NULL,
    allowed_redemptions INT         NOT NULL,
    UNIQUE KEY uq_coupon_org_code (org_id, code),
    KEY ix_coupon_customer (customer_id, created_on),
    CONSTRAINT fk_coupon_org FOREIGN KEY (org_id) REFERENCES org (id),
    CONSTRAINT fk_coupon_series FOREIGN KEY (series_id) REFERENCES coupon_series (id),
    CONSTRAINT fk_coupon_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE coupon_redemption (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    coupon_id   BIGINT      NOT NULL,
    redeemed_at DATETIME    NOT NULL,
    till_code   VARCHAR(64) NULL,
    bill_number VARCHAR(64) NULL,
    KEY ix_coupon_redemption_coupon (coupon_id, id),
    CONSTRAINT fk_coupon_redemption_coupon FOREIGN KEY (coupon_id) REFERENCES coupon (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
