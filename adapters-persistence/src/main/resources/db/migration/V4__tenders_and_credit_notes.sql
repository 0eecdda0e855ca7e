-- How bills were settled: the payment modes (tenders) and the credit notes issued against a bill, shown
-- with tenders=true / credit_notes=true on customer/get.
CREATE TABLE purchase_tender (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    purchase_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    mode         VARCHAR(32)   NOT NULL,
    tender_value DECIMAL(18,2) NOT NULL,
    KEY ix_purchase_tender_purchase (purchase_id, position),
    CONSTRAINT fk_purchase_tender_purchase FOREIGN KEY (purchase_id) REFERENCES purchase (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE purchase_credit_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    purchase_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    note_number VARCHAR(64)   NOT NULL,
    amount      DECIMAL(18,2) NOT NULL,
    KEY ix_purchase_credit_note_purchase (purchase_id, position),
    CONSTRAINT fk_purchase_credit_note_purchase FOREIGN KEY (purchase_id) REFERENCES purchase (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
