-- Labels of the extended fields in the languages an org translates them into (the `language` header of
-- customer/get). One row per org, language and field.
CREATE TABLE extended_field_label (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id     BIGINT       NOT NULL,
    language   VARCHAR(16)  NOT NULL,
    field_name VARCHAR(32)  NOT NULL,
    label      VARCHAR(200) NOT NULL,
    UNIQUE KEY uq_field_label_org_language_field (org_id, language, field_name),
    CONSTRAINT fk_field_label_org FOREIGN KEY (org_id) REFERENCES org (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
