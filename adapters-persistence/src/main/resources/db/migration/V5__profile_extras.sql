-- The optional parts of a profile, one row per item: kind SUBSCRIPTION (name "SMS:TRANS", value
-- "true"/"false"), SEGMENT (name, value), NDNC (value DND/NOT_DND), USER_GROUP (value), IMAGE (value: a URL).
-- One table so a lookup that shows them reads them with one query.
CREATE TABLE customer_attribute (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id    BIGINT        NOT NULL,
    position       INT           NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    attribute_name VARCHAR(64)   NULL,
    attribute_value VARCHAR(1000) NOT NULL,
    KEY ix_customer_attribute_customer (customer_id, position),
    CONSTRAINT fk_customer_attribute_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
