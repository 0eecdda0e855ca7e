-- Account snapshots: the row of a customer's program in points_balance also holds what a lookup shows beside
-- the balance, written in the same transaction as every ledger, bill and slab write, and how long it holds
-- without a write, so a lookup does not replay the customer's whole history. A NULL slab_serial marks a
-- balance without a snapshot (every row written before V8): lookups replay that customer's history until a
-- write or the daily jobs store one.
-- cumulative_purchases: regular bill amounts minus returned amounts, never below zero
-- slab_valid_until:     last day of the slab's validity, NULL when it does not expire
-- stable_until:         last day every figure holds without a write (the day before a lot expires or a delayed
--                       credit becomes spendable, at the latest slab_valid_until); NULL when nothing changes
ALTER TABLE points_balance ADD COLUMN cumulative_purchases DECIMAL(18,2) NULL;
ALTER TABLE points_balance ADD COLUMN slab_serial INT NULL;
ALTER TABLE points_balance ADD COLUMN slab_valid_until DATE NULL;
ALTER TABLE points_balance ADD COLUMN stable_until DATE NULL;

-- The points a lookup shows next to a customer's recent bills come from the EARN entries of those bills only:
-- "bill_number IN (...) AND customer_id IN (...)". The bill number leads, as in V7, so H2 and MySQL seek each
-- number; the customer then narrows it to the few entries of that bill.
CREATE INDEX ix_ledger_entry_bill ON ledger_entry (bill_number, customer_id);

-- A lookup shows each customer's ten newest bills: one query branch per customer reads its bills newest first,
-- backwards through this index, and stops after ten, so the cost does not grow with the customer's history. The
-- id is a column of its own because H2 sorts by declared index columns only. (A descending index would let H2
-- choose it unhinted, but H2 2.3 then also reads it for ascending sorts over IN lists, in the wrong order.)
CREATE INDEX ix_purchase_customer_newest ON purchase (customer_id, created_at, id);
